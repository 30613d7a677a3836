#include "ChannelRenderer.h"
#include "HotlineVoice.h"
#include "Localization.h"
#include "MainWindow.h"
#include "NoticeEditor.h"
#include "PreviewPanel.h"
#include "TempProfile.h"
#include "TempSettings.h"
#include "TestData.h"

#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTest>

// The console shows the hotline's estimate while the officer types, then the voice's duration
// once typing pauses, and judges the 60-second rule on it.
class TestHotlineDuration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Localization::apply(QStringLiteral("en")); }

    void theEstimateWhileTypingThenTheVoicesDuration()
    {
        TempSettings temp;
        QVERIFY(temp.isValid());
        const Clock clock(TestData::sampleNow());
        TempProfile profile(clock);
        QVERIFY2(profile.isOpen(), qPrintable(profile.errorString()));
        MainWindow window(temp.settings(), clock, profile.store());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *editor = window.findChild<NoticeEditor *>();
        auto *previews = window.findChild<PreviewPanel *>();
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("previewTabs"));
        QVERIFY(editor && previews && tabs);
        editor->setNotice(TestData::sample(QStringLiteral("siren-test")));
        auto *text = window.findChild<QPlainTextEdit *>(QStringLiteral("textFr"));
        text->moveCursor(QTextCursor::End);
        QTest::keyClicks(text, QStringLiteral(" Merci."));

        // Just typed: the words' estimate, said as one.
        QVERIFY(previews->outputs().at(1).estimated);
        QVERIFY2(tabs->tabText(1).contains(QStringLiteral("≈")), qPrintable(tabs->tabText(1)));

        // Typing paused: the voice's duration of exactly this script.
        QTRY_VERIFY_WITH_TIMEOUT(!previews->outputs().at(1).estimated, 30000);
        const Notice notice = editor->notice();
        const HotlineVoice::Audio voice =
            HotlineVoice::speak(notice, ChannelRenderer::context(notice, clock.now()),
                                QStringLiteral("fr"), TelephonyWav::Encoding::ALaw);
        QVERIFY2(voice.ok(), qPrintable(voice.error));
        QCOMPARE(previews->outputs().at(1).measure, voice.seconds);
        QCOMPARE(tabs->tabText(1), QStringLiteral("Hotline %1 s").arg(qRound(voice.seconds)));
    }
};

QTEST_MAIN(TestHotlineDuration)
#include "tst_hotlineduration.moc"
