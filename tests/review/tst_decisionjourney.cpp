// The loop between two accounts over real HTTPS, on the allo-sandbox program: the issuer's real
// console window submits, the coordinator requests changes with a comment, the issuer's list and
// composer show that comment, the revision goes out without a false conflict, the coordinator
// approves, and every public channel serves the new text in both languages.

#include "ConsolePlatform.h"
#include "DesktopNotifier.h"
#include "IsoTime.h"
#include "IssuerDecisions.h"
#include "Localization.h"
#include "MainWindow.h"
#include "NoticeDetails.h"
#include "NoticeEditor.h"
#include "NoticeListPanel.h"
#include "ReviewActions.h"
#include "ReviewQueue.h"
#include "ReviewTestSupport.h"
#include "SendConfirmationDialog.h"
#include "Settings.h"
#include "TempSettings.h"

#include <QApplication>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

namespace {

constexpr int kWaitMs = 30000;

// The coordinator's decision on the latest revision of id, sent and settled.
bool decide(ReviewClient &coordinator, const QString &id, ReviewActions::Decision decision,
            const QString &comment)
{
    ReviewQueue queue(coordinator.connection, &coordinator.session);
    queue.setReviewer(coordinator.user());
    QSignalSpy updated(&queue, &ReviewQueue::updated);
    queue.refresh();
    if (!updated.wait(kWaitMs))
        return false;
    const auto submitted = queue.find(id);
    if (!submitted)
        return false;
    ReviewActions actions(coordinator.store);
    const auto queued = actions.decide(*submitted, decision, comment, coordinator.user());
    return queued.operation &&
           coordinator.sendAndWait(queued.operation->id).state == Outbox::State::Sent;
}

QString rowWord(NoticeListPanel &list, const QString &id)
{
    NoticeListModel &model = list.model();
    return model.data(model.indexOf(id), NoticeListModel::StateWordRole).toString();
}

// Sends the notice in the window's composer through its confirmation dialog.
bool sendFromWindow(MainWindow &window)
{
    bool confirmed = false;
    QTimer::singleShot(0, &window, [&confirmed] {
        auto *dialog = qobject_cast<SendConfirmationDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        confirmed = dialog->canSend();
        dialog->accept();
    });
    window.findChild<QAction *>(QStringLiteral("sendAction"))->trigger();
    return confirmed;
}

} // namespace

class TestDecisionJourney : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    TempSettings m_temp;

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.isReady());
        QVERIFY(m_temp.isValid());
        Localization::apply(QStringLiteral("en"));
    }

    void requestChanges_reachesTheIssuer_whoRevises_withoutConflict_andItIsPublished()
    {
        Settings &settings = m_temp.settings();
        settings.setValue(Settings::Key::PlatformUrl, m_sandbox.url());
        settings.setValue(Settings::Key::PlatformCaFile, m_sandbox.caFile());
        Clock clock(*IsoTime::parse(SandboxProcess::now()));
        Store store(Profile(m_temp.filePath(QStringLiteral("profile"))), clock);
        QVERIFY2(store.open(), qPrintable(store.errorString()));
        ConsolePlatform platform(settings, store, clock);
        QCOMPARE(platform.connectConfigured(), QString());
        QSignalSpy signedIn(&platform.session(), &Session::finished);
        platform.session().signIn(QStringLiteral("issuer.chimie"),
                                  QStringLiteral("training-chimie"));
        QVERIFY(signedIn.wait(kWaitMs) && signedIn.first().at(0).toBool());
        MainWindow window(settings, clock, store);
        window.attachPlatform(platform);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ReviewClient anne(m_sandbox, QStringLiteral("coord.anne"));
        QVERIFY(anne.signIn());

        // The officer submits a flaring notice from the composer: sent is not public.
        const Notice notice(ReviewTest::notice(QStringLiteral("flaring-maintenance"),
                                               ReviewTest::chimie(), ReviewTest::chimieSite()));
        auto *editor = window.findChild<NoticeEditor *>();
        editor->setNotice(notice);
        QVERIFY(sendFromWindow(window));
        auto *list = window.findChild<NoticeListPanel *>();
        QTRY_COMPARE_WITH_TIMEOUT(rowWord(*list, notice.id()),
                                  QStringLiteral("Awaiting CCI review: not public yet"), kWaitMs);

        // The coordinator asks for changes; the issuer's console is in the background.
        const QString comment = QStringLiteral("Précisez les horaires de torchage.");
        QVERIFY(decide(anne, notice.id(), ReviewActions::Decision::RequestChanges, comment));
        QWidget elsewhere;
        elsewhere.show();
        QApplication::setActiveWindow(&elsewhere);
        const int notifiedBefore = window.findChild<DesktopNotifier *>()->count();
        window.findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(rowWord(*list, notice.id()),
                                  QStringLiteral("Changes requested by coord.anne: ") + comment,
                                  kWaitMs);
        QTRY_COMPARE(window.findChild<DesktopNotifier *>()->count(), notifiedBefore + 1);
        const QJsonObject stored = store.drafts().summary(notice.id())->platform->toJson();
        QCOMPARE(stored.value(QLatin1String("decision"))
                     .toObject()
                     .value(QLatin1String("comment"))
                     .toString(),
                 comment);
        window.activateWindow();

        // Opened again, the composer shows the comment above the notice to revise.
        list->selectNotice(notice.id());
        emit list->noticeOpened(notice.id());
        auto *band = window.findChild<QLabel *>(QStringLiteral("decisionBand"));
        QVERIFY(band->isVisible());
        QVERIFY2(band->text().contains(comment), qPrintable(band->text()));

        // The revision goes out on the platform's new version: no false conflict.
        auto *text = window.findChild<QPlainTextEdit *>(QStringLiteral("textFr"));
        const QString revised = QStringLiteral(" Le torchage aura lieu entre 8 h et 18 h.");
        text->setFocus();
        text->moveCursor(QTextCursor::End);
        QTest::keyClicks(text, revised);
        QVERIFY(sendFromWindow(window));
        QTRY_COMPARE_WITH_TIMEOUT(rowWord(*list, notice.id()),
                                  QStringLiteral("Awaiting CCI review: not public yet"), kWaitMs);
        for (const Outbox::Operation &op : store.outbox().list())
            QVERIFY2(op.state == Outbox::State::Sent, qPrintable(op.lastError));
        QVERIFY(!band->isVisible());

        // Approved: published, and said so in the list.
        QVERIFY(decide(anne, notice.id(), ReviewActions::Decision::Approve, {}));
        window.findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(rowWord(*list, notice.id()), QStringLiteral("Published"),
                                  kWaitMs);

        // What residents receive on every public channel, in both languages, is revision 2,
        // with the officer's keystrokes in it.
        const auto full = ReviewTest::details(anne, notice.id());
        QVERIFY(full);
        QCOMPARE(full->publishedRevision, 2);
        QVERIFY(full->findRevision(2)->notice.text(QStringLiteral("fr")).endsWith(revised));
        QString why;
        QVERIFY2(ReviewTest::servedAsPreviewed(anne, *full, 2, why) == 10, qPrintable(why));
    }

    // An update queued before the decision still carries the old version: the sender rebases it
    // when only the decision changed the notice, and stops at a conflict, with the
    // coordinator's comment, when someone changed its content.
    void updateQueuedBeforeTheDecision_isRebased_butARealChangeIsAConflict()
    {
        ReviewClient issuer(m_sandbox, QStringLiteral("issuer.chimie"));
        ReviewClient anne(m_sandbox, QStringLiteral("coord.anne"));
        QVERIFY(issuer.signIn());
        QVERIFY(anne.signIn());
        Notice notice(ReviewTest::notice(QStringLiteral("odour-mercaptan"), ReviewTest::chimie(),
                                         ReviewTest::chimieSite()));
        const auto create = issuer.store.outbox().enqueue(notice, issuer.user());
        QCOMPARE(issuer.sendAndWait(create->id).state, Outbox::State::Sent);
        issuer.sender.stop();
        notice.setContact(QStringLiteral("Standard du site : 02 35 00 00 00"));
        const auto update = issuer.store.outbox().enqueue(notice, issuer.user());
        QVERIFY(update);
        const QString keyBefore = update->idempotencyKey;

        QVERIFY(decide(anne, notice.id(), ReviewActions::Decision::RequestChanges,
                       QStringLiteral("Ajoutez un contact.")));
        const Outbox::Operation rebased = issuer.sendAndWait(update->id);
        QVERIFY2(rebased.state == Outbox::State::Sent, qPrintable(rebased.lastError));
        QCOMPARE(rebased.platformRevision.value_or(0), 2);
        QVERIFY(rebased.idempotencyKey != keyBefore);
        QSqlQuery journal(issuer.store.database().connection());
        QVERIFY(journal.exec(QStringLiteral("SELECT count(*) FROM journal WHERE action = "
                                            "'rebased'")));
        QVERIFY(journal.next());
        QCOMPARE(journal.value(0).toInt(), 1);

        // Now the coordinator requests changes and also edits the text herself.
        QVERIFY(decide(anne, notice.id(), ReviewActions::Decision::RequestChanges,
                       QStringLiteral("Je corrige le texte.")));
        issuer.sender.stop();
        notice.setLink(QStringLiteral("https://www.chimie-vallee.fr/riverains"));
        const auto stale = issuer.store.outbox().enqueue(notice, issuer.user());
        QVERIFY(stale);
        const ApiCall::Result current =
            anne.call("GET", QStringLiteral("/v1/notices/") + notice.id());
        Notice annes(current.json.object().value(QLatin1String("notice")).toObject());
        annes.setText(QStringLiteral("fr"),
                      annes.text(QStringLiteral("fr")) + QStringLiteral(" Texte revu par la CCI."));
        auto *put =
            new ApiCall(anne.connection, "PUT", QStringLiteral("/v1/notices/") + notice.id(),
                        QJsonDocument(annes.toJson()).toJson(QJsonDocument::Compact));
        put->setHeader("If-Match", current.etag);
        put->setHeader("Idempotency-Key", "anne-edit-1");
        QSignalSpy putDone(put, &ApiCall::finished);
        put->start();
        QVERIFY(putDone.wait(kWaitMs));
        QCOMPARE(putDone.first().first().value<ApiCall::Result>().status, 200);
        const Outbox::Operation conflicting = issuer.sendAndWait(stale->id);
        QCOMPARE(conflicting.state, Outbox::State::Conflict);
        QVERIFY2(conflicting.lastError.contains(QLatin1String("Je corrige le texte.")),
                 qPrintable(conflicting.lastError));
    }

    // The idle console learns of a decision by itself, and a restart does not repeat it.
    void decisionsAreRecorded_once_acrossRestarts()
    {
        ReviewClient issuer(m_sandbox, QStringLiteral("issuer.chimie"));
        ReviewClient anne(m_sandbox, QStringLiteral("coord.anne"));
        QVERIFY(issuer.signIn());
        QVERIFY(anne.signIn());
        const Notice notice(ReviewTest::notice(QStringLiteral("steam-startup"),
                                               ReviewTest::chimie(), ReviewTest::chimieSite()));
        const auto create = issuer.store.outbox().enqueue(notice, issuer.user());
        QCOMPARE(issuer.sendAndWait(create->id).state, Outbox::State::Sent);
        QVERIFY(decide(anne, notice.id(), ReviewActions::Decision::Reject,
                       QStringLiteral("Hors périmètre.")));
        int told = 0;
        for (int run = 0; run < 2; ++run) {
            IssuerDecisions decisions(issuer.connection, &issuer.session, &issuer.store);
            decisions.setRefreshInterval(200);
            QSignalSpy decided(&decisions, &IssuerDecisions::decided);
            QSignalSpy synchronised(&decisions, &IssuerDecisions::synchronised);
            decisions.start(); // the timer, as in the console: no refresh by hand
            QVERIFY(synchronised.wait(kWaitMs));
            QVERIFY(synchronised.wait(kWaitMs)); // a second round: nothing said twice
            for (const QList<QVariant> &args : decided) {
                if (args.at(0).toString() == notice.id())
                    ++told;
            }
        }
        QCOMPARE(told, 1);
        const auto standing = issuer.store.drafts().summary(notice.id())->platform;
        QVERIFY(standing);
        QCOMPARE(standing->state, QStringLiteral("rejected"));
        QCOMPARE(standing->describe(), QStringLiteral("Rejected by coord.anne: Hors périmètre."));
    }
};

QTEST_MAIN(TestDecisionJourney)
#include "tst_decisionjourney.moc"
