#include "HotlineVoice.h"

#include "ChannelRenderer.h"
#include "EspeakProgram.h"
#include "Resampler.h"
#include "Vocabulary.h"

#include <QSaveFile>

int HotlineVoice::engineRate(const QString &language, double wordsPerMinute)
{
    // Measured on the eight samples at -s 150 (eSpeak NG 1.51): the French voice says the
    // estimate's words in 0.920 of its time (0.885-0.949), the English one in 1.056 of it. With
    // these factors every sample lasts within 4 % of the estimate (docs/channels.md).
    const double factor = language == QLatin1String("en") ? 1.056 : 0.920;
    return qRound(wordsPerMinute * factor);
}

HotlineVoice::Audio HotlineVoice::speak(const QString &script, const QString &language,
                                        double wordsPerMinute, TelephonyWav::Encoding encoding)
{
    Audio audio;
    if (!ALLO_HAVE_VOICE) {
        audio.error =
            tr("The hotline's voice is not available on this system (the Windows build has no "
               "eSpeak NG): the hotline's length shown is the estimate.");
        return audio;
    }
    // eSpeak NG's own voice names; a French voice for French callers, never a guess.
    if (language != QLatin1String("fr") && language != QLatin1String("en")) {
        audio.error = tr("The hotline speaks French or English, not \"%1\".").arg(language);
        return audio;
    }
    const EspeakProgram::Speech speech =
        EspeakProgram::speak(script, language, engineRate(language, wordsPerMinute));
    if (!speech.ok()) {
        audio.error = speech.error;
        return audio;
    }
    const auto samples =
        Resampler::convert(speech.samples, speech.sampleRate, TelephonyWav::sampleRate);
    if (!samples) {
        audio.error = tr("The voice at %1 Hz could not be converted to the telephone's 8 kHz.")
                          .arg(speech.sampleRate);
        return audio;
    }
    audio.wav = TelephonyWav::write(*samples, encoding);
    audio.seconds = double(samples->size()) / TelephonyWav::sampleRate;
    return audio;
}

HotlineVoice::Audio HotlineVoice::speak(const Notice &notice, const RenderContext &context,
                                        const QString &language, TelephonyWav::Encoding encoding)
{
    const ChannelOutput script =
        ChannelRenderer::render(notice, context, QStringLiteral("hotline"), language);
    if (!script.ok()) {
        Audio audio;
        audio.error = script.error;
        return audio;
    }
    return speak(script.text, language, context.wordsPerMinute, encoding);
}

QString HotlineVoice::write(const Notice &notice, const RenderContext &context,
                            const QString &language, TelephonyWav::Encoding encoding,
                            const QString &path)
{
    const Audio audio = speak(notice, context, language, encoding);
    if (!audio.ok())
        return audio.error;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(audio.wav) != audio.wav.size() ||
        !file.commit())
        return tr("Could not write the audio to %1: %2").arg(path, file.errorString());
    return {};
}

QString HotlineVoice::measure(const Notice &notice, RenderContext &context)
{
    QString problem;
    for (const QString &language : Vocabulary::languages()) {
        const ChannelOutput script =
            ChannelRenderer::render(notice, context, QStringLiteral("hotline"), language);
        if (!script.ok() || context.spokenSeconds(script.text))
            continue;
        const Audio audio =
            speak(script.text, language, context.wordsPerMinute, TelephonyWav::Encoding::ALaw);
        if (audio.ok())
            context.spokenLengths.append({script.text, context.wordsPerMinute, audio.seconds});
        else if (problem.isEmpty())
            problem = audio.error;
    }
    return problem;
}
