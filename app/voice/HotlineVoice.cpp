#include "HotlineVoice.h"

#include "ChannelRenderer.h"
#include "EspeakProgram.h"
#include "Resampler.h"

HotlineVoice::Audio HotlineVoice::speak(const QString &script, const QString &language,
                                        double wordsPerMinute, TelephonyWav::Encoding encoding)
{
    Audio audio;
    // eSpeak NG's own voice names; a French voice for French callers, never a guess.
    if (language != QLatin1String("fr") && language != QLatin1String("en")) {
        audio.error = tr("The hotline speaks French or English, not \"%1\".").arg(language);
        return audio;
    }
    const EspeakProgram::Speech speech =
        EspeakProgram::speak(script, language, qRound(wordsPerMinute));
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
