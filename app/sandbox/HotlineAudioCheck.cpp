#include "HotlineAudioCheck.h"

#include "HotlineScript.h"
#include "TelephonyWav.h"

namespace {

bool isWavType(const QByteArray &contentType)
{
    // Parameters (";codec=…") say nothing the header does not.
    const QByteArray type = contentType.split(';').first().trimmed().toLower();
    return type == "audio/wav" || type == "audio/x-wav" || type == "audio/wave" ||
           type == "audio/vnd.wave";
}

} // namespace

HotlineAudioCheck::Verdict HotlineAudioCheck::judge(const QByteArray &contentType,
                                                    const QByteArray &wav)
{
    Verdict verdict;
    if (!isWavType(contentType)) {
        verdict.refusal = ApiResponse::problem(
            415, QStringLiteral("unsupported_media_type"),
            tr("The hotline audio must be sent as audio/wav, not \"%1\". Send the file allo-cli "
               "render --channel hotline --audio writes, with Content-Type: audio/wav.")
                .arg(QString::fromLatin1(contentType)));
        return verdict;
    }
    const auto header = TelephonyWav::read(wav);
    if (!header) {
        verdict.refusal = ApiResponse::problem(
            415, QStringLiteral("not_wav"),
            tr("The body is not a WAV file (RIFF/WAVE with a fmt and a data chunk). Send the file "
               "allo-cli render --channel hotline --audio writes."));
        return verdict;
    }
    const bool coding = (header->formatTag == 6 && header->bitsPerSample == 8) ||
                        (header->formatTag == 1 && header->bitsPerSample == 16);
    if (header->channels != 1 || header->sampleRate != TelephonyWav::sampleRate || !coding) {
        verdict.refusal = ApiResponse::problem(
            422, QStringLiteral("unsupported_audio"),
            tr("The phone server plays 8000 Hz mono WAV in G.711 A-law or 16-bit PCM; this file "
               "is %1 Hz, %2 channel(s), format %3 at %4 bits. Render it again with allo-cli "
               "render --channel hotline --audio (--format alaw or pcm).")
                .arg(header->sampleRate)
                .arg(header->channels)
                .arg(header->formatTag)
                .arg(header->bitsPerSample));
        return verdict;
    }
    if (header->dataBytes == 0) {
        verdict.refusal = ApiResponse::problem(
            422, QStringLiteral("empty_audio"),
            tr("The WAV file holds no sound (its data chunk is empty). Render it again."));
        return verdict;
    }
    verdict.seconds = header->seconds();
    verdict.warnings = lengthWarnings(verdict.seconds);
    return verdict;
}

QJsonArray HotlineAudioCheck::lengthWarnings(double seconds)
{
    if (seconds <= HotlineScript::maximumSeconds)
        return {};
    return {QJsonObject{
        {QStringLiteral("field"), QStringLiteral("hotline-audio")},
        {QStringLiteral("code"), QStringLiteral("hotline_audio_too_long")},
        {QStringLiteral("message"),
         tr("The hotline audio lasts %1 s; callers should not have to listen for more than %2 s. "
            "Shorten the script and send the audio again.")
             .arg(QString::number(seconds, 'f', 1))
             .arg(HotlineScript::maximumSeconds)}}};
}
