#include "TarWriter.h"

#include <cstring>

namespace {

void octal(char *field, int size, qint64 value)
{
    // size - 1 octal digits and a terminating NUL, as ustar expects.
    const QByteArray digits = QByteArray::number(value, 8).rightJustified(size - 1, '0');
    std::memcpy(field, digits.constData(), static_cast<size_t>(size - 1));
    field[size - 1] = '\0';
}

} // namespace

bool TarWriter::add(const QString &name, const QByteArray &data, const QDateTime &modified)
{
    const QByteArray path = name.toUtf8();
    if (path.isEmpty() || path.size() > 99 || path.startsWith('/'))
        return false;
    char header[512];
    std::memset(header, 0, sizeof header);
    std::memcpy(header, path.constData(), static_cast<size_t>(path.size()));
    octal(header + 100, 8, 0644);
    octal(header + 108, 8, 0);
    octal(header + 116, 8, 0);
    octal(header + 124, 12, data.size());
    octal(header + 136, 12, modified.toSecsSinceEpoch());
    header[156] = '0';
    std::memcpy(header + 257, "ustar", 6);
    // The version field is the two characters "00", without a terminating NUL.
    header[263] = '0';
    header[264] = '0';
    // The checksum is computed with its own field counted as spaces.
    std::memset(header + 148, ' ', 8);
    unsigned sum = 0;
    for (unsigned char c : header)
        sum += c;
    octal(header + 148, 7, sum);
    header[155] = ' ';
    const qint64 padding = (512 - data.size() % 512) % 512;
    return m_device->write(header, 512) == 512 && m_device->write(data) == data.size() &&
           m_device->write(QByteArray(padding, '\0')) == padding;
}

bool TarWriter::finish()
{
    // Two empty blocks end the archive.
    return m_device->write(QByteArray(1024, '\0')) == 1024;
}
