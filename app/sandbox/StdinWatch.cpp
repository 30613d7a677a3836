#include "StdinWatch.h"

#include <QCoreApplication>

#include <cstdio>
#include <thread>

void StdinWatch::quitAtEnd()
{
    // A blocking read on a thread of its own works the same on every system (a socket notifier
    // on a pipe does not on Windows). The thread is left blocked when the program ends otherwise.
    std::thread([] {
        while (std::fgetc(stdin) != EOF) {
        }
        if (QCoreApplication *app = QCoreApplication::instance())
            QMetaObject::invokeMethod(app, &QCoreApplication::quit, Qt::QueuedConnection);
    }).detach();
}
