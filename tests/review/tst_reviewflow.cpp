#include "IssuerDecisions.h"
#include "NoticeDetails.h"
#include "PublicationPreview.h"
#include "ReviewActions.h"
#include "ReviewQueue.h"
#include "ReviewTestSupport.h"
#include "RevisionDiff.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

namespace {

constexpr int kWaitMs = 30000;

bool refreshed(ReviewQueue &queue)
{
    QSignalSpy updated(&queue, &ReviewQueue::updated);
    QSignalSpy failed(&queue, &ReviewQueue::refreshFailed);
    queue.refresh();
    (void)QTest::qWaitFor([&] { return !updated.isEmpty() || !failed.isEmpty(); }, kWaitMs);
    return !updated.isEmpty();
}

} // namespace

// The review from end to end against the allo-sandbox program (TZ=UTC, LANG=C) while this
// console side runs under TZ=Europe/Paris and LANG=fr_FR.UTF-8 (set by ctest).
class TestReviewFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The point of the byte-for-byte check: the two sides do not share a time zone.
        QCOMPARE(qgetenv("TZ"), QByteArray("Europe/Paris"));
        QCOMPARE(QDateTime(QDate(2026, 3, 20), QTime(12, 0)).offsetFromUtc(), 3600);
        QVERIFY(m_sandbox.isReady());
    }

    void submitRequestChangesResubmitApprove_publishesWhatWasPreviewed()
    {
        ReviewClient issuer(m_sandbox, QStringLiteral("issuer.chimie"));
        ReviewClient anne(m_sandbox, QStringLiteral("coord.anne"));
        QVERIFY(issuer.signIn());
        QVERIFY(anne.signIn());

        // The issuer submits: pending review.
        Notice notice(ReviewTest::notice(QStringLiteral("flaring-maintenance"),
                                         ReviewTest::chimie(), ReviewTest::chimieSite()));
        const auto create = issuer.store.outbox().enqueue(notice, issuer.user());
        QVERIFY(create);
        QCOMPARE(issuer.sendAndWait(create->id).state, Outbox::State::Sent);

        // The coordinator's queue has it, and requests changes.
        ReviewQueue queue(anne.connection, &anne.session);
        queue.setReviewer(anne.user());
        QSignalSpy fresh(&queue, &ReviewQueue::newSubmissions);
        QVERIFY(refreshed(queue));
        auto submitted = queue.find(notice.id());
        QVERIFY(submitted);
        QCOMPARE(submitted->state, QStringLiteral("pending_review"));
        QVERIFY(submitted->awaitingReview());
        QCOMPARE(fresh.size(), 1);
        ReviewActions annesActions(anne.store);
        const QString comment = QStringLiteral("Précisez les horaires de torchage.");
        const auto changes = annesActions.decide(
            *submitted, ReviewActions::Decision::RequestChanges, comment, anne.user());
        QVERIFY2(changes.operation, qPrintable(changes.error));
        QCOMPARE(anne.sendAndWait(changes.operation->id).state, Outbox::State::Sent);
        // The coordinator's profile keeps the decision on the revision that was read.
        QSqlQuery recorded(anne.store.database().connection());
        QVERIFY(recorded.exec(QStringLiteral("SELECT revision, decision, comment FROM reviews")));
        QVERIFY(recorded.next());
        QCOMPARE(recorded.value(0).toInt(), 1);
        QCOMPARE(recorded.value(1).toString(), QStringLiteral("request_changes"));
        QCOMPARE(recorded.value(2).toString(), comment);

        // The issuer sees the decision and its comment, and resubmits an edit (an update).
        IssuerDecisions decisions(issuer.connection, &issuer.session, &issuer.store);
        QSignalSpy synchronised(&decisions, &IssuerDecisions::synchronised);
        decisions.refresh();
        QVERIFY(synchronised.wait(kWaitMs));
        const auto status = decisions.status(notice.id());
        QVERIFY(status);
        QCOMPARE(status->state, QStringLiteral("changes_requested"));
        QCOMPARE(status->decision, QStringLiteral("request_changes"));
        QCOMPARE(status->comment, comment);
        QCOMPARE(status->decidedBy, anne.user());
        QVERIFY(status->describe().contains(comment));
        notice.setText(QStringLiteral("fr"),
                       notice.text(QStringLiteral("fr"))
                           .replace(QStringLiteral("Des épisodes de torche ponctuels"),
                                    QStringLiteral("Des épisodes de torche entre 8 h et 18 h")));
        const auto update = issuer.store.outbox().enqueue(notice, issuer.user());
        QVERIFY(update);
        QCOMPARE(update->kind, Outbox::Kind::Update);
        const Outbox::Operation resubmitted = issuer.sendAndWait(update->id);
        QVERIFY2(resubmitted.state == Outbox::State::Sent, qPrintable(resubmitted.lastError));
        QCOMPARE(resubmitted.platformRevision.value_or(0), 2);

        // The coordinator sees revision 2 and the difference from revision 1.
        QVERIFY(refreshed(queue));
        submitted = queue.find(notice.id());
        QCOMPARE(submitted->revision, 2);
        QVERIFY(submitted->awaitingReview());
        auto full = ReviewTest::details(anne, notice.id());
        QVERIFY(full);
        const RevisionDiff diff(full->findRevision(1)->notice, full->findRevision(2)->notice);
        QVERIFY(diff.textChanged(QStringLiteral("fr")));
        QVERIFY(!diff.textChanged(QStringLiteral("en")));
        QVERIFY(RevisionDiff::marked(diff.text(QStringLiteral("fr")))
                    .contains(QStringLiteral("[-ponctuels-]{+entre 8 h et 18 h+}")));
        QVERIFY(diff.changes().isEmpty());

        // Approved, it is public.
        const auto approve =
            annesActions.decide(*submitted, ReviewActions::Decision::Approve, {}, anne.user());
        QVERIFY2(approve.operation, qPrintable(approve.error));
        QCOMPARE(anne.sendAndWait(approve.operation->id).state, Outbox::State::Sent);
        full = ReviewTest::details(anne, notice.id());
        QCOMPARE(full->state, QStringLiteral("published"));
        QCOMPARE(full->publishedRevision, 2);
        QVERIFY(full->findRevision(2)->publishedAt.isValid());

        // Every public endpoint holds exactly what the console renders for revision 2.
        QString why;
        QVERIFY2(ReviewTest::servedAsPreviewed(anne, *full, 2, why) == 10, qPrintable(why));
        // The CAP of revision 2 names nothing before it: revision 1 was never public.
        QVERIFY(PublicationPreview::context(*full, 2, {}).previousReference.isEmpty());
    }

    void issuerCannotReview_andNobodyReviewsTheirOwnSubmission()
    {
        ReviewClient issuer(m_sandbox, QStringLiteral("issuer.chimie"));
        ReviewClient anne(m_sandbox, QStringLiteral("coord.anne"));
        QVERIFY(issuer.signIn());
        QVERIFY(anne.signIn());
        const Notice own(ReviewTest::notice(QStringLiteral("odour-mercaptan"), ReviewTest::chimie(),
                                            ReviewTest::chimieSite()));
        // A coordinator may submit for a company (a member phoned the CCI).
        const auto create = anne.store.outbox().enqueue(own, anne.user());
        QCOMPARE(anne.sendAndWait(create->id).state, Outbox::State::Sent);

        const QJsonObject approve{{QStringLiteral("revision"), 1},
                                  {QStringLiteral("decision"), QStringLiteral("approve")}};
        const QString path = QStringLiteral("/v1/notices/%1/review").arg(own.id());
        const ApiCall::Result byIssuer = issuer.call("POST", path, approve, "key-issuer-1");
        QCOMPARE(byIssuer.status, 403);
        QCOMPARE(byIssuer.json.object().value(QLatin1String("code")).toString(),
                 QStringLiteral("not_a_coordinator"));
        const ApiCall::Result byAnne = anne.call("POST", path, approve, "key-anne-own-1");
        QCOMPARE(byAnne.status, 403);
        QCOMPARE(byAnne.json.object().value(QLatin1String("code")).toString(),
                 QStringLiteral("own_submission"));

        // The console says so before asking the platform, and queues nothing.
        const auto resource = ReviewTest::details(anne, own.id());
        QVERIFY(resource);
        const int before = int(anne.store.outbox().list().size());
        const ReviewActions::Result refused =
            ReviewActions(anne.store)
                .decide(*resource, ReviewActions::Decision::Approve, {}, anne.user());
        QVERIFY(!refused.operation);
        QVERIFY(refused.error.startsWith(QStringLiteral("Own submission")));
        QCOMPARE(int(anne.store.outbox().list().size()), before);

        // Queued anyway (an older console), the platform refuses it: failed, with its reason.
        const auto forced =
            anne.store.outbox().enqueue(Outbox::Kind::Review, own.id(),
                                        {{QStringLiteral("revision"), 1},
                                         {QStringLiteral("decision"), QStringLiteral("approve")}},
                                        anne.user());
        QVERIFY(forced);
        const Outbox::Operation failed = anne.sendAndWait(forced->id);
        QCOMPARE(failed.state, Outbox::State::Failed);
        QVERIFY(
            ReviewActions(anne.store).settle(failed, anne.user()).contains(byAnne.problem->detail));
    }

    void twoCoordinatorsAtOnce_oneWinsTheOtherIsToldWhy()
    {
        ReviewClient issuer(m_sandbox, QStringLiteral("issuer.chimie"));
        ReviewClient anne(m_sandbox, QStringLiteral("coord.anne"));
        ReviewClient bruno(m_sandbox, QStringLiteral("coord.bruno"));
        QVERIFY(issuer.signIn());
        QVERIFY(anne.signIn());
        QVERIFY(bruno.signIn());
        const Notice notice(ReviewTest::notice(QStringLiteral("steam-startup"),
                                               ReviewTest::chimie(), ReviewTest::chimieSite()));
        const auto create = issuer.store.outbox().enqueue(notice, issuer.user());
        QCOMPARE(issuer.sendAndWait(create->id).state, Outbox::State::Sent);
        const auto seenByAnne = ReviewTest::details(anne, notice.id());
        const auto seenByBruno = ReviewTest::details(bruno, notice.id());
        QVERIFY(seenByAnne && seenByBruno);

        // Both decide on revision 1 while offline for all they know: queued, not yet sent.
        ReviewActions annes(anne.store);
        ReviewActions brunos(bruno.store);
        const auto a = annes.decide(*seenByAnne, ReviewActions::Decision::Approve, {}, anne.user());
        const auto b = brunos.decide(*seenByBruno, ReviewActions::Decision::Reject,
                                     QStringLiteral("Doublon."), bruno.user());
        QVERIFY(a.operation && b.operation);
        QCOMPARE(anne.store.outbox().find(a.operation->id)->state, Outbox::State::Queued);

        // Then both send at once.
        anne.sender.sendNow();
        bruno.sender.sendNow();
        std::optional<Outbox::Operation> opA;
        std::optional<Outbox::Operation> opB;
        QVERIFY(QTest::qWaitFor(
            [&] {
                opA = anne.store.outbox().find(a.operation->id);
                opB = bruno.store.outbox().find(b.operation->id);
                return ReviewActions::isSettled(*opA) && ReviewActions::isSettled(*opB);
            },
            kWaitMs));
        QCOMPARE(int(opA->state == Outbox::State::Sent) + int(opB->state == Outbox::State::Sent),
                 1);
        const bool anneWon = opA->state == Outbox::State::Sent;
        ReviewClient &loser = anneWon ? bruno : anne;
        const Outbox::Operation lost = anneWon ? *opB : *opA;
        QCOMPARE(lost.state, Outbox::State::Conflict);
        const QString message = ReviewActions(loser.store).settle(lost, loser.user());
        QVERIFY2(message.contains(QStringLiteral("already decided")), qPrintable(message));
        QVERIFY(message.contains(anneWon ? QStringLiteral("approve by coord.anne")
                                         : QStringLiteral("reject by coord.bruno")));
        // The losing decision can never apply: it left the outbox.
        QVERIFY(!loser.store.outbox().find(lost.id));

        const auto after = ReviewTest::details(issuer, notice.id());
        QCOMPARE(after->state, anneWon ? QStringLiteral("published") : QStringLiteral("rejected"));
        // Exactly one decision is recorded on the platform.
        QCOMPARE(after->findRevision(1)->review->decidedBy, anneWon ? anne.user() : bruno.user());
    }

    void refreshWithoutChanges_costsOne304PerPage_andFollowsEveryPage()
    {
        ReviewClient issuer(m_sandbox, QStringLiteral("issuer.chimie"));
        ReviewClient anne(m_sandbox, QStringLiteral("coord.anne"));
        QVERIFY(issuer.signIn());
        QVERIFY(anne.signIn());
        for (const QString &sample : {QStringLiteral("poi-drill"), QStringLiteral("incident-smoke"),
                                      QStringLiteral("siren-test")}) {
            const auto op = issuer.store.outbox().enqueue(
                Notice(ReviewTest::notice(sample, ReviewTest::chimie(), ReviewTest::chimieSite())),
                issuer.user());
            QCOMPARE(issuer.sendAndWait(op->id).state, Outbox::State::Sent);
        }
        ReviewQueue queue(anne.connection, &anne.session);
        queue.fetcher().setPageSize(1);
        QVERIFY(refreshed(queue));
        const QList<PlatformNotice> waiting = queue.awaitingReview();
        QVERIFY(waiting.size() >= 3);
        // Incidents first: published at once, reviewed afterwards.
        QVERIFY(waiting.first().publishedAtOnce());
        QCOMPARE(waiting.first().notice.type(), QStringLiteral("incident"));
        QVERIFY(std::is_sorted(waiting.begin() + 1, waiting.end(),
                               [](const PlatformNotice &x, const PlatformNotice &y) {
                                   return x.publishedAtOnce() ||
                                          (!y.publishedAtOnce() &&
                                           x.notice.start() < y.notice.start());
                               }));
        const int requests = queue.fetcher().lastRequests();
        QVERIFY(requests > 3);
        QSignalSpy updated(&queue, &ReviewQueue::updated);
        queue.refresh();
        QVERIFY(QTest::qWaitFor([&] { return !queue.fetcher().isFetching(); }, kWaitMs));
        QCOMPARE(queue.fetcher().lastRequests(), requests);
        QCOMPARE(queue.fetcher().lastNotModified(), requests);
        QCOMPARE(updated.size(), 0);
    }

private:
    SandboxProcess m_sandbox;
};

QTEST_GUILESS_MAIN(TestReviewFlow)
#include "tst_reviewflow.moc"
