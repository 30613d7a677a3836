#include "ChannelRenderer.h"
#include "CliRun.h"
#include "HotlineScript.h"
#include "HotlineVoice.h"
#include "TelephonyWav.h"
#include "TestData.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString now = QStringLiteral("--now=2026-03-20T12:00:00+01:00");

// What soxi says of a file (-r rate, -c channels, -e encoding, -D seconds).
QString soxi(const QString &option, const QString &file)
{
    QProcess process;
    process.start(QStringLiteral("soxi"), {option, file});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return QStringLiteral("soxi failed: ") + QString::fromUtf8(process.readAllStandardError());
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

} // namespace

class TestRenderAudio : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    CliRun render(const QStringList &arguments)
    {
        return CliRun::start(m_home.path(), QStringLiteral("allo-test-renderaudio"),
                             QStringList{QStringLiteral("render"), now} + arguments);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("soxi")).isEmpty(),
                 "soxi (package sox) is missing: ./dev.sh installs it");
    }

    void everySampleIsAnALawFileSoxAccepts_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("language");
        for (const QString &path : TestData::samplePaths()) {
            const Notice notice = TestData::sample(QFileInfo(path).baseName());
            for (const QString &language : {QStringLiteral("fr"), QStringLiteral("en")}) {
                if (!notice.text(language).trimmed().isEmpty())
                    QTest::newRow(qPrintable(QFileInfo(path).baseName() + '/' + language))
                        << path << language;
            }
        }
    }

    void everySampleIsAnALawFileSoxAccepts()
    {
        QFETCH(QString, path);
        QFETCH(QString, language);
        const QString wav =
            QDir(m_home.path())
                .filePath(QFileInfo(path).baseName() + '-' + language + QStringLiteral(".wav"));
        const CliRun run =
            render({QStringLiteral("--channel"), QStringLiteral("hotline"),
                    QStringLiteral("--lang"), language, QStringLiteral("--audio"), wav, path});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(soxi(QStringLiteral("-r"), wav), QStringLiteral("8000"));
        QCOMPARE(soxi(QStringLiteral("-c"), wav), QStringLiteral("1"));
        QCOMPARE(soxi(QStringLiteral("-e"), wav), QStringLiteral("A-law"));

        // The duration is that of the script said in-process at the territory's rate.
        const Notice notice = TestData::sample(QFileInfo(path).baseName());
        const RenderContext context =
            ChannelRenderer::context(notice, QDateTime::fromString(now.mid(6), Qt::ISODate));
        const HotlineVoice::Audio expected =
            HotlineVoice::speak(notice, context, language, TelephonyWav::Encoding::ALaw);
        QVERIFY2(expected.ok(), qPrintable(expected.error));
        QVERIFY2(expected.seconds > 5, qPrintable(QString::number(expected.seconds)));
        QCOMPARE(soxi(QStringLiteral("-D"), wav).toDouble(), expected.seconds);
        // The engine's rate is calibrated so that the estimate shown meanwhile is close.
        const QString script =
            ChannelRenderer::render(notice, context, QStringLiteral("hotline"), language).text;
        const double estimate = HotlineScript::seconds(script, context.wordsPerMinute);
        qInfo("%s: estimate %.1f s, voice %.1f s", qPrintable(language), estimate,
              expected.seconds);
        QVERIFY(qAbs(expected.seconds - estimate) < 0.08 * estimate);
        QFile file(wav);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), expected.wav);
    }

    void pcmIsTheSameVoiceUncompressed()
    {
        const QString path = TestData::samplePaths().first();
        const QString aLaw = QDir(m_home.path()).filePath(QStringLiteral("a.wav"));
        const QString pcm = QDir(m_home.path()).filePath(QStringLiteral("p.wav"));
        QCOMPARE(render({QStringLiteral("--channel"), QStringLiteral("hotline"),
                         QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--audio"),
                         aLaw, path})
                     .exitCode,
                 0);
        QCOMPARE(render({QStringLiteral("--channel"), QStringLiteral("hotline"),
                         QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--audio"),
                         pcm, QStringLiteral("--format"), QStringLiteral("pcm"), path})
                     .exitCode,
                 0);
        QCOMPARE(soxi(QStringLiteral("-e"), pcm), QStringLiteral("Signed Integer PCM"));
        QCOMPARE(soxi(QStringLiteral("-b"), pcm), QStringLiteral("16"));
        QCOMPARE(soxi(QStringLiteral("-D"), pcm), soxi(QStringLiteral("-D"), aLaw));
        // sox decodes our A-law to within G.711's quantisation of the PCM file.
        QProcess sox;
        sox.start(QStringLiteral("sox"),
                  {aLaw, QStringLiteral("-t"), QStringLiteral("raw"), QStringLiteral("-e"),
                   QStringLiteral("signed"), QStringLiteral("-b"), QStringLiteral("16"),
                   QStringLiteral("-")});
        QVERIFY(sox.waitForFinished(30000));
        const QByteArray decoded = sox.readAllStandardOutput();
        QFile pcmFile(pcm);
        QVERIFY(pcmFile.open(QIODevice::ReadOnly));
        const QList<qint16> original = TelephonyWav::samples(pcmFile.readAll());
        QCOMPARE(decoded.size(), original.size() * 2);
        const auto *back = reinterpret_cast<const qint16 *>(decoded.constData());
        for (qsizetype i = 0; i < original.size(); ++i) {
            // A-law keeps 4 bits of mantissa: the step is at most 1/32 of the value, plus 16.
            const int error = qAbs(back[i] - original[i]);
            if (error > qAbs(original[i]) / 16 + 16)
                QFAIL(qPrintable(QStringLiteral("sample %1: %2 decoded as %3")
                                     .arg(i)
                                     .arg(original[i])
                                     .arg(back[i])));
        }
    }

    void badAudioOptionsAreSaid()
    {
        const QString path = TestData::samplePaths().first();
        const QString wav = QDir(m_home.path()).filePath(QStringLiteral("x.wav"));
        const CliRun notHotline = render({QStringLiteral("--channel"), QStringLiteral("x"),
                                          QStringLiteral("--audio"), wav, path});
        QCOMPARE(notHotline.exitCode, 2);
        QVERIFY2(notHotline.err.contains(QLatin1String("--channel hotline")),
                 qPrintable(notHotline.err));
        const CliRun badFormat = render({QStringLiteral("--channel"), QStringLiteral("hotline"),
                                         QStringLiteral("--audio"), wav, QStringLiteral("--format"),
                                         QStringLiteral("mp3"), path});
        QCOMPARE(badFormat.exitCode, 2);
        QVERIFY2(badFormat.err.contains(QLatin1String("\"mp3\": use alaw or pcm")),
                 qPrintable(badFormat.err));
        const CliRun unwritable =
            render({QStringLiteral("--channel"), QStringLiteral("hotline"),
                    QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--audio"),
                    QStringLiteral("/nonexistent/dir/x.wav"), path});
        QCOMPARE(unwritable.exitCode, 2);
        QVERIFY2(unwritable.err.contains(QLatin1String("/nonexistent/dir/x.wav")),
                 qPrintable(unwritable.err));
        QVERIFY(!QFile::exists(wav));
    }

    void aMissingEngineIsSaid()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"), QStringLiteral("/nonexistent"));
        const QString wav = QDir(m_home.path()).filePath(QStringLiteral("none.wav"));
        const CliRun run = CliRun::start(
            m_home.path(), QStringLiteral("allo-test-renderaudio"),
            {QStringLiteral("render"), now, QStringLiteral("--channel"), QStringLiteral("hotline"),
             QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--audio"), wav,
             TestData::samplePaths().first()},
            {}, env);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("apt install espeak-ng")), qPrintable(run.err));
        QVERIFY(!QFile::exists(wav));
    }
};

QTEST_GUILESS_MAIN(TestRenderAudio)
#include "tst_renderaudio.moc"
