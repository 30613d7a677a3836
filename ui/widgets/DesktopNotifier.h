#pragma once

#include <QObject>
#include <QPointer>

class QSystemTrayIcon;
class QWidget;

// Tells the user about an outcome they are not looking at: a desktop notification when the
// window is in the background (and the desktop has a tray), the taskbar's attention signal
// otherwise. While the window is active the status bar is enough and nothing pops up.
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    explicit DesktopNotifier(QWidget *window);

    // Returns true when the user was told outside the window.
    bool notify(const QString &title, const QString &message, bool problem);
    // How many notifications went out (tests and diagnostics).
    int count() const { return m_count; }

private:
    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_tray = nullptr;
    int m_count = 0;
};
