// What the officer does to a sent notice (settle a conflict, end it, cancel it), through the
// real NoticeActions, ConsolePlatform and dialogs, against the in-process sandbox over HTTPS
// with a real profile and the real keychain.

#include "CertificateFactory.h"
#include "ConflictDialog.h"
#include "ConsolePlatform.h"
#include "DecisionDialog.h"
#include "Localization.h"
#include "NoticeActions.h"
#include "NoticeEditor.h"
#include "NoticeName.h"
#include "NoticeRowsModel.h"
#include "Profile.h"
#include "SandboxHarness.h"
#include "Settings.h"
#include "Store.h"
#include "TempSettings.h"
#include "Vocabulary.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <functional>

namespace {

constexpr int kWaitMs = 20000;
const QString kIssuer = QStringLiteral("issuer.chimie");

// Calls answer with the first visible T under parent, as soon as one appears (a dialog run with
// exec() blocks the test's stack, so the answer has to come from the event loop).
template<typename T> class ModalAnswer
{
public:
    ModalAnswer(QWidget *parent, std::function<void(T *)> answer)
    {
        QObject::connect(&m_poll, &QTimer::timeout, parent, [this, parent, answer] {
            for (T *dialog : parent->findChildren<T *>()) {
                if (!dialog->isVisible())
                    continue;
                m_poll.stop();
                ++m_answered;
                QApplication::setActiveWindow(dialog); // for its Ctrl+Return shortcut
                answer(dialog);
                return;
            }
        });
        m_poll.start(20);
    }
    int answered() const { return m_answered; }

private:
    QTimer m_poll;
    int m_answered = 0;
};

} // namespace

class TestNoticeActions : public QObject
{
    Q_OBJECT

    Clock m_clock;
    std::unique_ptr<SandboxHarness> m_sandbox;
    std::unique_ptr<TempSettings> m_temp;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ConsolePlatform> m_platform;
    std::unique_ptr<QWidget> m_window;
    NoticeEditor *m_editor = nullptr;
    NoticeActions *m_actions = nullptr;

    // A notice the platform has (its create sent), and its JSON.
    QJsonObject sentNotice()
    {
        const QJsonObject json = SandboxHarness::notice(
            QStringLiteral("flaring-maintenance"), QStringLiteral("Chimie de la Vallée"),
            QStringLiteral("rouen-metropole"), QStringLiteral("cv-grand-quevilly"));
        const auto op = m_store->outbox().enqueue(Notice(json), kIssuer);
        if (!op)
            return {};
        m_platform->sender().sendNow();
        if (!QTest::qWaitFor(
                [&] { return m_store->outbox().find(op->id)->state == Outbox::State::Sent; },
                kWaitMs))
            return {};
        return json;
    }

private slots:
    void init()
    {
        Localization::apply(QStringLiteral("en"));
        m_sandbox = std::make_unique<SandboxHarness>();
        QVERIFY(m_sandbox->isReady());
        m_temp = std::make_unique<TempSettings>();
        QVERIFY(m_temp->isValid());
        Settings &settings = m_temp->settings();
        settings.setValue(Settings::Key::PlatformUrl,
                          QStringLiteral("https://127.0.0.1:%1").arg(m_sandbox->port()));
        settings.setValue(
            Settings::Key::PlatformCaFile,
            QDir(m_sandbox->dataDir()).filePath(QLatin1String(CertificateFactory::caFile)));
        settings.setValue(Settings::Key::RetryBaseSeconds, 1);
        m_store =
            std::make_unique<Store>(Profile(m_temp->filePath(QStringLiteral("profile"))), m_clock);
        QVERIFY2(m_store->open(), qPrintable(m_store->errorString()));
        m_platform = std::make_unique<ConsolePlatform>(settings, *m_store, m_clock);
        QCOMPARE(m_platform->connectConfigured(), QString());
        QSignalSpy signedIn(&m_platform->session(), &Session::finished);
        m_platform->session().signIn(kIssuer, SandboxHarness::passwordOf(kIssuer));
        QVERIFY(signedIn.wait(kWaitMs));
        QVERIFY2(signedIn.last().at(0).toBool(), qPrintable(signedIn.last().at(1).toString()));

        m_window = std::make_unique<QWidget>();
        m_editor = new NoticeEditor(m_clock, m_window.get());
        m_actions = new NoticeActions(m_window.get(), *m_store, *m_editor);
        m_actions->setPlatform(m_platform.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_platform.reset();
        m_store.reset();
        m_temp.reset();
        m_sandbox.reset();
    }

    void conflict_fetchSurvivesAnExpiredAccessToken_andKeepsMine()
    {
        QJsonObject json = sentNotice();
        QVERIFY(!json.isEmpty());
        const QString id = json.value(QStringLiteral("id")).toString();

        // A coordinator revises it on the platform; our update, based on the first revision,
        // is then refused (412) and kept as a conflict.
        const QString coordinator = m_sandbox->signIn(QStringLiteral("coord.anne"));
        const auto current =
            m_sandbox->call(coordinator, "GET", QStringLiteral("/v1/notices/") + id);
        QJsonObject theirs = json;
        theirs.insert(QStringLiteral("status"), QStringLiteral("test"));
        QCOMPARE(m_sandbox
                     ->call(coordinator, "PUT", QStringLiteral("/v1/notices/") + id, theirs,
                            SandboxHarness::newKey(), {{"If-Match", current.header("ETag")}})
                     .status,
                 200);
        json.insert(QStringLiteral("status"), QStringLiteral("exercise"));
        const auto update = m_store->outbox().enqueue(Notice(json), kIssuer);
        QVERIFY(update);
        m_platform->sender().sendNow();
        QTRY_COMPARE_WITH_TIMEOUT(m_store->outbox().find(update->id)->state,
                                  Outbox::State::Conflict, kWaitMs);

        // The officer comes back after the access token's lifetime (the refresh token's 30 days
        // are far off): the platform now answers 401 to the token the console holds.
        const QString expired = m_platform->connection().accessToken();
        m_sandbox->clock().setFixed(
            m_sandbox->clock().now().addSecs(SandboxHarness::kAccessLifetime + 3600));
        QCOMPARE(m_sandbox->call(expired, "GET", QStringLiteral("/v1/me")).status, 401);

        QString platformStatus;
        ModalAnswer<ConflictDialog> keepMine(m_window.get(), [&](ConflictDialog *dialog) {
            dialog->setChoice(ConflictDialog::Choice::TakePlatform);
            platformStatus = dialog->result().status();
            dialog->setChoice(ConflictDialog::Choice::KeepMine);
            dialog->findChild<QPushButton *>(QStringLiteral("conflictResend"))->click();
        });
        QSignalSpy queued(m_actions, &NoticeActions::queued);
        QSignalSpy problem(m_actions, &NoticeActions::problem);
        m_actions->resolveConflict(id, update->id);
        QTRY_VERIFY_WITH_TIMEOUT(!queued.isEmpty() || !problem.isEmpty(), kWaitMs);
        QVERIFY2(problem.isEmpty(), qPrintable(problem.value(0).value(0).toString()));
        QCOMPARE(keepMine.answered(), 1);
        QCOMPARE(platformStatus, QStringLiteral("test")); // the coordinator's, fetched
        QCOMPARE(queued.first().at(0).toString(), id);
        // The fetch refreshed the sign-in once and tried again.
        QVERIFY(m_platform->connection().accessToken() != expired);
        QCOMPARE(m_platform->session().state(), Session::State::SignedIn);

        // Mine goes again on the platform's revision: applied over theirs, not refused.
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->store().revisions(id).size(), 3, kWaitMs);
        QCOMPARE(m_store->outbox().find(update->id), std::nullopt);
        const auto last = m_sandbox->call(m_platform->connection().accessToken(), "GET",
                                          QStringLiteral("/v1/notices/") + id);
        QCOMPARE(last.json.value(QStringLiteral("notice"))
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("exercise"));
    }

    void endNow_asksTheReasonInTheDecisionDialog_thenEndsOnThePlatform()
    {
        const QJsonObject json = sentNotice();
        QVERIFY(!json.isEmpty());
        const QString id = json.value(QStringLiteral("id")).toString();

        // The suggested reason is offered; emptied, OK is refused with a message under the box.
        QString question;
        QString suggested;
        bool okWhenEmpty = true;
        bool messageWhenEmpty = false;
        bool messageWhenFilled = true;
        bool openAfterEmptyConfirm = false;
        QStringList buttons;
        ModalAnswer<DecisionDialog> answer(m_window.get(), [&](DecisionDialog *dialog) {
            question = dialog->findChild<QLabel *>(QStringLiteral("decisionQuestion"))->text();
            for (const QAbstractButton *button : dialog->findChild<QDialogButtonBox *>()->buttons())
                buttons.append(button->text());
            suggested = dialog->comment();
            auto *box = dialog->findChild<QPlainTextEdit *>(QStringLiteral("decisionComment"));
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            auto *message = dialog->findChild<QLabel *>(QStringLiteral("decisionCommentProblem"));
            box->selectAll();
            QTest::keyClick(box, Qt::Key_Delete);
            okWhenEmpty = ok->isEnabled();
            messageWhenEmpty = message->isVisible();
            QTest::keyClick(box, Qt::Key_Return, Qt::ControlModifier);
            openAfterEmptyConfirm = dialog->isVisible();
            QTest::keyClicks(box, "Flaring stopped at 11:00.");
            messageWhenFilled = message->isVisible();
            QTest::keyClick(box, Qt::Key_Return, Qt::ControlModifier);
        });
        QSignalSpy queued(m_actions, &NoticeActions::queued);
        m_actions->endNow(id);
        QCOMPARE(answer.answered(), 1);
        // The notice is named by type, company, site and period; the buttons say what they do.
        const Notice sent(json);
        QVERIFY2(question.startsWith(
                     QStringLiteral("End %1 — Chimie de la Vallée, %2 — ")
                         .arg(Vocabulary::typeLabel(sent.type()), NoticeRowsModel::siteText(sent))),
                 qPrintable(question));
        buttons.sort();
        QCOMPARE(buttons, QStringList({"End the notice", "Keep the notice"}));
        QCOMPARE(suggested, QStringLiteral("The event is over."));
        QVERIFY(!okWhenEmpty);
        QVERIFY(messageWhenEmpty);
        QVERIFY(openAfterEmptyConfirm); // an empty reason is refused
        QVERIFY(!messageWhenFilled);
        QCOMPARE(queued.size(), 1);

        // Queued as an end operation with the typed reason, and applied by the platform.
        const auto ops = m_store->outbox().list();
        const auto end = std::find_if(ops.cbegin(), ops.cend(), [&](const Outbox::Operation &op) {
            return op.noticeId == id && op.kind == Outbox::Kind::End;
        });
        QVERIFY(end != ops.cend());
        QCOMPARE(end->user, kIssuer); // the journal names the platform user when signed in
        QCOMPARE(end->payload.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("Flaring stopped at 11:00."));
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->store().notice(id)->state, QStringLiteral("ended"),
                                  kWaitMs);
        QCOMPARE(m_sandbox->store().notice(id)->reason,
                 QStringLiteral("Flaring stopped at 11:00."));
    }

    void cancel_needsAReason_escapeQueuesNothing()
    {
        const QJsonObject json = sentNotice();
        QVERIFY(!json.isEmpty());
        const QString id = json.value(QStringLiteral("id")).toString();
        const qsizetype before = m_store->outbox().list().size();

        // Nothing is suggested for a cancellation; Escape leaves everything as it was.
        bool okAtFirst = true;
        bool messageAtFirst = false;
        ModalAnswer<DecisionDialog> escape(m_window.get(), [&](DecisionDialog *dialog) {
            okAtFirst =
                dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
            messageAtFirst =
                dialog->findChild<QLabel *>(QStringLiteral("decisionCommentProblem"))->isVisible();
            QTest::keyClick(dialog->focusWidget(), Qt::Key_Escape);
        });
        QSignalSpy queued(m_actions, &NoticeActions::queued);
        QSignalSpy problem(m_actions, &NoticeActions::problem);
        m_actions->cancel(id);
        QCOMPARE(escape.answered(), 1);
        QVERIFY(!okAtFirst);
        QVERIFY(messageAtFirst);
        QVERIFY(queued.isEmpty());
        QVERIFY(problem.isEmpty());
        QCOMPARE(m_store->outbox().list().size(), before);

        QString question;
        QStringList buttons;
        ModalAnswer<DecisionDialog> confirm(m_window.get(), [&](DecisionDialog *dialog) {
            question = dialog->findChild<QLabel *>(QStringLiteral("decisionQuestion"))->text();
            for (const QAbstractButton *button : dialog->findChild<QDialogButtonBox *>()->buttons())
                buttons.append(button->text());
            QTest::keyClicks(dialog->focusWidget(), "Maintenance postponed.");
            QTest::keyClick(dialog->focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        });
        m_actions->cancel(id);
        QCOMPARE(confirm.answered(), 1);
        // Named as the end is, and the buttons say what they do.
        QVERIFY2(
            question.startsWith(QStringLiteral("Cancel %1?").arg(NoticeName::of(Notice(json)))),
            qPrintable(question));
        buttons.sort();
        QCOMPARE(buttons, QStringList({"Cancel the notice", "Keep the notice"}));
        QCOMPARE(queued.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->store().notice(id)->state, QStringLiteral("cancelled"),
                                  kWaitMs);
        QCOMPARE(m_sandbox->store().notice(id)->reason, QStringLiteral("Maintenance postponed."));
    }
};

QTEST_MAIN(TestNoticeActions)
#include "tst_noticeactions.moc"
