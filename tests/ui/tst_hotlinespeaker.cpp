#include "ChannelRenderer.h"
#include "HotlineSpeaker.h"
#include "Localization.h"
#include "PreviewPanel.h"
#include "TestData.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextToSpeech>

// "Listen" on the hotline preview, with whatever speech engines this machine has: it never
// crashes or hangs, and when nothing can speak the script it says why in plain words. On the
// project's machines flite has no French voice and no audio device, and speechd cannot connect.
class TestHotlineSpeaker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Localization::apply(QStringLiteral("en")); }

    void rate_followsTheWordsPerMinute()
    {
        QCOMPARE(HotlineSpeaker::engineRate(150), 0.0);
        QCOMPARE(HotlineSpeaker::engineRate(200), 0.5);
        QCOMPARE(HotlineSpeaker::engineRate(80), -0.7);
        QCOMPARE(HotlineSpeaker::engineRate(400), 1.0);
    }

    void listen_onTheFrenchScript_speaksOrSaysWhyNot()
    {
        const Notice notice = TestData::sample(QStringLiteral("siren-test"));
        PreviewPanel panel;
        panel.show(notice, ChannelRenderer::context(notice, TestData::sampleNow()));
        panel.resize(520, 440);
        panel.QWidget::show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.showChannel(1);
        // No engine is loaded until the officer asks to listen.
        QVERIFY(!panel.speaker().enginesLoaded());
        auto *listen = panel.findChild<QPushButton *>(QStringLiteral("listenHotline"));
        auto *stop = panel.findChild<QPushButton *>(QStringLiteral("stopHotline"));
        QCOMPARE(listen->accessibleName(), QStringLiteral("Listen to the hotline script"));
        QVERIFY(!stop->isEnabled());
        QSignalSpy problems(&panel.speaker(), &HotlineSpeaker::problem);
        QSignalSpy speaking(&panel.speaker(), &HotlineSpeaker::speakingChanged);
        listen->click();
        QVERIFY(panel.speaker().enginesLoaded());
        // Either it speaks (Stop becomes available) or it says why it cannot; never silence.
        QTRY_VERIFY_WITH_TIMEOUT(!problems.isEmpty() || stop->isEnabled(), 10000);
        if (stop->isEnabled()) {
            stop->click();
            QVERIFY(!panel.speaker().isSpeaking());
            QVERIFY(listen->isEnabled());
            return;
        }
        auto *problem = panel.findChild<QLabel *>(QStringLiteral("speechProblem"));
        QVERIFY(problem->isVisibleTo(&panel));
        QCOMPARE(problem->text(), problems.last().first().toString());
        QVERIFY(!panel.speaker().isSpeaking());
        QVERIFY(listen->isEnabled());
        if (!anyEngineHas(QLocale::French))
            QVERIFY2(problem->text().startsWith(QStringLiteral("No French voice is available (")) ||
                         problem->text().startsWith(QStringLiteral("No text-to-speech engine")),
                     qPrintable(problem->text()));
        panel.grab().save(QStringLiteral("previewpanel-listen.png"));
    }

    void englishScript_withAnEnglishVoice_butNoSoundOutput_saysSo()
    {
        if (!anyEngineHas(QLocale::English))
            QSKIP("No engine with an English voice here");
        HotlineSpeaker speaker;
        QSignalSpy problems(&speaker, &HotlineSpeaker::problem);
        QSignalSpy speaking(&speaker, &HotlineSpeaker::speakingChanged);
        speaker.speak(QStringLiteral("This is a test of the siren."), QStringLiteral("en"));
        // It starts speaking, then either finishes or reports the sound problem.
        QVERIFY(!speaking.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!speaker.isSpeaking(), 15000);
        for (const QList<QVariant> &args : std::as_const(problems))
            QVERIFY2(args.first().toString().startsWith(
                         QStringLiteral("The hotline script could not be played (")),
                     qPrintable(args.first().toString()));
    }

private:
    static bool anyEngineHas(QLocale::Language language)
    {
        for (const QString &name : QTextToSpeech::availableEngines()) {
            QTextToSpeech speech(name);
            if (speech.state() == QTextToSpeech::Error)
                continue;
            for (const QLocale &locale : speech.availableLocales()) {
                if (locale.language() == language)
                    return true;
            }
        }
        return false;
    }
};

QTEST_MAIN(TestHotlineSpeaker)
#include "tst_hotlinespeaker.moc"
