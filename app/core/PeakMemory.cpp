#include "PeakMemory.h"

#include <QFile>

qint64 PeakMemory::residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    while (!status.atEnd()) {
        const QByteArray line = status.readLine();
        if (line.startsWith("VmHWM:")) // "VmHWM:     51712 kB"
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}
