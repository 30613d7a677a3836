#include "ChannelRenderer.h"
#include "HotlineVoice.h"
#include "Localization.h"
#include "NoticeName.h"
#include "SendConfirmationDialog.h"
#include "TestData.h"
#include "WebCard.h"

#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>

// The last look before sending: exactly what each channel publishes, and a Send that refuses,
// with the reason, what the platform would refuse or a channel could not carry.
class TestSendConfirmation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Localization::apply(QStringLiteral("en")); }

    void validNotice_showsEveryChannel_andCtrlEnterSends()
    {
        const Notice notice = TestData::sample(QStringLiteral("siren-test"));
        // As the console passes it: with the voice's duration of the script.
        RenderContext context = ChannelRenderer::context(notice, TestData::sampleNow());
        QCOMPARE(HotlineVoice::measure(notice, context), QString());
        SendConfirmationDialog dialog(notice, context);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY2(dialog.canSend(), qPrintable(dialog.refusals().join(QLatin1Char('\n'))));
        auto *send = dialog.findChild<QPushButton *>(QStringLiteral("confirmSend"));
        QVERIFY(send->isEnabled());

        // The same text the platform publishes, byte for byte (toRawText: toPlainText would turn
        // the French no-break spaces into plain ones).
        const ChannelOutput x =
            ChannelRenderer::render(notice, context, QStringLiteral("x"), QStringLiteral("fr"));
        QCOMPARE(dialog.findChild<QPlainTextEdit *>(QStringLiteral("confirmation_x"))
                     ->document()
                     ->toRawText(),
                 x.text);
        const ChannelOutput hotline = ChannelRenderer::render(
            notice, context, QStringLiteral("hotline"), QStringLiteral("fr"));
        QCOMPARE(dialog.findChild<QPlainTextEdit *>(QStringLiteral("confirmation_hotline"))
                     ->toPlainText(),
                 hotline.text);
        QCOMPARE(
            dialog.findChild<QGroupBox *>(QStringLiteral("confirmationBox_hotline"))->title(),
            QStringLiteral("Hotline (spoken) — %1 s of 60 s at most").arg(qRound(hotline.measure)));
        QVERIFY(!hotline.estimated);
        // Before the voice has said it, the estimate is shown as one.
        const RenderContext unsaid = ChannelRenderer::context(notice, TestData::sampleNow());
        SendConfirmationDialog estimated(notice, unsaid);
        QCOMPARE(
            estimated.findChild<QGroupBox *>(QStringLiteral("confirmationBox_hotline"))->title(),
            QStringLiteral("Hotline (spoken) — about %1 s of 60 s at most (estimate)")
                .arg(qRound(ChannelRenderer::render(notice, unsaid, QStringLiteral("hotline"),
                                                    QStringLiteral("fr"))
                                .measure)));
        QCOMPARE(dialog.findChild<QGroupBox *>(QStringLiteral("confirmationBox_x"))->title(),
                 QStringLiteral("X post — %1/280 characters").arg(x.measure));
        auto *web = dialog.findChild<QTextBrowser *>(QStringLiteral("confirmation_web"));
        QVERIFY(web->toPlainText().contains(QStringLiteral("Dépôt pétrolier")));
        QCOMPARE(web->document()->defaultStyleSheet(), WebCard::styleSheet());
        dialog.grab().save(QStringLiteral("sendconfirmation.png"));

        // No button is drawn as the default one, since a bare Enter presses none; the way to
        // send is written beside the buttons.
        for (const QPushButton *button : dialog.findChildren<QPushButton *>())
            QVERIFY2(!button->isDefault(), qPrintable(button->text()));
        auto *hint = dialog.findChild<QLabel *>(QStringLiteral("sendHint"));
        QVERIFY(hint->isVisible());
        QCOMPARE(hint->text(), QStringLiteral("Ctrl+Enter to send"));

        // A bare Enter must not send; Ctrl+Enter does.
        QTest::keyClick(&dialog, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QTest::keyClick(&dialog, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    // Enter does nothing wherever the keyboard is, the Send button included, no button is drawn
    // as Enter's, and the hint beside the buttons says what sends, in the user's language.
    void bareEnter_sendsNothing_whereverTheFocusIs_andTheHintSaysHow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("hint");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Ctrl+Entrée pour envoyer");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Ctrl+Enter to send");
    }
    void bareEnter_sendsNothing_whereverTheFocusIs_andTheHintSaysHow()
    {
        QFETCH(QString, language);
        QFETCH(QString, hint);
        Localization::apply(language);
        const Notice notice = TestData::sample(QStringLiteral("siren-test"));
        SendConfirmationDialog dialog(notice,
                                      ChannelRenderer::context(notice, TestData::sampleNow()));
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QVERIFY(dialog.canSend());
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("sendHint"))->text(), hint);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        int controls = 0;
        for (QWidget *control : dialog.findChildren<QWidget *>()) {
            if (!(control->focusPolicy() & Qt::TabFocus) || !control->isVisible() ||
                !control->isEnabled())
                continue;
            ++controls;
            control->setFocus(Qt::TabFocusReason);
            QCOMPARE(QApplication::focusWidget(), control);
            for (const QPushButton *button : dialog.findChildren<QPushButton *>())
                QVERIFY2(!button->isDefault(),
                         qPrintable(button->text() + " drawn as default, focus on " +
                                    control->objectName()));
            QTest::keyClick(control, Qt::Key_Return);
            QTest::keyClick(control, Qt::Key_Enter, Qt::KeypadModifier);
            QVERIFY2(dialog.isVisible() && accepted.isEmpty(), qPrintable(control->objectName()));
        }
        QVERIFY(controls >= 7); // the web card, four posts, the two buttons (and the language)
        Localization::apply(QStringLiteral("en"));
    }

    // The window says which notice is about to go: type, company, site and period.
    void title_namesTheNotice()
    {
        const Notice notice = TestData::sample(QStringLiteral("siren-test"));
        SendConfirmationDialog dialog(notice,
                                      ChannelRenderer::context(notice, TestData::sampleNow()));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Check and send: ") + NoticeName::of(notice));
        QVERIFY(!notice.company().isEmpty());
        QVERIFY(dialog.windowTitle().contains(notice.company())); // named, not by its id
    }

    void escape_goesBackToEditing_wherever_theFocusIs()
    {
        const Notice notice = TestData::sample(QStringLiteral("siren-test"));
        for (const char *focused : {"confirmSend", "confirmation_x", "confirmationLanguage"}) {
            SendConfirmationDialog dialog(notice,
                                          ChannelRenderer::context(notice, TestData::sampleNow()));
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QWidget *field = dialog.findChild<QWidget *>(QLatin1String(focused));
            field->setFocus();
            QTest::keyClick(field, Qt::Key_Escape);
            QVERIFY2(!dialog.isVisible(), focused);
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
        }
    }

    void refusedNotice_showsNoSendHint()
    {
        Notice notice = TestData::sample(QStringLiteral("siren-test"));
        notice.setCompany(QString());
        SendConfirmationDialog dialog(notice,
                                      ChannelRenderer::context(notice, TestData::sampleNow()));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.canSend());
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("sendHint"))->isVisible());
    }

    void exercise_showsItsBand()
    {
        const Notice notice = TestData::sample(QStringLiteral("exercise-status"));
        SendConfirmationDialog dialog(notice,
                                      ChannelRenderer::context(notice, TestData::sampleNow()));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("confirmationBand"))
                    ->text()
                    .startsWith(QStringLiteral("EXERCISE")));
        dialog.grab().save(QStringLiteral("sendconfirmation-exercise.png"));
    }

    void testAndRealNotices_showTheirOwnBands()
    {
        const Notice test = TestData::sample(QStringLiteral("seed-test-message"));
        SendConfirmationDialog testDialog(test,
                                          ChannelRenderer::context(test, TestData::sampleNow()));
        auto *band = testDialog.findChild<QLabel *>(QStringLiteral("confirmationBand"));
        QCOMPARE(band->text(), QStringLiteral("TEST — this notice will be published as a test"));
        QVERIFY(band->styleSheet().contains(QLatin1String("#6a1b9a")));
        QVERIFY(!band->isHidden());

        // A real notice says where it goes, on the dark band.
        const Notice real = TestData::sample(QStringLiteral("siren-test"));
        const RenderContext context = ChannelRenderer::context(real, TestData::sampleNow());
        SendConfirmationDialog realDialog(real, context);
        band = realDialog.findChild<QLabel *>(QStringLiteral("confirmationBand"));
        QVERIFY(band->text().startsWith(QStringLiteral("Real notice:")));
        QVERIFY(band->text().contains(context.territory.name));
        QVERIFY(band->styleSheet().contains(QLatin1String("#1d3b5c")));
        QCOMPARE(band->accessibleName(), band->text());
        QVERIFY(!band->isHidden());
    }

    void overLimit_withoutOverride_refusesSend_andSaysWhy()
    {
        // The maintenance sample's X post is 299 of 280 characters (with the space before the
        // French colon).
        Notice notice = TestData::sample(QStringLiteral("flaring-maintenance"));
        SendConfirmationDialog dialog(notice,
                                      ChannelRenderer::context(notice, TestData::sampleNow()));
        QVERIFY(!dialog.canSend());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("confirmSend"))->isEnabled());
        const QStringList refusals = dialog.refusals();
        QVERIFY2(refusals.filter(QStringLiteral("In French: The X post weighs 299 characters; X "
                                                "takes 280 at most."))
                         .size() == 1,
                 qPrintable(refusals.join(QLatin1Char('\n'))));
        QCOMPARE(refusals.size(), 1);
        QVERIFY(dialog.findChild<QGroupBox *>(QStringLiteral("confirmationBox_x"))
                    ->title()
                    .endsWith(QStringLiteral("OVER THE LIMIT")));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("confirmationProblems"))
                    ->isVisibleTo(&dialog));
        dialog.grab().save(QStringLiteral("sendconfirmation-overlimit.png"));
        QTest::keyClick(&dialog, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));

        // A short X text of its own fixes X (and only X).
        notice.setOverride(QStringLiteral("x"),
                           QStringLiteral("Torchage visible à Gonfreville les 27 et 28 mars."));
        SendConfirmationDialog fixed(notice,
                                     ChannelRenderer::context(notice, TestData::sampleNow()));
        QVERIFY2(fixed.canSend(), qPrintable(fixed.refusals().join(QLatin1Char('\n'))));
    }

    void noticeWithErrors_refusesSend_naming_theField()
    {
        Notice notice = TestData::sample(QStringLiteral("siren-test"));
        Site site = notice.site();
        site.commune.clear();
        notice.setSite(site);
        SendConfirmationDialog dialog(notice,
                                      ChannelRenderer::context(notice, TestData::sampleNow()));
        QVERIFY(!dialog.canSend());
        QVERIFY2(dialog.refusals().first().startsWith(QStringLiteral("site.commune: ")),
                 qPrintable(dialog.refusals().join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestSendConfirmation)
#include "tst_sendconfirmation.moc"
