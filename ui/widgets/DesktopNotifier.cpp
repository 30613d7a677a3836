#include "DesktopNotifier.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QWidget>

DesktopNotifier::DesktopNotifier(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    // Created on first use would miss the tray's own start-up; created here, it stays hidden
    // until there is something to say.
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(this);
        m_tray->setToolTip(QApplication::applicationDisplayName());
    }
}

bool DesktopNotifier::notify(const QString &title, const QString &message, bool problem)
{
    if (!m_window || m_window->isActiveWindow())
        return false;
    ++m_count;
    if (m_tray && QSystemTrayIcon::supportsMessages()) {
        // The application's icon is set after the window's first paint (allo-console's main).
        m_tray->setIcon(QApplication::windowIcon());
        m_tray->show();
        m_tray->showMessage(title, message,
                            problem ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
    }
    QApplication::alert(m_window);
    return true;
}
