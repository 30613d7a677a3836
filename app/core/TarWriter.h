#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QIODevice>

// Writes a plain POSIX (ustar) tar archive: one file a support person can open anywhere,
// without a compression library.
class TarWriter
{
public:
    explicit TarWriter(QIODevice *device)
        : m_device(device)
    {}
    // Names must be relative and at most 99 bytes; false when the device refuses the write.
    bool add(const QString &name, const QByteArray &data, const QDateTime &modified);
    bool finish();

private:
    QIODevice *m_device;
};
