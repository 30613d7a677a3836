#include "ChannelOverrides.h"
#include "ChannelRenderer.h"
#include "Clock.h"
#include "HotlineScript.h"
#include "Localization.h"
#include "MainWindow.h"
#include "NoticeEditor.h"
#include "PreviewPanel.h"
#include "Profile.h"
#include "SendConfirmationDialog.h"
#include "Settings.h"
#include "Store.h"
#include "TempProfile.h"
#include "TempSettings.h"
#include "TestData.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTest>
#include <QTimer>

namespace {

const QString kHotline = QStringLiteral("hotline");

QLabel *labelFor(const QWidget *parent, const QWidget *field)
{
    for (QLabel *label : parent->findChildren<QLabel *>()) {
        if (label->buddy() == field)
            return label;
    }
    return nullptr;
}

// A schedule of siren tests with X and Mastodon posts of its own: each "8h30" is three spoken
// words, and at the hotline's 150 words a minute the script is over 60 s. Only the hotline
// overflows.
Notice longSpokenNotice()
{
    Notice notice = TestData::sample(QStringLiteral("siren-test"));
    const QString day = QStringLiteral(" à 8h30, 9h30, 10h30, 11h30, 12h30, 13h30, 14h30, 15h30, "
                                       "16h30, 17h30 et 18h30");
    notice.setText(QStringLiteral("fr"),
                   QStringLiteral("Essais de la sirène le 21/04") + day +
                       QStringLiteral(", le 22/04") + day + QStringLiteral(", le 23/04") + day +
                       QStringLiteral(" et le 24/04") + day + QLatin1Char('.'));
    notice.setOverride(QStringLiteral("x"), QStringLiteral("Essais de la sirène du 21 au 24/04."));
    notice.setOverride(QStringLiteral("mastodon"),
                       notice.override(QStringLiteral("x"), QStringLiteral("fr")));
    return notice;
}

} // namespace

// The per-channel texts in the composer, the hotline's among them: it is offered when the
// spoken script is over 60 s, and what is typed there is what the previews, Listen and the send
// confirmation say.
class TestChannelOverrides : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_temp.isValid());
        m_profile.emplace(Clock(TestData::sampleNow()));
        QVERIFY2(m_profile->isOpen(), qPrintable(m_profile->errorString()));
        Localization::apply(QStringLiteral("en"));
    }

    void hotlineField_isLabelled_filledAndApplied()
    {
        ChannelOverrides overrides;
        // The X post, most often over its limit, first: in sight without scrolling.
        QCOMPARE(ChannelOverrides::channels(),
                 QStringList({QStringLiteral("x"), QStringLiteral("mastodon"),
                              QStringLiteral("sms"), kHotline}));
        auto *field = overrides.findChild<QPlainTextEdit *>(QStringLiteral("override_hotline"));
        QVERIFY(field);
        QLabel *label = labelFor(&overrides, field);
        QVERIFY(label);
        QCOMPARE(label->text(), QStringLiteral("Hotline script"));
        QCOMPARE(field->accessibleName(),
                 QStringLiteral(
                     "Text the hotline says after its introduction, instead of the notice's text"));
        overrides.setOverflowing({kHotline});
        QCOMPARE(label->text(), QStringLiteral("Hotline script (too long)"));
        overrides.setOverflowing({QStringLiteral("x")});
        QCOMPARE(label->text(), QStringLiteral("Hotline script"));

        // Filled from the notice without a change signal; typing is a change, applied as the
        // notice's hotline override and nothing else.
        QSignalSpy changed(&overrides, &ChannelOverrides::changed);
        Notice notice = TestData::sample(QStringLiteral("siren-test"));
        notice.setOverride(kHotline, QStringLiteral("Essai de sirène à midi."));
        overrides.setNotice(notice);
        QCOMPARE(field->toPlainText(), QStringLiteral("Essai de sirène à midi."));
        QCOMPARE(changed.count(), 0);
        QVERIFY(overrides.hasOverrides());
        field->clear();
        QTest::keyClicks(field, QStringLiteral("Short test at 12:00."));
        QVERIFY(changed.count() > 0);
        Notice applied = TestData::sample(QStringLiteral("siren-test"));
        overrides.apply(applied);
        QCOMPARE(applied.override(kHotline, QStringLiteral("fr")),
                 QStringLiteral("Short test at 12:00."));
        QVERIFY(applied.override(QStringLiteral("x"), QStringLiteral("fr")).isEmpty());
        field->clear();
        QVERIFY(!overrides.hasOverrides());
    }

    // The fields show one language's texts and follow the previews' language; each language's
    // text is its own; an English text left as the French and a text written on an older main
    // text are said under it, and the stale one may be kept as it is.
    void channelTexts_perLanguage_followThePreviews_andSayTheRuleBooksWarnings()
    {
        MainWindow window(m_temp.settings(), Clock(TestData::sampleNow()), m_profile->store());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *editor = window.findChild<NoticeEditor *>();
        auto *overrides = window.findChild<ChannelOverrides *>();
        auto *previewLanguage = window.findChild<QComboBox *>(QStringLiteral("previewLanguage"));
        auto *tabs = window.findChild<QTabBar *>(QStringLiteral("overrideLanguage"));
        auto *x = window.findChild<QPlainTextEdit *>(QStringLiteral("override_x"));
        auto *note = window.findChild<QLabel *>(QStringLiteral("overrideNote_x"));
        auto *keep = window.findChild<QPushButton *>(QStringLiteral("keep_x"));
        auto *textFr = window.findChild<QPlainTextEdit *>(QStringLiteral("textFr"));
        QVERIFY(editor && overrides && previewLanguage && tabs && x && note && keep && textFr);
        QVERIFY(tabs->focusPolicy() & Qt::TabFocus);

        Notice notice = TestData::sample(QStringLiteral("siren-test"));
        notice.setText(QStringLiteral("en"), QStringLiteral("Siren tests at noon, no danger."));
        notice.setOverride(QStringLiteral("x"), QStringLiteral("fr"),
                           QStringLiteral("Essais de sirène à midi."));
        notice.setOverride(QStringLiteral("x"), QStringLiteral("en"),
                           QStringLiteral("Siren tests at noon."));
        editor->setNotice(notice);
        QCOMPARE(overrides->language(), QStringLiteral("fr"));
        QCOMPARE(x->toPlainText(), QStringLiteral("Essais de sirène à midi."));

        previewLanguage->setCurrentIndex(previewLanguage->findData(QStringLiteral("en")));
        QCOMPARE(overrides->language(), QStringLiteral("en"));
        QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("English"));
        QCOMPARE(x->toPlainText(), QStringLiteral("Siren tests at noon."));
        QVERIFY(note->isHidden());

        // The English X text typed the same as the French: only the English one changes, and
        // the rule book's warning shows under it.
        x->selectAll();
        x->insertPlainText(QStringLiteral("Essais de sirène à midi.")); // keyClicks is ASCII only
        QCOMPARE(editor->notice().override(QStringLiteral("x"), QStringLiteral("en")),
                 QStringLiteral("Essais de sirène à midi."));
        QCOMPARE(editor->notice().override(QStringLiteral("x"), QStringLiteral("fr")),
                 QStringLiteral("Essais de sirène à midi."));
        QVERIFY(!note->isHidden());
        QVERIFY2(note->text().startsWith(
                     QStringLiteral("The English text written for this channel is the same")),
                 qPrintable(note->text()));
        QVERIFY(keep->isHidden());
        // Send says it too, naming the channel and the language.
        const SendConfirmationDialog confirmation(
            editor->notice(), ChannelRenderer::context(editor->notice(), TestData::sampleNow()));
        QVERIFY2(
            confirmation.warnings().contains(QStringLiteral("In English: X post: ") + note->text()),
            qPrintable(confirmation.warnings().join(QLatin1Char('\n'))));

        // Back to French on the tab bar; the French text changes under the French X text.
        tabs->setCurrentIndex(0);
        QCOMPARE(x->toPlainText(), QStringLiteral("Essais de sirène à midi."));
        QVERIFY(note->isHidden());
        textFr->moveCursor(QTextCursor::End);
        textFr->insertPlainText(QStringLiteral(" Reportés au 22."));
        QVERIFY(editor->notice().overrideStale(QStringLiteral("x"), QStringLiteral("fr")));
        QVERIFY(!note->isHidden());
        QVERIFY2(note->text().startsWith(QStringLiteral("This channel's text was written before")),
                 qPrintable(note->text()));
        QVERIFY(!keep->isHidden());
        overrides->grab().save(QStringLiteral("channeloverrides-stale.png"));
        keep->click();
        QVERIFY(!editor->notice().overrideStale(QStringLiteral("x"), QStringLiteral("fr")));
        QVERIFY(note->isHidden());
        QCOMPARE(editor->notice().override(QStringLiteral("x"), QStringLiteral("fr")),
                 QStringLiteral("Essais de sirène à midi."));
    }

    void startFromText_offersTheNoticesFrenchText()
    {
        ChannelOverrides overrides;
        const Notice notice = TestData::sample(QStringLiteral("flaring-maintenance"));
        overrides.setContext(notice, ChannelRenderer::context(notice, TestData::sampleNow()));
        auto *field = overrides.findChild<QPlainTextEdit *>(QStringLiteral("override_hotline"));
        auto *start = overrides.findChild<QPushButton *>(QStringLiteral("startFromText_hotline"));
        QVERIFY(field && start);
        QCOMPARE(start->text(), QStringLiteral("Start from the notice's text"));
        field->setPlainText(QStringLiteral("An earlier attempt."));
        start->click();
        QCOMPARE(field->toPlainText(), notice.text(QStringLiteral("fr")));
    }

    void hotlineOverLimit_opensItsField_andTheOverrideIsWhatIsSaid()
    {
        MainWindow window(m_temp.settings(), Clock(TestData::sampleNow()), m_profile->store());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *editor = window.findChild<NoticeEditor *>();
        auto *previews = window.findChild<PreviewPanel *>();
        auto *overrides = window.findChild<ChannelOverrides *>();
        auto *field = window.findChild<QPlainTextEdit *>(QStringLiteral("override_hotline"));
        QVERIFY(editor && previews && overrides && field);
        auto *show = window.findChild<QPushButton *>(QStringLiteral("showOverrides"));
        QVERIFY(show && !show->isChecked());

        editor->setNotice(longSpokenNotice());
        const ChannelOutput before = previews->outputs().at(1);
        QCOMPARE(before.unit, ChannelOutput::Unit::Seconds);
        QVERIFY2(before.overLimit, qPrintable(QString::number(before.measure)));
        QVERIFY2(!previews->outputs().at(2).overLimit, "X fits: only the hotline overflows");
        // The main window's overflowing list holds the hotline: its field opens, marked.
        QVERIFY(show->isChecked());
        QVERIFY(!overrides->isHidden());
        QCOMPARE(labelFor(overrides, field)->text(), QStringLiteral("Hotline script (too long)"));
        // For people to look at (not compared: fonts differ between machines).
        QCoreApplication::processEvents(); // the layout that makes room for the fields
        overrides->grab().save(QStringLiteral("channeloverrides-hotline.png"));

        field->insertPlainText(QStringLiteral("Essais de la sirène le 21/04 de 8h30 à 18h30"));
        QCOMPARE(editor->notice().override(kHotline, QStringLiteral("fr")),
                 QStringLiteral("Essais de la sirène le 21/04 de 8h30 à 18h30"));
        // The previewed script, which Listen speaks, says it for the ear and in time.
        const ChannelOutput after = previews->outputs().at(1);
        QVERIFY2(after.text.endsWith(QStringLiteral(
                     ". Essais de la sirène le mardi 21 avril de huit heures trente à dix-huit "
                     "heures trente.")),
                 qPrintable(after.text));
        QVERIFY(!after.text.contains(QStringLiteral("neuf heures trente")));
        QVERIFY2(!after.overLimit, qPrintable(QString::number(after.measure)));
        previews->showChannel(1);
        QCOMPARE(
            window.findChild<QPlainTextEdit *>(QStringLiteral("preview_hotline"))->toPlainText(),
            after.text);
        QCOMPARE(labelFor(overrides, field)->text(), QStringLiteral("Hotline script"));

        // Without the hotline's own text, the send confirmation warns of the long script: the
        // line plays it to the end, so it does not block.
        const RenderContext context =
            ChannelRenderer::context(editor->notice(), TestData::sampleNow());
        SendConfirmationDialog tooLong(longSpokenNotice(), context);
        QVERIFY2(tooLong.canSend(), qPrintable(tooLong.refusals().join(QLatin1Char('\n'))));
        QVERIFY2(tooLong.warnings().filter(QStringLiteral("The hotline script lasts")).size() == 1,
                 qPrintable(tooLong.warnings().join(QLatin1Char('\n'))));
    }

    // The rule book judges the hotline at the territory's rate, the one the phone line speaks
    // at, in the previews and in Send's warning alike.
    void send_judgesTheHotlineAtTheTerritorysRate()
    {
        MainWindow window(m_temp.settings(), Clock(TestData::sampleNow()), m_profile->store());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *editor = window.findChild<NoticeEditor *>();
        auto *previews = window.findChild<PreviewPanel *>(QStringLiteral("previews"));
        auto *send = window.findChild<QAction *>(QStringLiteral("sendAction"));
        QVERIFY(editor && previews && send);

        for (const bool shortened : {false, true}) {
            Notice notice = longSpokenNotice();
            if (shortened)
                notice.setOverride(kHotline, QStringLiteral("Essais de la sirène de 8h30 à 18h30"));
            editor->setNotice(notice);
            QCOMPARE(previews->outputs().at(1).overLimit, !shortened);
            QCOMPARE(previews->outputs().at(1).measure,
                     HotlineScript::seconds(previews->outputs().at(1).text, 150));
            QStringList refusals;
            QStringList warnings;
            QString script;
            QTimer::singleShot(0, this, [&] {
                auto *dialog =
                    qobject_cast<SendConfirmationDialog *>(QApplication::activeModalWidget());
                if (!dialog)
                    return;
                refusals = dialog->refusals();
                warnings = dialog->warnings();
                script = dialog->findChild<QPlainTextEdit *>(QStringLiteral("confirmation_hotline"))
                             ->toPlainText();
                dialog->reject();
            });
            send->trigger();
            QCOMPARE(script, previews->outputs().at(1).text);
            QVERIFY2(refusals.isEmpty(), qPrintable(refusals.join(QLatin1Char('\n'))));
            QCOMPARE(warnings.filter(QStringLiteral("The hotline script lasts")).size(),
                     shortened ? 0 : 1);
        }
        QVERIFY(m_profile->store().outbox().unsent().isEmpty()); // both dialogs were dismissed
    }

    void englishPostOverLimit_opensItsField_whileTheFrenchPreviewFits()
    {
        MainWindow window(m_temp.settings(), Clock(TestData::sampleNow()), m_profile->store());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *editor = window.findChild<NoticeEditor *>();
        auto *previews = window.findChild<PreviewPanel *>(QStringLiteral("previews"));
        auto *overrides = window.findChild<ChannelOverrides *>();
        auto *show = window.findChild<QPushButton *>(QStringLiteral("showOverrides"));
        QVERIFY(editor && previews && overrides && show);
        QCOMPARE(previews->language(), QStringLiteral("fr"));

        Notice notice = TestData::sample(QStringLiteral("siren-test"));
        notice.setText(QStringLiteral("en"),
                       QString(400, QLatin1Char('a'))
                           .replace(QStringLiteral("aaaa"), QStringLiteral("word ")));
        editor->setNotice(notice);
        // The French preview is within every limit; the English X post is not.
        QVERIFY(!previews->outputs().at(2).overLimit);
        RenderContext context = ChannelRenderer::context(notice, TestData::sampleNow());
        QVERIFY(ChannelRenderer::render(notice, context, QStringLiteral("x"), QStringLiteral("en"))
                    .overLimit);
        QVERIFY(show->isChecked());
        auto *xField = window.findChild<QPlainTextEdit *>(QStringLiteral("override_x"));
        QVERIFY(xField);
        QCOMPARE(labelFor(overrides, xField)->text(),
                 QStringLiteral("X post (too long in English)"));

        // Without the English text, nothing is over: the field is no longer marked.
        notice.setText(QStringLiteral("en"), QString());
        editor->setNotice(notice);
        QCOMPARE(labelFor(overrides, xField)->text(), QStringLiteral("X post"));
    }

private:
    TempSettings m_temp;
    std::optional<TempProfile> m_profile; // a fresh one for each test
};

QTEST_MAIN(TestChannelOverrides)
#include "tst_channeloverrides.moc"
