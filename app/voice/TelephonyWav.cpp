#include "TelephonyWav.h"

#include <QtEndian>

#include <array>

namespace {

constexpr quint16 pcmTag = 1;
constexpr quint16 aLawTag = 6;

void append16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void append32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

quint16 read16(const QByteArray &in, qsizetype at)
{
    return qFromLittleEndian<quint16>(in.constData() + at);
}

quint32 read32(const QByteArray &in, qsizetype at)
{
    return qFromLittleEndian<quint32>(in.constData() + at);
}

} // namespace

double TelephonyWav::Header::seconds() const
{
    const quint32 bytesPerSecond = sampleRate * channels * (bitsPerSample / 8);
    return bytesPerSecond == 0 ? 0 : double(dataBytes) / bytesPerSecond;
}

quint8 TelephonyWav::aLaw(qint16 sample)
{
    static constexpr std::array<int, 8> segmentEnds = {0x1F,  0x3F,  0x7F,  0xFF,
                                                       0x1FF, 0x3FF, 0x7FF, 0xFFF};
    int value = sample >> 3;
    quint8 mask = 0xD5; // sign bit set for positive values; even bits inverted
    if (value < 0) {
        mask = 0x55;
        value = -value - 1;
    }
    int segment = 0;
    while (segment < 8 && value > segmentEnds[segment])
        ++segment;
    if (segment == 8)
        return quint8(0x7F ^ mask);
    const int mantissa = (value >> (segment < 2 ? 1 : segment)) & 0x0F;
    return quint8(((segment << 4) | mantissa) ^ mask);
}

QByteArray TelephonyWav::write(const QList<qint16> &samples, Encoding encoding)
{
    const bool aLawCoded = encoding == Encoding::ALaw;
    const quint16 bytesPerSample = aLawCoded ? 1 : 2;
    const auto dataBytes = quint32(samples.size() * bytesPerSample);
    // A non-PCM format carries an 18-byte fmt chunk (cbSize) and a fact chunk (sample count).
    const quint32 fmtBytes = aLawCoded ? 18 : 16;
    const quint32 factBytes = aLawCoded ? 12 : 0;

    QByteArray out;
    out.reserve(qsizetype(12 + 8 + fmtBytes + factBytes + 8 + dataBytes));
    out.append("RIFF", 4);
    append32(out, 4 + 8 + fmtBytes + factBytes + 8 + dataBytes);
    out.append("WAVEfmt ", 8);
    append32(out, fmtBytes);
    append16(out, aLawCoded ? aLawTag : pcmTag);
    append16(out, 1);
    append32(out, sampleRate);
    append32(out, quint32(sampleRate * bytesPerSample));
    append16(out, bytesPerSample);
    append16(out, bytesPerSample * 8);
    if (aLawCoded) {
        append16(out, 0);
        out.append("fact", 4);
        append32(out, 4);
        append32(out, quint32(samples.size()));
    }
    out.append("data", 4);
    append32(out, dataBytes);
    for (const qint16 sample : samples) {
        if (aLawCoded)
            out.append(char(aLaw(sample)));
        else
            append16(out, quint16(sample));
    }
    return out;
}

std::optional<TelephonyWav::Header> TelephonyWav::read(const QByteArray &wav)
{
    if (wav.size() < 12 || !wav.startsWith("RIFF") || wav.mid(8, 4) != "WAVE")
        return std::nullopt;
    Header header;
    bool haveFormat = false;
    qsizetype at = 12;
    while (at + 8 <= wav.size()) {
        const QByteArray id = wav.mid(at, 4);
        const quint32 size = read32(wav, at + 4);
        const qsizetype body = at + 8;
        if (id == "fmt ") {
            if (size < 16 || body + 16 > wav.size())
                return std::nullopt;
            header.formatTag = read16(wav, body);
            header.channels = read16(wav, body + 2);
            header.sampleRate = read32(wav, body + 4);
            header.bitsPerSample = read16(wav, body + 14);
            haveFormat = true;
        } else if (id == "data") {
            if (!haveFormat)
                return std::nullopt;
            // A streamed WAV (espeak-ng --stdout) announces more than it holds.
            header.dataBytes = quint32(qMin<qint64>(size, wav.size() - body));
            header.dataOffset = body;
            return header;
        }
        // Chunks are padded to an even size.
        at = body + qsizetype(size) + (size & 1);
    }
    return std::nullopt;
}

qint16 TelephonyWav::linear(quint8 aLaw)
{
    const int code = aLaw ^ 0x55;
    const int segment = (code & 0x70) >> 4;
    int value = ((code & 0x0F) << 4) + (segment == 0 ? 8 : 0x108);
    if (segment > 1)
        value <<= segment - 1;
    return qint16((code & 0x80) ? value : -value);
}

QList<qint16> TelephonyWav::samples(const QByteArray &wav)
{
    const auto header = read(wav);
    if (!header || header->channels != 1)
        return {};
    if (header->formatTag == pcmTag && header->bitsPerSample == 16) {
        QList<qint16> samples(header->dataBytes / 2);
        for (qsizetype i = 0; i < samples.size(); ++i)
            samples[i] = qint16(read16(wav, header->dataOffset + 2 * i));
        return samples;
    }
    if (header->formatTag == aLawTag && header->bitsPerSample == 8) {
        QList<qint16> samples(header->dataBytes);
        for (qsizetype i = 0; i < samples.size(); ++i)
            samples[i] = linear(quint8(wav.at(header->dataOffset + i)));
        return samples;
    }
    return {};
}

std::optional<TelephonyWav::Encoding> TelephonyWav::encodingNamed(const QString &name)
{
    if (name == QLatin1String("alaw"))
        return Encoding::ALaw;
    if (name == QLatin1String("pcm"))
        return Encoding::Pcm16;
    return std::nullopt;
}
