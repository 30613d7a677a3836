#include "StartupProbe.h"

#include "FirstPaint.h"
#include "PeakMemory.h"

#include <QCoreApplication>

#include <cstdio>

void StartupProbe::watch(QWidget *window)
{
    if (!qEnvironmentVariableIsSet(variable))
        return;
    FirstPaint::then(window, [] {
        std::printf("%s peak-rss-kib=%lld\n", marker, PeakMemory::residentKiB());
        std::fflush(stdout);
        QCoreApplication::exit(0);
    });
}
