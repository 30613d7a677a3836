#include "Clock.h"
#include "ConsolePlatform.h"
#include "Localization.h"
#include "MainWindow.h"
#include "NoticeListPanel.h"
#include "Profile.h"
#include "Settings.h"
#include "Store.h"
#include "TempSettings.h"
#include "TestData.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTest>
#include <QTimer>

// The left panel on a real profile, driven from the keyboard: tabs, search, Retry now (Sign
// in… for an operation waiting for a sign-in), Remove and its refusals, and opening a notice.
class TestNoticeListPanel : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_temp = std::make_unique<TempSettings>();
        QVERIFY(m_temp->isValid());
        Localization::apply(QStringLiteral("en"));
        m_store =
            std::make_unique<Store>(Profile(m_temp->filePath(QStringLiteral("profile"))), m_clock);
        QVERIFY2(m_store->open(), qPrintable(m_store->errorString()));
    }

    void cleanup() { m_store.reset(); }

    void failedOperation_retryNow_queuesItAgain()
    {
        const Notice odour = TestData::sample(QStringLiteral("odour-mercaptan"));
        const auto op = m_store->outbox().enqueue(odour, m_user);
        QVERIFY(op);
        QVERIFY(m_store->outbox().markSending(op->id));
        QVERIFY(m_store->outbox().markFailed(op->id, QStringLiteral("The site tge is unknown.")));

        NoticeListPanel panel(*m_store, m_user);
        QSignalSpy retried(&panel, &NoticeListPanel::retryRequested);
        panel.show();
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        auto *tabs = panel.findChild<QTabBar *>(QStringLiteral("noticeSections"));
        QCOMPARE(tabs->tabText(1), QStringLiteral("Out&box (1)"));
        QVERIFY(panel.selectNotice(odour.id()));
        QCOMPARE(panel.section(), NoticeListModel::Section::Outbox);
        auto *retry = panel.findChild<QPushButton *>(QStringLiteral("retryNow"));
        QVERIFY(retry->isVisible());
        QVERIFY(retry->isEnabled());
        QTest::keySequence(&panel, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
        QVERIFY2(retried.count() == 1, qPrintable(panel.message()));
        QCOMPARE(retried.first().first().toString(), op->id);
        QCOMPARE(m_store->outbox().find(op->id)->state, Outbox::State::Queued);
        QCOMPARE(panel.model()
                     .data(panel.model().indexOf(odour.id()), NoticeListModel::StateWordRole)
                     .toString(),
                 QStringLiteral("Queued"));
        // A queued operation has nothing to retry.
        QVERIFY(!retry->isEnabled());
    }

    void waitingForSignIn_theButtonSaysSignIn_andAsksForIt_withoutRequeueing()
    {
        const Notice odour = TestData::sample(QStringLiteral("odour-mercaptan"));
        const Notice smoke = TestData::sample(QStringLiteral("incident-smoke"));
        const auto paused = m_store->outbox().enqueue(odour, m_user);
        const auto failed = m_store->outbox().enqueue(smoke, m_user);
        QVERIFY(paused && failed);
        QVERIFY(m_store->outbox().markSending(paused->id));
        QVERIFY(m_store->outbox().markNeedsSignIn(paused->id, QStringLiteral("401")));
        QVERIFY(m_store->outbox().markSending(failed->id));
        QVERIFY(m_store->outbox().markFailed(failed->id, QStringLiteral("refused")));

        NoticeListPanel panel(*m_store, m_user);
        QSignalSpy signIn(&panel, &NoticeListPanel::signInRequested);
        QSignalSpy retried(&panel, &NoticeListPanel::retryRequested);
        panel.show();
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        auto *button = panel.findChild<QPushButton *>(QStringLiteral("retryNow"));
        QVERIFY(panel.selectNotice(odour.id()));
        QCOMPARE(button->text(), QStringLiteral("Sign in…"));
        QCOMPARE(button->accessibleName(), QStringLiteral("Sign in"));
        QVERIFY(button->isEnabled());

        // The button and its shortcut ask for the sign-in; the operation stays paused, to be
        // queued again by the sender once signed in.
        QTest::mouseClick(button, Qt::LeftButton);
        QTest::keySequence(&panel, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
        QCOMPARE(signIn.count(), 2);
        QCOMPARE(retried.count(), 0);
        QCOMPARE(m_store->outbox().find(paused->id)->state, Outbox::State::NeedsSignIn);

        // Another kind of trouble is retried as before.
        QVERIFY(panel.selectNotice(smoke.id()));
        QCOMPARE(button->text(), QStringLiteral("Retry now"));
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(retried.count(), 1);
        QCOMPARE(signIn.count(), 2);

        // After the sign-in, the outbox resumes and the row is queued: nothing left to do.
        QVERIFY(panel.selectNotice(odour.id()));
        QVERIFY(m_store->outbox().resumeAfterSignIn());
        panel.model().refresh();
        QCOMPARE(button->text(), QStringLiteral("Retry now"));
        QVERIFY(!button->isEnabled());
    }

    void waitingForSignIn_inTheWindow_opensTheSignInDialog()
    {
        const Notice odour = TestData::sample(QStringLiteral("odour-mercaptan"));
        const auto op = m_store->outbox().enqueue(odour, m_user);
        QVERIFY(op);
        QVERIFY(m_store->outbox().markSending(op->id));
        QVERIFY(m_store->outbox().markNeedsSignIn(op->id, QStringLiteral("401")));
        Settings &settings = m_temp->settings();
        // A platform nobody is signed in to (none configured: nothing goes on the network).
        ConsolePlatform platform(settings, *m_store, m_clock);
        MainWindow window(settings, m_clock, *m_store);
        window.attachPlatform(platform);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *panel = window.findChild<NoticeListPanel *>();
        QVERIFY(panel->selectNotice(odour.id()));
        QString opened;
        QTimer::singleShot(0, this, [&opened] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                opened = modal->objectName();
                qobject_cast<QDialog *>(modal)->reject();
            }
        });
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("retryNow")),
                          Qt::LeftButton);
        QCOMPARE(opened, QStringLiteral("signInDialog"));
        QCOMPARE(m_store->outbox().find(op->id)->state, Outbox::State::NeedsSignIn);
    }

    void removing_anOperationBeingSent_isRefused_withTheReason()
    {
        const Notice smoke = TestData::sample(QStringLiteral("incident-smoke"));
        const auto op = m_store->outbox().enqueue(smoke, m_user);
        QVERIFY(op);
        QVERIFY(m_store->outbox().markSending(op->id));
        NoticeListPanel panel(*m_store, m_user);
        QVERIFY(panel.selectNotice(smoke.id()));
        panel.removeCurrent();
        QCOMPARE(panel.message(), Outbox::explain(Outbox::Refusal::OutcomeUnknown, op->id));
        QVERIFY(m_store->outbox().find(op->id));
    }

    void deleteKey_removesAQueuedOne_andTheNoticeGoesBackToDrafts()
    {
        const Notice siren = TestData::sample(QStringLiteral("siren-test"));
        const auto op = m_store->outbox().enqueue(siren, m_user);
        QVERIFY(op);
        NoticeListPanel panel(*m_store, m_user);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.selectNotice(siren.id()));
        auto *list = panel.findChild<QAbstractItemView *>(QStringLiteral("noticeList"));
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Delete);
        QVERIFY(!m_store->outbox().find(op->id));
        QVERIFY(panel.message().startsWith(QStringLiteral("Taken out of the outbox.")));
        QCOMPARE(panel.model().count(NoticeListModel::Section::Drafts), 1);
        QCOMPARE(panel.model().count(NoticeListModel::Section::Outbox), 0);
    }

    void typing_aSearch_filters_andEnterOpensTheNotice()
    {
        for (const char *name : {"odour-mercaptan", "siren-test", "steam-startup"})
            QVERIFY(m_store->drafts().save(TestData::sample(QLatin1String(name)), m_user) > 0);
        NoticeListPanel panel(*m_store, m_user);
        QSignalSpy opened(&panel, &NoticeListPanel::noticeOpened);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *list = panel.findChild<QAbstractItemView *>(QStringLiteral("noticeList"));
        QCOMPARE(list->model()->rowCount(), 3);
        QTest::keySequence(&panel, QKeySequence::Find);
        auto *search = panel.findChild<QLineEdit *>(QStringLiteral("noticeSearch"));
        QVERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("vapeur"));
        QTRY_COMPARE(list->model()->rowCount(), 1);
        list->setFocus();
        list->setCurrentIndex(list->model()->index(0, 0));
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().first().toString(),
                 TestData::sample(QStringLiteral("steam-startup")).id());
    }

    void oneClick_opensTheNotice()
    {
        const Notice siren = TestData::sample(QStringLiteral("siren-test"));
        QVERIFY(m_store->drafts().save(siren, m_user) > 0);
        NoticeListPanel panel(*m_store, m_user);
        QSignalSpy opened(&panel, &NoticeListPanel::noticeOpened);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *list = panel.findChild<QAbstractItemView *>(QStringLiteral("noticeList"));
        const QRect row = list->visualRect(list->model()->index(0, 0));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, row.center());
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().first().toString(), siren.id());
    }

    void everyControl_hasAnAccessibleName()
    {
        // An outbox with a notice in each kind of trouble, for the screenshot too.
        const QStringList names = {QStringLiteral("odour-mercaptan"), QStringLiteral("siren-test"),
                                   QStringLiteral("incident-smoke"),
                                   QStringLiteral("steam-startup"),
                                   QStringLiteral("exercise-status")};
        QStringList ops;
        for (const QString &name : names) {
            const auto op = m_store->outbox().enqueue(TestData::sample(name), m_user);
            QVERIFY(op);
            ops.append(op->id);
        }
        QVERIFY(m_store->outbox().markSending(ops.at(0)));
        QVERIFY(
            m_store->outbox().markFailed(ops.at(0), QStringLiteral("The site tge is unknown.")));
        QVERIFY(m_store->outbox().markSending(ops.at(1)));
        QVERIFY(m_store->outbox().markRetry(ops.at(1), m_clock.now().addSecs(300),
                                            QStringLiteral("the platform did not answer")));
        QVERIFY(m_store->outbox().markSending(ops.at(2)));
        QVERIFY(m_store->outbox().markConflict(ops.at(2), QStringLiteral("revision 2")));
        QVERIFY(m_store->outbox().markSending(ops.at(3)));
        QVERIFY(m_store->outbox().markNeedsSignIn(ops.at(3), QStringLiteral("401")));
        QVERIFY(m_store->drafts().save(TestData::sample(QStringLiteral("poi-drill")), m_user) > 0);
        NoticeListPanel panel(*m_store, m_user);
        panel.resize(340, 560);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.selectNotice(TestData::sample(QStringLiteral("siren-test")).id()));
        panel.grab().save(QStringLiteral("noticelistpanel-outbox.png"));
        for (QWidget *w : panel.findChildren<QWidget *>()) {
            if (w->focusPolicy() == Qt::NoFocus || qobject_cast<QLabel *>(w) ||
                w->objectName().startsWith(QLatin1String("qt_")) || !w->parentWidget() ||
                w->parentWidget()->objectName().startsWith(QLatin1String("qt_")))
                continue;
            if (w->objectName().isEmpty())
                continue; // Qt's own parts (the line edit's clear button, the view's viewport)
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
    }

private:
    std::unique_ptr<TempSettings> m_temp;
    Clock m_clock{QDateTime::fromString(QStringLiteral("2026-03-26T10:00:00+01:00"), Qt::ISODate)};
    std::unique_ptr<Store> m_store;
    const QString m_user = QStringLiteral("officer");
};

QTEST_MAIN(TestNoticeListPanel)
#include "tst_noticelistpanel.moc"
