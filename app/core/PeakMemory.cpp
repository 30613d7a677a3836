#include "PeakMemory.h"

#include <QFile>

qint64 PeakMemory::residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    // Read whole: /proc files report a size of 0, so QFile::atEnd() is true before any read.
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:")) // "VmHWM:     51712 kB"
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}
