#include "EspeakProgram.h"

#include "TelephonyWav.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace {

constexpr int timeoutMs = 60'000;

QString notInstalled()
{
    return EspeakProgram::tr(
        "The hotline's voice needs the espeak-ng program, which is not installed on this "
        "machine: install the espeak-ng package (sudo apt install espeak-ng), then try again.");
}

} // namespace

QString EspeakProgram::program()
{
    return QStandardPaths::findExecutable(QStringLiteral("espeak-ng"));
}

QString EspeakProgram::version()
{
    const QString path = program();
    if (path.isEmpty())
        return {};
    QProcess process;
    process.start(path, {QStringLiteral("--version")});
    if (!process.waitForFinished(timeoutMs))
        return {};
    // "eSpeak NG text-to-speech: 1.51  Data at: …"
    static const QRegularExpression number(QStringLiteral(":\\s*([0-9][0-9.]*)"));
    const auto match = number.match(QString::fromUtf8(process.readAllStandardOutput()));
    return match.hasMatch() ? QStringLiteral("eSpeak NG ") + match.captured(1) : QString();
}

EspeakProgram::Speech EspeakProgram::speak(const QString &text, const QString &voice,
                                           int wordsPerMinute)
{
    Speech speech;
    const QString path = program();
    if (path.isEmpty()) {
        speech.error = notInstalled();
        return speech;
    }
    QProcess process;
    // -b 1: the text is UTF-8 whatever the locale; the WAV goes to stdout, never to a file.
    process.start(path, {QStringLiteral("--stdout"), QStringLiteral("-b"), QStringLiteral("1"),
                         QStringLiteral("-v"), voice, QStringLiteral("-s"),
                         QString::number(qBound(80, wordsPerMinute, 450))});
    if (!process.waitForStarted(timeoutMs)) {
        speech.error = notInstalled();
        return speech;
    }
    process.write(text.toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        process.kill();
        speech.error = tr("espeak-ng could not say the hotline script (%1): %2")
                           .arg(process.error() == QProcess::Timedout
                                    ? tr("no answer within a minute")
                                    : tr("exit code %1").arg(process.exitCode()),
                                QString::fromUtf8(process.readAllStandardError()).trimmed());
        return speech;
    }
    const QByteArray wav = process.readAllStandardOutput();
    const auto header = TelephonyWav::read(wav);
    if (!header || header->formatTag != 1 || header->bitsPerSample != 16 || header->channels != 1) {
        speech.error = tr("espeak-ng did not write the 16-bit mono WAV expected of it (%1 bytes); "
                          "reinstall the espeak-ng package.")
                           .arg(wav.size());
        return speech;
    }
    speech.samples = TelephonyWav::samples(wav);
    speech.sampleRate = int(header->sampleRate);
    return speech;
}
