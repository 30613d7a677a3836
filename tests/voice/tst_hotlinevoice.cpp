#include "ChannelRenderer.h"
#include "EspeakProgram.h"
#include "HotlineVoice.h"
#include "Resampler.h"
#include "TelephonyWav.h"
#include "TestData.h"

#include <QTest>

#include <cmath>

namespace {

const QString script = QStringLiteral(
    "Allo Industrie. Information de la société Chimie de Seine, site de Grand-Couronne. "
    "Un torchage est visible ce soir de 20 heures à 23 heures.");

// A tone of frequency hertz, one second long at rate.
QList<qint16> tone(double hertz, int rate)
{
    QList<qint16> samples(rate);
    for (int i = 0; i < rate; ++i)
        samples[i] = qint16(std::lround(12000 * std::sin(2 * M_PI * hertz * i / rate)));
    return samples;
}

double rms(const QList<qint16> &samples)
{
    double sum = 0;
    for (const qint16 s : samples)
        sum += double(s) * s;
    return samples.isEmpty() ? 0 : std::sqrt(sum / samples.size());
}

} // namespace

class TestHotlineVoice : public QObject
{
    Q_OBJECT

private slots:
    void aLawFollowsG711()
    {
        // The reference coder's values (Sun's g711.c, as Python's audioop.lin2alaw gives them):
        // both zeros, both extremes, the first step of segment 1.
        QCOMPARE(TelephonyWav::aLaw(0), quint8(0xD5));
        QCOMPARE(TelephonyWav::aLaw(-1), quint8(0x55));
        QCOMPARE(TelephonyWav::aLaw(32767), quint8(0xAA));
        QCOMPARE(TelephonyWav::aLaw(-32768), quint8(0x2A));
        QCOMPARE(TelephonyWav::aLaw(256), quint8(0xC5));
    }

    void aLawExpandsToTheMiddleOfItsStep()
    {
        // G.711's decoder (audioop.alaw2lin): each of the 256 codes comes back as itself.
        QCOMPARE(TelephonyWav::linear(0xD5), qint16(8));
        QCOMPARE(TelephonyWav::linear(0x55), qint16(-8));
        QCOMPARE(TelephonyWav::linear(0xAA), qint16(32256));
        QCOMPARE(TelephonyWav::linear(0x2A), qint16(-32256));
        for (int code = 0; code < 256; ++code)
            QCOMPARE(TelephonyWav::aLaw(TelephonyWav::linear(quint8(code))), quint8(code));
        // What Listen plays of an A-law file: its samples, expanded.
        const QList<qint16> samples{0, 1000, -1000, 32000};
        const QList<qint16> heard =
            TelephonyWav::samples(TelephonyWav::write(samples, TelephonyWav::Encoding::ALaw));
        QCOMPARE(heard.size(), samples.size());
        for (qsizetype i = 0; i < samples.size(); ++i)
            QCOMPARE(heard.at(i), TelephonyWav::linear(TelephonyWav::aLaw(samples.at(i))));
    }

    void headersSayWhatTheFileHolds()
    {
        const QList<qint16> samples(4000, 100);
        const QByteArray aLaw = TelephonyWav::write(samples, TelephonyWav::Encoding::ALaw);
        const auto a = TelephonyWav::read(aLaw);
        QVERIFY(a);
        QCOMPARE(a->formatTag, quint16(6));
        QCOMPARE(a->sampleRate, quint32(8000));
        QCOMPARE(a->channels, quint16(1));
        QCOMPARE(a->bitsPerSample, quint16(8));
        QCOMPARE(a->seconds(), 0.5);
        QCOMPARE(aLaw.size(), 12 + 8 + 18 + 12 + 8 + 4000);

        const QByteArray pcm = TelephonyWav::write(samples, TelephonyWav::Encoding::Pcm16);
        const auto p = TelephonyWav::read(pcm);
        QVERIFY(p);
        QCOMPARE(p->formatTag, quint16(1));
        QCOMPARE(p->bitsPerSample, quint16(16));
        QCOMPARE(p->seconds(), 0.5);
        QCOMPARE(TelephonyWav::samples(pcm), samples);
    }

    void headerOfWhatIsNoWav()
    {
        QVERIFY(!TelephonyWav::read("RIFF"));
        QVERIFY(!TelephonyWav::read(QByteArray(100, 'x')));
        const QByteArray wav =
            TelephonyWav::write(QList<qint16>(10, 0), TelephonyWav::Encoding::ALaw);
        QVERIFY(!TelephonyWav::read(wav.left(30))); // cut before its data chunk
        // A file cut inside its data counts what it holds, not what it announces.
        QCOMPARE(TelephonyWav::read(wav.left(wav.size() - 4))->dataBytes, quint32(6));
    }

    void resamplingKeepsSpeechAndDropsWhatTheLineCannotCarry()
    {
        const auto speech = Resampler::convert(tone(440, 22050), 22050, 8000);
        QVERIFY(speech);
        QVERIFY(qAbs(speech->size() - 8000) <= 2);
        QVERIFY2(rms(*speech) > 0.6 * rms(tone(440, 22050)), "a 440 Hz tone is kept");
        // 6 kHz is above the 4 kHz an 8 kHz line carries: filtered out, not folded to 2 kHz.
        const auto high = Resampler::convert(tone(6000, 22050), 22050, 8000);
        QVERIFY(high);
        QVERIFY2(rms(*high) < 0.05 * rms(tone(6000, 22050)), "a 6 kHz tone is filtered out");
        QVERIFY(!Resampler::convert(tone(440, 22050), 0, 8000));
    }

    void theSameScriptGivesTheSameBytes()
    {
        if (EspeakProgram::program().isEmpty())
            QFAIL("espeak-ng is not installed: ./dev.sh installs it");
        for (const auto encoding : {TelephonyWav::Encoding::ALaw, TelephonyWav::Encoding::Pcm16}) {
            const HotlineVoice::Audio first = HotlineVoice::speak(script, "fr", 150, encoding);
            QVERIFY2(first.ok(), qPrintable(first.error));
            const HotlineVoice::Audio second = HotlineVoice::speak(script, "fr", 150, encoding);
            QCOMPARE(second.wav, first.wav);
            const auto header = TelephonyWav::read(first.wav);
            QVERIFY(header);
            QCOMPARE(header->sampleRate, quint32(8000));
            QCOMPARE(header->seconds(), first.seconds);
            // About 21 words: several seconds of speech, not silence or a truncated file.
            QVERIFY2(first.seconds > 5 && first.seconds < 15,
                     qPrintable(QString::number(first.seconds)));
        }
    }

    void settingsAndLanguageChangeTheAudio()
    {
        const HotlineVoice::Audio at150 =
            HotlineVoice::speak(script, "fr", 150, TelephonyWav::Encoding::ALaw);
        const HotlineVoice::Audio at200 =
            HotlineVoice::speak(script, "fr", 200, TelephonyWav::Encoding::ALaw);
        const HotlineVoice::Audio english =
            HotlineVoice::speak(script, "en", 150, TelephonyWav::Encoding::ALaw);
        QVERIFY(at150.ok() && at200.ok() && english.ok());
        QVERIFY2(at200.seconds < 0.9 * at150.seconds, "a faster rate says it in less time");
        QVERIFY(english.wav != at150.wav);
    }

    void theNoticesScriptIsTheOneSpoken()
    {
        const Notice notice = TestData::sample("flaring-maintenance");
        const RenderContext context = ChannelRenderer::context(notice, TestData::sampleNow());
        const HotlineVoice::Audio fromNotice =
            HotlineVoice::speak(notice, context, "fr", TelephonyWav::Encoding::Pcm16);
        const QString text =
            ChannelRenderer::render(notice, context, QStringLiteral("hotline"), "fr").text;
        const HotlineVoice::Audio fromScript =
            HotlineVoice::speak(text, "fr", context.wordsPerMinute, TelephonyWav::Encoding::Pcm16);
        QVERIFY2(fromNotice.ok(), qPrintable(fromNotice.error));
        QCOMPARE(fromNotice.wav, fromScript.wav);
    }

    void anUnknownLanguageIsRefused()
    {
        const HotlineVoice::Audio audio =
            HotlineVoice::speak(script, "de", 150, TelephonyWav::Encoding::ALaw);
        QVERIFY(!audio.ok());
        QVERIFY(audio.error.contains(QLatin1String("\"de\"")));
        QVERIFY(audio.wav.isEmpty());
    }

    void aMissingEngineIsSaidWithWhatToDo()
    {
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", QByteArray("/nonexistent"));
        const HotlineVoice::Audio audio =
            HotlineVoice::speak(script, "fr", 150, TelephonyWav::Encoding::ALaw);
        const QString version = EspeakProgram::version();
        qputenv("PATH", path);
        QVERIFY(!audio.ok());
        QVERIFY(audio.error.contains(QLatin1String("apt install espeak-ng")));
        QVERIFY(version.isEmpty());
        QVERIFY(EspeakProgram::version().startsWith(QLatin1String("eSpeak NG 1.")));
    }
};

QTEST_GUILESS_MAIN(TestHotlineVoice)
#include "tst_hotlinevoice.moc"
