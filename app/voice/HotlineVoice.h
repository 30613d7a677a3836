#pragma once

#include "Notice.h"
#include "RenderContext.h"
#include "TelephonyWav.h"

#include <QCoreApplication>

// The hotline script as callers will hear it: said by eSpeak NG (EspeakProgram) in the script's
// language at the territory's rate, resampled to 8 kHz (Resampler) and written as the phone
// server's WAV (TelephonyWav). The same script, language, rate, build and eSpeak version give
// the same bytes, so what the author hears is the file the platform plays.
class HotlineVoice
{
    Q_DECLARE_TR_FUNCTIONS(HotlineVoice)

public:
    struct Audio
    {
        QByteArray wav;
        double seconds = 0; // what the phone line plays, to the sample
        QString error;      // in the UI language; empty when wav holds the audio
        bool ok() const { return error.isEmpty(); }
    };

    // script in language ("fr", "en") at wordsPerMinute.
    static Audio speak(const QString &script, const QString &language, double wordsPerMinute,
                       TelephonyWav::Encoding encoding);
    // The notice's hotline script in language, as the hotline channel renders it in context.
    static Audio speak(const Notice &notice, const RenderContext &context, const QString &language,
                       TelephonyWav::Encoding encoding);
    // Writes the notice's audio (speak) to path, whole or not at all: a phone server never picks
    // up half a file. Returns why it could not, in the UI language, or "" once written. What
    // `allo-cli render --audio` and the console's export both write.
    static QString write(const Notice &notice, const RenderContext &context,
                         const QString &language, TelephonyWav::Encoding encoding,
                         const QString &path);
    // Measures the voice saying the notice's script in each language it has a text in and adds
    // the durations to context, so the hotline's measure and the 60-second rule use them. A
    // script it cannot say keeps the estimate; the first reason why is returned ("" if none).
    static QString measure(const Notice &notice, RenderContext &context);
    // eSpeak's -s for the territory's rate in words a minute: eSpeak's own words-a-minute are
    // not the ones the estimate counts, so the rate is calibrated per voice on the samples.
    static int engineRate(const QString &language, double wordsPerMinute);
};
