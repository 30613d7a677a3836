#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// The eSpeak NG speech engine, run as the separate `espeak-ng` program: it is GPL-3+ and the
// console is not, so it is never linked. No speech daemon is involved, so it works headless.
class EspeakProgram
{
    Q_DECLARE_TR_FUNCTIONS(EspeakProgram)

public:
    struct Speech
    {
        QList<qint16> samples; // mono, 16-bit
        int sampleRate = 0;
        QString error; // in the UI language; empty when samples hold the speech
        bool ok() const { return error.isEmpty(); }
    };

    // text said by voice ("fr", "en") at wordsPerMinute (eSpeak's own range: 80 to 450).
    static Speech speak(const QString &text, const QString &voice, int wordsPerMinute);
    // The program's path, or empty when it is not installed.
    static QString program();
    // "eSpeak NG 1.51", or empty when it is not installed: the audio is identical for the same
    // script, settings and version.
    static QString version();
};
