#pragma once

#include <QList>
#include <QObject>

#include <functional>

class QWidget;

// Runs functions once, just after a widget's first paint. Work the first look of a window does
// not need waits for it, so the window shows sooner. (A zero timer set before show() would run
// before that paint.)
class FirstPaint : public QObject
{
    Q_OBJECT

public:
    // Call before the widget is first shown; functions given for the same widget run in the
    // order they were given.
    static void then(QWidget *widget, std::function<void()> function);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;

    QList<std::function<void()>> m_functions;
    bool m_painted = false;
};
