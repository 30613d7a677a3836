#include "FirstPaint.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

void FirstPaint::then(QWidget *widget, std::function<void()> function)
{
    auto *watcher = widget->findChild<FirstPaint *>(QString(), Qt::FindDirectChildrenOnly);
    if (!watcher || watcher->m_painted) {
        watcher = new FirstPaint(widget);
        widget->installEventFilter(watcher);
    }
    watcher->m_functions.append(std::move(function));
}

bool FirstPaint::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        watched->removeEventFilter(this);
        // Once this paint has been delivered and the frame flushed.
        QTimer::singleShot(0, this, [this] {
            for (const auto &function : std::as_const(m_functions))
                function();
            deleteLater();
        });
    }
    return QObject::eventFilter(watched, event);
}
