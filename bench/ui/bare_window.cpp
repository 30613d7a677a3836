// The baseline of bench_startup: the least a Qt Widgets program does before its first painted
// window (a QMainWindow with a label, the size of the console), reporting that paint the way
// StartupProbe does for allo-console, with its peak memory so far. Deliberately links Qt Widgets
// alone.
#include "PeakMemory.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>

namespace {

class FirstPaint : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, this, [] {
                std::printf("allo-first-paint peak-rss-kib=%lld\n", PeakMemory::residentKiB());
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("Allo Industrie"), &window));
    window.resize(1280, 800);
    window.installEventFilter(new FirstPaint(&window));
    window.show();
    return QApplication::exec();
}
