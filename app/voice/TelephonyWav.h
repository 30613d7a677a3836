#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// The files a phone server plays: 8 kHz mono WAV, G.711 A-law (format tag 6, the European
// lines' coding) or 16-bit PCM. Writes them from samples, and reads back what a WAV header says
// (the platform judges an uploaded file's length from it without decoding the audio).
class TelephonyWav
{
public:
    static constexpr int sampleRate = 8000;

    enum class Encoding
    {
        ALaw,
        Pcm16
    };

    // What a WAV file's header says.
    struct Header
    {
        quint16 formatTag = 0; // 1: PCM, 6: A-law
        quint16 channels = 0;
        quint32 sampleRate = 0;
        quint16 bitsPerSample = 0;
        quint32 dataBytes = 0;
        qsizetype dataOffset = 0; // where the data chunk's bytes start in the file
        double seconds() const;
    };

    static QByteArray write(const QList<qint16> &samples, Encoding encoding);
    // The header of a RIFF/WAVE file, or nothing when it is not one (or is cut short before its
    // data chunk). dataBytes is what the data chunk holds, at most what the file has.
    static std::optional<Header> read(const QByteArray &wav);
    // The samples of a mono 16-bit PCM or A-law data chunk (A-law expanded), whatever its rate;
    // empty when it is neither.
    static QList<qint16> samples(const QByteArray &wav);
    // "alaw" or "pcm"; nothing for any other name.
    static std::optional<Encoding> encodingNamed(const QString &name);
    // G.711 A-law of one 16-bit sample (ITU-T G.711, the reference coder's segments).
    static quint8 aLaw(qint16 sample);
    // The 16-bit sample an A-law code stands for (G.711's expansion, the middle of its step).
    static qint16 linear(quint8 aLaw);
};
