#include "Clock.h"
#include "Profile.h"
#include "Store.h"
#include "TestData.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using State = Outbox::State;

class TestOutbox : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Clock m_clock{QDateTime(QDate(2026, 3, 20), QTime(11, 0), Qt::UTC)};
    std::unique_ptr<Store> m_store;

    Outbox &outbox() { return m_store->outbox(); }
    QString user() const { return QStringLiteral("officer"); }

    void reopen()
    {
        m_store.reset();
        m_store = std::make_unique<Store>(Profile(m_dir.path()), m_clock);
        QVERIFY2(m_store->open(), qPrintable(m_store->errorString()));
    }

    Outbox::Operation queue(const QString &sample)
    {
        const auto op = outbox().enqueue(TestData::sample(sample), user());
        if (!op)
            qFatal("enqueue failed: %s", qPrintable(m_store->database().errorString()));
        return *op;
    }

    State stateOf(const QString &id) { return outbox().find(id)->state; }

    QStringList readyIds()
    {
        QStringList ids;
        for (const auto &op : outbox().ready(100))
            ids.append(op.id);
        return ids;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        reopen();
    }

    void cleanup()
    {
        m_store.reset();
        QDir(m_dir.path()).removeRecursively();
    }

    void enqueue_savesTheDraftAndQueuesInOneGo()
    {
        const auto op = queue(QStringLiteral("incident-smoke"));
        QCOMPARE(op.kind, Outbox::Kind::Create);
        QCOMPARE(op.state, State::Queued);
        QVERIFY(!QUuid::fromString(op.idempotencyKey).isNull());
        QVERIFY(op.idempotencyKey != op.id);
        const auto draft = m_store->drafts().summary(op.noticeId);
        QVERIFY(draft);
        QCOMPARE(draft->state, NoticeState::Queued);
        QCOMPARE(draft->draftVersion, op.draftVersion);
        QCOMPARE(outbox().find(op.id)->payload, TestData::sample("incident-smoke").toJson());
    }

    void idempotencyKey_isStableAcrossRestarts()
    {
        const auto op = queue(QStringLiteral("incident-smoke"));
        QVERIFY(outbox().markSending(op.id));
        reopen();
        const auto again = outbox().find(op.id);
        QCOMPARE(again->idempotencyKey, op.idempotencyKey);
        // The resend after the restart carries the same key.
        QCOMPARE(outbox().outcomeUnknown().size(), 1);
        QVERIFY(outbox().markSending(op.id));
        QCOMPARE(outbox().find(op.id)->idempotencyKey, op.idempotencyKey);
        QCOMPARE(outbox().find(op.id)->attempts, 2);
    }

    void stateMachine_happyPath()
    {
        const auto op = queue(QStringLiteral("incident-smoke"));
        QVERIFY(!outbox().markSent(op.id, 1, {})); // not before sending
        QVERIFY(outbox().markSending(op.id));
        QCOMPARE(stateOf(op.id), State::Sending);
        QVERIFY(outbox().markSent(op.id, 42, QStringLiteral("\"e42\"")));
        const auto sent = outbox().find(op.id);
        QCOMPARE(sent->state, State::Sent);
        QCOMPARE(sent->platformRevision.value_or(0), 42);
        QVERIFY(sent->sentAt.isValid());
        const auto draft = m_store->drafts().summary(op.noticeId);
        QCOMPARE(draft->state, NoticeState::Published);
        QCOMPARE(draft->platformRevision.value_or(0), 42);
        QVERIFY(!outbox().markSending(op.id)); // sent is final
    }

    void stateMachine_retryWaitThenDue()
    {
        const auto op = queue(QStringLiteral("incident-smoke"));
        QVERIFY(outbox().markSending(op.id));
        QVERIFY(outbox().markRetry(op.id, m_clock.now().addSecs(30), QStringLiteral("time-out")));
        const auto waiting = outbox().find(op.id);
        QCOMPARE(waiting->state, State::RetryWait);
        QCOMPARE(waiting->attempts, 1);
        QCOMPARE(waiting->lastError, QStringLiteral("time-out"));
        QVERIFY(readyIds().isEmpty());
        m_clock.setFixed(m_clock.now().addSecs(31));
        QCOMPARE(readyIds(), QStringList{op.id});
    }

    void needsSignIn_pausesTheWholeOutbox()
    {
        const auto a = queue(QStringLiteral("incident-smoke"));
        const auto b = queue(QStringLiteral("siren-test"));
        QVERIFY(outbox().markSending(a.id));
        QVERIFY(outbox().markNeedsSignIn(a.id, QStringLiteral("401")));
        QVERIFY(readyIds().isEmpty());
        QVERIFY(outbox().resumeAfterSignIn());
        QCOMPARE(readyIds(), (QStringList{a.id, b.id}));
    }

    void attemptedOperation_waitsForTheAccountItWasSentAs()
    {
        const QString chimie = QStringLiteral("issuer.chimie");
        const QString anne = QStringLiteral("coord.anne");
        const auto ids = [&](const QList<Outbox::Operation> &ops) {
            QStringList list;
            for (const auto &op : ops)
                list.append(op.id);
            return list;
        };
        const auto a = queue(QStringLiteral("incident-smoke"));
        const auto b = queue(QStringLiteral("siren-test"));
        QVERIFY(outbox().markSending(a.id, chimie));
        reopen(); // recorded durably, with the first attempt
        QCOMPARE(outbox().find(a.id)->attemptedBy, chimie);
        QVERIFY(outbox().markRetry(a.id, m_clock.now(), QStringLiteral("connection lost")));
        QVERIFY(outbox().markSending(a.id, anne));
        QCOMPARE(outbox().find(a.id)->attemptedBy, chimie); // the first account stays
        QCOMPARE(outbox().find(a.id)->attempts, 2);
        QVERIFY(outbox().markRetry(a.id, m_clock.now(), QStringLiteral("connection lost")));

        // Another account may send what was never attempted, not what its predecessor did.
        QCOMPARE(ids(outbox().ready(100, anne)), QStringList{b.id});
        QCOMPARE(ids(outbox().ready(100, chimie)), (QStringList{a.id, b.id}));
        QCOMPARE(ids(outbox().attemptedByOthers(anne)), QStringList{a.id});
        QVERIFY(outbox().attemptedByOthers(chimie).isEmpty());

        // Held for its account, it stops neither the other account nor the other notices.
        QVERIFY(outbox().holdForAccount(a.id, QStringLiteral("sign in as issuer.chimie")));
        QCOMPARE(stateOf(a.id), State::NeedsSignIn);
        QCOMPARE(outbox().find(a.id)->lastError, QStringLiteral("sign in as issuer.chimie"));
        // Queued again by hand it would only be held again: refused, naming the account.
        QCOMPARE(outbox().retry(a.id, user()), Outbox::Refusal::HeldForAccount);
        QCOMPARE(stateOf(a.id), State::NeedsSignIn);
        QVERIFY(Outbox::explain(Outbox::Refusal::HeldForAccount, a.id, chimie)
                    .contains(QLatin1String("Sign in as issuer.chimie")));
        QCOMPARE(ids(outbox().ready(100, anne)), QStringList{b.id});
        QVERIFY(ids(outbox().ready(100, chimie)).isEmpty()); // its own sign-in pauses it all
        QVERIFY(outbox().resumeAfterSignIn(anne));
        QCOMPARE(stateOf(a.id), State::NeedsSignIn);
        QVERIFY(outbox().resumeAfterSignIn(chimie));
        QCOMPARE(stateOf(a.id), State::Queued);

        // A definite answer ends it: retried after a failure, anyone may send it.
        QVERIFY(outbox().markSending(a.id, chimie));
        QVERIFY(outbox().markFailed(a.id, QStringLiteral("site unknown")));
        QCOMPARE(outbox().retry(a.id, user()), Outbox::Refusal::None);
        QVERIFY(outbox().find(a.id)->attemptedBy.isEmpty());
        QCOMPARE(ids(outbox().ready(100, anne)), (QStringList{a.id, b.id}));

        // Refused at the door (401) on every attempt: nothing applied, no account kept.
        QVERIFY(outbox().markSending(b.id, chimie));
        QVERIFY(outbox().markNeedsSignIn(b.id, QStringLiteral("401"), true));
        QVERIFY(outbox().find(b.id)->attemptedBy.isEmpty());
        QVERIFY(outbox().resumeAfterSignIn(anne));
        QCOMPARE(stateOf(b.id), State::Queued);
    }

    void replayableCommit_isNotSynced_andRefusesAFirstAttemptsAccount()
    {
        const QString chimie = QStringLiteral("issuer.chimie");
        const auto a = queue(QStringLiteral("incident-smoke"));
        const auto b = queue(QStringLiteral("siren-test"));
        const auto c = queue(QStringLiteral("steam-startup"));
        QVERIFY(outbox().markSending(a.id, chimie));
        QVERIFY(outbox().markSending(c.id, chimie));
        const auto synchronousInForce = [&] {
            QSqlQuery q(m_store->database().connection());
            return q.exec(QStringLiteral("PRAGMA synchronous")) && q.next() ? q.value(0).toInt()
                                                                            : -1;
        };
        int inForce = -1;
        // Answers alone: not synced (NORMAL is 1), yet kept by the file once committed.
        QVERIFY(outbox().inOneCommit(Outbox::Commit::Replayable, [&] {
            inForce = synchronousInForce();
            return outbox().markSent(a.id, 7, QStringLiteral("\"e7\""));
        }));
        QCOMPARE(inForce, 1);
        reopen();
        QCOMPARE(stateOf(a.id), State::Sent);

        // A first attempt's account must survive a power cut: refused there, all rolled back.
        QVERIFY(!outbox().inOneCommit(Outbox::Commit::Replayable, [&] {
            return outbox().markSent(c.id, 8, QStringLiteral("\"e8\"")) &&
                   outbox().markSending(b.id, chimie);
        }));
        QVERIFY(m_store->database().errorString().contains(QLatin1String("durable commit")));
        QCOMPARE(stateOf(c.id), State::Sending);
        QCOMPARE(stateOf(b.id), State::Queued);
        QVERIFY(outbox().find(b.id)->attemptedBy.isEmpty());

        // In a durable one (FULL is 2) it goes, with the answers.
        QVERIFY(outbox().inOneCommit(Outbox::Commit::Durable, [&] {
            inForce = synchronousInForce();
            return outbox().markSent(c.id, 8, QStringLiteral("\"e8\"")) &&
                   outbox().markSending(b.id, chimie);
        }));
        QCOMPARE(inForce, 2);
        QCOMPARE(stateOf(c.id), State::Sent);
        QCOMPARE(outbox().find(b.id)->attemptedBy, chimie);
    }

    // The sender marks operations it has read without reading them again: the statement that
    // changes one checks its state, and its stored payload is both the request's body and the
    // text published once it is sent.
    void markingAnOperationAsRead_checksItsStateInTheChange()
    {
        const auto op = queue(QStringLiteral("incident-smoke"));
        QCOMPARE(op.payloadJson, QJsonDocument(op.payload).toJson(QJsonDocument::Compact));
        QCOMPARE(outbox().find(op.id)->payloadJson, op.payloadJson);
        QVERIFY(outbox().markSending(op));
        QCOMPARE(outbox().state(op.id), std::optional(State::Sending));
        QVERIFY(outbox().markRetry(op.id, m_clock.now(), QStringLiteral("time-out")));
        // op was read before the retry: refused as it stands, and nothing of it applied.
        QVERIFY(!outbox().markSent(op, 3, QStringLiteral("\"e3\"")));
        QVERIFY2(m_store->database().errorString().contains(QLatin1String("from retry_wait")),
                 qPrintable(m_store->database().errorString()));
        QCOMPARE(outbox().state(op.id), std::optional(State::RetryWait));
        QVERIFY(!m_store->drafts().summary(op.noticeId)->platformRevision);

        QVERIFY(outbox().markSending(op));
        QVERIFY(outbox().markSent(op, 3, QStringLiteral("\"e3\"")));
        QCOMPARE(outbox().find(op.id)->attempts, 2);
        QSqlQuery published(m_store->database().connection());
        published.prepare(QStringLiteral("SELECT published_json FROM notices WHERE id = ?"));
        published.addBindValue(op.noticeId);
        QVERIFY(published.exec() && published.next());
        QCOMPARE(published.value(0).toString().toUtf8(), op.payloadJson);
        QCOMPARE(outbox().state(QStringLiteral("no-such-operation")), std::nullopt);
    }

    void conflictAndFailed_areKeptForTheUser()
    {
        const auto a = queue(QStringLiteral("incident-smoke"));
        const auto b = queue(QStringLiteral("siren-test"));
        QVERIFY(outbox().markSending(a.id));
        QVERIFY(outbox().markConflict(a.id, QStringLiteral("412")));
        QVERIFY(outbox().markSending(b.id));
        QVERIFY(outbox().markFailed(b.id, QStringLiteral("site unknown")));
        QCOMPARE(m_store->drafts().summary(a.noticeId)->state, NoticeState::Conflict);
        QCOMPARE(outbox().find(b.id)->failureReason, QStringLiteral("site unknown"));
        QVERIFY(readyIds().isEmpty());
        QCOMPARE(outbox().retry(b.id, user()), Outbox::Refusal::None);
        QCOMPARE(readyIds(), QStringList{b.id});
    }

    // The platform keeps a definite refusal under the key and replays it: the user's retry is a
    // new attempt with a new key. After no answer it keeps the key, so it applies at most once.
    void retry_afterARefusalGetsANewKey_afterNoAnswerKeepsIt()
    {
        const auto failed = queue(QStringLiteral("incident-smoke"));
        const auto conflict = queue(QStringLiteral("siren-test"));
        const auto timedOut = queue(QStringLiteral("odour-mercaptan"));
        for (const auto &op : {failed, conflict, timedOut})
            QVERIFY(outbox().markSending(op.id));
        QVERIFY(outbox().markFailed(failed.id, QStringLiteral("403")));
        QVERIFY(outbox().markConflict(conflict.id, QStringLiteral("412")));
        QVERIFY(
            outbox().markRetry(timedOut.id, m_clock.now().addSecs(30), QStringLiteral("time-out")));
        for (const auto &op : {failed, conflict, timedOut})
            QCOMPARE(outbox().retry(op.id, user()), Outbox::Refusal::None);

        const QString newKey = outbox().find(failed.id)->idempotencyKey;
        QVERIFY(newKey != failed.idempotencyKey);
        QVERIFY(!QUuid::fromString(newKey).isNull());
        QVERIFY(outbox().find(conflict.id)->idempotencyKey != conflict.idempotencyKey);
        QCOMPARE(outbox().find(timedOut.id)->idempotencyKey, timedOut.idempotencyKey);
        // The journal says which key the new attempt carries.
        QSqlQuery q(m_store->database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT detail FROM journal WHERE action = 'retried' AND "
                                      "operation_id = '%1'")
                           .arg(failed.id)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(),
                 QStringLiteral("%1; new idempotency key %2").arg(user(), newKey));
        QVERIFY(m_store->journal().verify().ok);
    }

    void unsent_isEveryOperationButTheSentOnes_inQueueOrder()
    {
        // Two sent notices, the first with an update queued behind its sent create.
        Notice drill = TestData::sample(QStringLiteral("poi-drill"));
        QStringList sent;
        for (const Notice &n : {drill, TestData::sample(QStringLiteral("steam-startup"))}) {
            const auto op = outbox().enqueue(n, user());
            QVERIFY(op);
            QVERIFY(outbox().markSending(op->id));
            QVERIFY(outbox().markSent(op->id, 1, {}));
            sent.append(op->id);
        }
        const auto queued = queue(QStringLiteral("incident-smoke"));
        const auto sending = queue(QStringLiteral("siren-test"));
        QVERIFY(outbox().markSending(sending.id));
        const auto retrying = queue(QStringLiteral("odour-mercaptan"));
        QVERIFY(outbox().markSending(retrying.id));
        QVERIFY(outbox().markRetry(retrying.id, m_clock.now().addSecs(30), QStringLiteral("503")));
        const auto signIn = queue(QStringLiteral("flaring-maintenance"));
        QVERIFY(outbox().markSending(signIn.id));
        QVERIFY(outbox().markNeedsSignIn(signIn.id, QStringLiteral("401")));
        const auto conflict = queue(QStringLiteral("exercise-status"));
        QVERIFY(outbox().markSending(conflict.id));
        QVERIFY(outbox().markConflict(conflict.id, QStringLiteral("412")));
        const auto failed = queue(QStringLiteral("seed-test-message"));
        QVERIFY(outbox().markSending(failed.id));
        QVERIFY(outbox().markFailed(failed.id, QStringLiteral("site unknown")));
        drill.setText(QStringLiteral("fr"), QStringLiteral("Exercice prolongé."));
        const auto update = outbox().enqueue(drill, user());
        QVERIFY(update);

        const QStringList expected = {queued.id,   sending.id, retrying.id, signIn.id,
                                      conflict.id, failed.id,  update->id};
        const auto ids = [this] {
            QStringList result;
            for (const auto &op : outbox().unsent())
                result.append(op.id);
            return result;
        };
        QCOMPARE(ids(), expected);
        // Whole operations, as list() reads them.
        QCOMPARE(outbox().unsent().at(2).lastError, QStringLiteral("503"));
        QCOMPARE(outbox().unsent().at(5).failureReason, QStringLiteral("site unknown"));
        QCOMPARE(outbox().unsent().last().kind, Outbox::Kind::Update);
        QCOMPARE(outbox().list().size(), expected.size() + sent.size());

        // From the file, after a restart; and an operation leaves the list once sent.
        reopen();
        QCOMPARE(ids(), expected);
        QVERIFY(outbox().markSending(queued.id));
        QVERIFY(outbox().markSent(queued.id, 1, {}));
        QCOMPARE(ids(), expected.mid(1));
    }

    void order_updateNeverOvertakesItsCreate()
    {
        Notice n = TestData::sample(QStringLiteral("incident-smoke"));
        const auto create = outbox().enqueue(n, user());
        n.setText(QStringLiteral("fr"), QStringLiteral("Mise à jour."));
        const auto update = outbox().enqueue(n, user());
        const auto other = queue(QStringLiteral("siren-test"));
        QCOMPARE(update->kind, Outbox::Kind::Update);
        QCOMPARE(readyIds(), (QStringList{create->id, other.id}));

        QVERIFY(outbox().markSending(create->id));
        QVERIFY(outbox().markRetry(create->id, m_clock.now().addSecs(60), QStringLiteral("503")));
        QCOMPARE(readyIds(), QStringList{other.id}); // still behind the waiting create
        QVERIFY(outbox().markSending(create->id));
        QVERIFY(outbox().markSent(create->id, 1, QStringLiteral("\"e1\"")));
        QCOMPARE(readyIds(), (QStringList{update->id, other.id}));
        QCOMPARE(outbox().find(update->id)->payload.value("text").toObject().value("fr"),
                 QStringLiteral("Mise à jour."));
    }

    // ready() against the rule written out over list(): any mix of states, accounts, due and
    // future retries, failed audio, and limits that cut between queued and due operations.
    void ready_isTheRuleOverEveryOperation_inAnyMix()
    {
        const QStringList accounts = {QString(), QStringLiteral("issuer.chimie"),
                                      QStringLiteral("coord.anne")};
        QRandomGenerator random(23);
        for (int i = 0; i < 40; ++i) {
            Notice n = TestData::sample(QStringLiteral("incident-smoke"));
            n.setId(QUuid::createUuid().toString(QUuid::WithoutBraces));
            const int changes = random.bounded(3);
            for (int c = 0; c <= changes; ++c) {
                n.setText(QStringLiteral("fr"), QStringLiteral("Version %1.").arg(c));
                const QList<Outbox::Recording> audio =
                    random.bounded(4) == 0
                        ? QList<Outbox::Recording>{{QStringLiteral("fr"), QByteArray("RIFF"), 1.0}}
                        : QList<Outbox::Recording>{};
                QVERIFY(outbox().enqueue(n, user(), audio));
            }
        }
        // One operation of coord.anne's waits for her sign-in: it stops hers and those of no
        // account, not issuer.chimie's.
        bool signInAsked = false;
        for (const Outbox::Operation &op : outbox().list()) {
            const QString account = accounts.at(random.bounded(3));
            const int to = random.bounded(10);
            if (to <= 2 || !outbox().markSending(op.id, account))
                continue;                               // left queued
            const int later = random.bounded(120) - 60; // due or not yet
            const bool done =
                to <= 4 ? outbox().markSent(op.id, 1, QStringLiteral("\"e\""))
                : to == 5
                    ? outbox().markRetry(op.id, m_clock.now().addSecs(later), QStringLiteral("503"))
                : to == 6 ? outbox().markFailed(op.id, QStringLiteral("400"))
                : to == 7 ? outbox().markConflict(op.id, QStringLiteral("409"))
                : to == 8 && account == accounts.at(2) && !signInAsked
                    ? (signInAsked = outbox().markNeedsSignIn(op.id, QStringLiteral("401")))
                    : true; // left sending
            QVERIFY(done);
        }
        const QList<Outbox::Operation> all = outbox().list();
        const auto rule = [&](int limit, const QString &account) {
            const auto mine = [&](const Outbox::Operation &op) {
                return account.isEmpty() || op.attemptedBy.isEmpty() || op.attemptedBy == account;
            };
            QStringList ready;
            for (const Outbox::Operation &op : all) {
                if (op.state == State::NeedsSignIn && mine(op))
                    return QStringList();
            }
            QSet<QString> heldUp; // notices with an earlier operation still to settle
            for (const Outbox::Operation &op : all) {
                const bool due = op.state == State::Queued || (op.state == State::RetryWait &&
                                                               op.nextAttemptAt <= m_clock.now());
                if (due && mine(op) && !heldUp.contains(op.noticeId) && ready.size() < limit)
                    ready.append(op.id);
                if (op.state != State::Sent &&
                    !(op.kind == Outbox::Kind::HotlineAudio && op.state == State::Failed))
                    heldUp.insert(op.noticeId);
            }
            return ready;
        };
        int compared = 0;
        for (const QString &account : accounts) {
            for (const int limit : {1, 2, 3, 5, 8, 1000}) {
                QStringList ids;
                for (const Outbox::Operation &op : outbox().ready(limit, account))
                    ids.append(op.id);
                QCOMPARE(ids, rule(limit, account));
                compared += ids.size();
            }
        }
        QVERIFY(signInAsked);
        QVERIFY2(compared > 20, "the mix leaves operations ready"); // not only empty lists
    }

    void endCancelAndReview_areQueuedForAKnownNotice()
    {
        const auto create = queue(QStringLiteral("incident-smoke"));
        const auto end = outbox().enqueue(
            Outbox::Kind::End, create.noticeId,
            {{QStringLiteral("end"), QStringLiteral("2026-10-14T20:00:00+02:00")}}, user());
        QVERIFY(end);
        QCOMPARE(end->payload.value("end").toString(), QStringLiteral("2026-10-14T20:00:00+02:00"));
        const auto review =
            outbox().enqueue(Outbox::Kind::Review, create.noticeId,
                             {{QStringLiteral("decision"), QStringLiteral("approve")},
                              {QStringLiteral("comment"), QStringLiteral("OK")}},
                             user());
        QVERIFY(review);
        QSqlQuery q(m_store->database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT decision, comment, operation_id FROM reviews")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("approve"));
        QCOMPARE(q.value(2).toString(), review->id);
        QVERIFY(!outbox().enqueue(Outbox::Kind::Cancel, QStringLiteral("nope"), {}, user()));
        QVERIFY(m_store->database().errorString().contains(QLatin1String("nope")));
    }

    void remove_refusedForSentAndOutcomeUnknown()
    {
        const auto a = queue(QStringLiteral("incident-smoke"));
        const auto b = queue(QStringLiteral("siren-test"));
        QVERIFY(outbox().markSending(a.id));
        QCOMPARE(outbox().remove(a.id, user()), Outbox::Refusal::OutcomeUnknown);
        reopen(); // the process died while sending: still refused
        QCOMPARE(outbox().remove(a.id, user()), Outbox::Refusal::OutcomeUnknown);
        QVERIFY(outbox().markSent(a.id, 3, {}));
        QCOMPARE(outbox().remove(a.id, user()), Outbox::Refusal::AlreadySent);
        QVERIFY(!Outbox::explain(Outbox::Refusal::AlreadySent, a.id).isEmpty());
        QVERIFY(outbox().find(a.id));

        QCOMPARE(outbox().remove(b.id, user()), Outbox::Refusal::None);
        QVERIFY(!outbox().find(b.id));
        QCOMPARE(m_store->drafts().summary(b.noticeId)->state, NoticeState::Draft);
        QCOMPARE(outbox().remove(b.id, user()), Outbox::Refusal::NotFound);
    }

    void remove_refusedWithLaterOperationsBehind()
    {
        Notice n = TestData::sample(QStringLiteral("incident-smoke"));
        const auto create = outbox().enqueue(n, user());
        n.setText(QStringLiteral("fr"), QStringLiteral("Suite."));
        const auto update = outbox().enqueue(n, user());
        QCOMPARE(outbox().remove(create->id, user()), Outbox::Refusal::LaterOperations);
        QCOMPARE(outbox().remove(update->id, user()), Outbox::Refusal::None);
        QCOMPARE(outbox().remove(create->id, user()), Outbox::Refusal::None);
    }

    void everyStep_isJournaled()
    {
        const auto op = queue(QStringLiteral("incident-smoke"));
        QVERIFY(outbox().markSending(op.id));
        QVERIFY(outbox().markSent(op.id, 5, {}));
        QSqlQuery q(m_store->database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT action FROM journal ORDER BY seq")));
        QStringList actions;
        while (q.next())
            actions.append(q.value(0).toString());
        QCOMPARE(actions, (QStringList{"created", "queued", "sent"}));
        QVERIFY(m_store->journal().verify().ok);
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
