#include "ControlCharacterFilter.h"

namespace {

constexpr char kLead = char(0xC2);

void appendEscape(QByteArray &out, unsigned char code)
{
    out += "\\u00";
    out += QByteArray::number(code, 16).rightJustified(2, '0');
}

} // namespace

ControlCharacterFilter::ControlCharacterFilter(FILE *stream)
    : m_stream(stream)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

ControlCharacterFilter::~ControlCharacterFilter()
{
    if (m_pendingLead)
        put(QByteArray(1, kLead));
}

qint64 ControlCharacterFilter::writeData(const char *data, qint64 size)
{
    QByteArray out;
    out.reserve(size + 8);
    qint64 i = 0;
    if (m_pendingLead) {
        m_pendingLead = false;
        if (size > 0 && uchar(data[0]) >= 0x80 && uchar(data[0]) <= 0x9F) {
            appendEscape(out, uchar(data[0]));
            i = 1;
        } else {
            out += kLead;
        }
    }
    for (; i < size; ++i) {
        const uchar c = uchar(data[i]);
        if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) {
            appendEscape(out, c);
        } else if (c == uchar(kLead) && i + 1 == size) {
            m_pendingLead = true;
        } else if (c == uchar(kLead) && uchar(data[i + 1]) >= 0x80 && uchar(data[i + 1]) <= 0x9F) {
            appendEscape(out, uchar(data[++i]));
        } else {
            out += char(c);
        }
    }
    put(out);
    return size;
}

void ControlCharacterFilter::put(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), m_stream);
    std::fflush(m_stream);
}
