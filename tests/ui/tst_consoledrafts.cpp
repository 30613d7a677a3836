#include "Localization.h"
#include "MainWindow.h"
#include "NoticeEditor.h"
#include "NoticeListPanel.h"
#include "Profile.h"
#include "PublicationMoment.h"
#include "SendConfirmationDialog.h"
#include "Settings.h"
#include "Store.h"
#include "TempSettings.h"
#include "TerritoryCatalog.h"
#include "TestData.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

// The console on a real profile: what the officer types is in the store, and comes back after
// the window is closed and opened again.
class TestConsoleDrafts : public QObject
{
    Q_OBJECT

private slots:
    void typedNotice_isSaved_andResumedAfterARestart()
    {
        TempSettings temp;
        QVERIFY(temp.isValid());
        Localization::apply(QStringLiteral("fr"));
        Settings &settings = temp.settings();
        const Clock clock(
            QDateTime::fromString(QStringLiteral("2026-03-26T10:12:00+01:00"), Qt::ISODate));
        const Profile profile(temp.filePath(QStringLiteral("profile")));
        QString id;
        {
            Store store(profile, clock);
            QVERIFY2(store.open(), qPrintable(store.errorString()));
            MainWindow window(settings, clock, store);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *company = window.findChild<QLineEdit *>(QStringLiteral("company"));
            QTest::keyClicks(company, QStringLiteral("Chimie du Val"));
            id = window.findChild<NoticeEditor *>()->notice().id();
            QVERIFY(window.close()); // flushes the pending change at once
            // At the program's clock (--now), in the territory's time, not the machine's.
            QVERIFY2(
                window.findChild<QLabel *>(QStringLiteral("autosaveState"))
                    ->text()
                    .startsWith(QStringLiteral("Brouillon enregistré à 10:12:00")),
                qPrintable(window.findChild<QLabel *>(QStringLiteral("autosaveState"))->text()));
        }
        Store store(profile, clock);
        QVERIFY2(store.open(), qPrintable(store.errorString()));
        const auto saved = store.drafts().load(id);
        QVERIFY(saved);
        QCOMPARE(saved->company(), QStringLiteral("Chimie du Val"));
        MainWindow again(settings, clock, store);
        QCOMPARE(again.findChild<NoticeEditor *>()->notice().id(), id);
        QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("company"))->text(),
                 QStringLiteral("Chimie du Val"));
    }

    // Only what the officer wrote is a draft: neither the fresh notice that follows a send nor
    // the one Ctrl+N starts is saved until typed into, and the word that the notice is queued
    // shows whole.
    void sendAndCtrlN_leaveNoEmptyDraft_andTheQueuedMessageShowsWhole()
    {
        TempSettings temp;
        QVERIFY(temp.isValid());
        Localization::apply(QStringLiteral("fr"));
        const Clock clock(TestData::sampleNow());
        Store store(Profile(temp.filePath(QStringLiteral("profile"))), clock);
        QVERIFY2(store.open(), qPrintable(store.errorString()));
        MainWindow window(temp.settings(), clock, store);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *editor = window.findChild<NoticeEditor *>();
        const Notice sample = TestData::sample(QStringLiteral("siren-test"));
        editor->setNotice(sample);

        bool sendable = false;
        QTimer::singleShot(0, this, [&sendable] {
            auto *dialog =
                qobject_cast<SendConfirmationDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            sendable = dialog->canSend();
            dialog->findChild<QPushButton *>(QStringLiteral("confirmSend"))->click();
            if (dialog->isVisible())
                dialog->reject(); // the comparisons below then say what went wrong
        });
        QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(sendable);
        QVERIFY(store.drafts().summary(sample.id()));
        QCOMPARE(store.drafts().summary(sample.id())->state, NoticeState::Queued);
        QVERIFY(editor->notice().id() != sample.id());
        const QString message = window.findChild<NoticeListPanel *>()->message();
        QVERIFY2(message.startsWith(QStringLiteral("Avis mis en file d'attente.")),
                 qPrintable(message));
        QVERIFY2(message.endsWith(PublicationMoment::sentence(
                     sample.type(), TerritoryCatalog::builtIn().find(sample.territory()), false)),
                 qPrintable(message));
        auto *shown = window.findChild<QLabel *>(QStringLiteral("noticeListMessage"));
        QVERIFY(shown->isVisible());
        QVERIFY(shown->wordWrap());
        QTRY_VERIFY2(shown->height() >= shown->heightForWidth(shown->width()),
                     qPrintable(QStringLiteral("%1 px high, %2 needed")
                                    .arg(shown->height())
                                    .arg(shown->heightForWidth(shown->width()))));

        // Neither the notice the send started nor one Ctrl+N starts over it is a draft yet, once
        // the keyboard has moved (which saves at once what is to be saved).
        DraftStore::Filter drafts;
        drafts.state = NoticeState::Draft;
        window.activateWindow(); // back from the dialog
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::ControlModifier);
        window.findChild<QLineEdit *>(QStringLiteral("company"))->setFocus();
        QVERIFY(store.drafts().list(drafts).isEmpty());

        // Ctrl+N over a typed notice keeps that one and starts an unsaved one, with the
        // keyboard in its first field.
        auto *company = window.findChild<QLineEdit *>(QStringLiteral("company"));
        company->setFocus();
        QTest::keyClicks(company, QStringLiteral(" SA"));
        const QString typed = editor->notice().id();
        QTest::keyClick(company, Qt::Key_N, Qt::ControlModifier);
        QVERIFY(editor->notice().id() != typed);
        QCOMPARE(QApplication::focusWidget(),
                 window.findChild<QComboBox *>(QStringLiteral("type")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::ControlModifier);
        window.hide();           // hidden, closing does not ask about the queued notice
        QVERIFY(window.close()); // flushes any pending save

        QStringList ids;
        for (const DraftStore::Summary &draft : store.drafts().list(drafts))
            ids.append(draft.id);
        QCOMPARE(ids, QStringList{typed});
    }
};

QTEST_MAIN(TestConsoleDrafts)
#include "tst_consoledrafts.moc"
