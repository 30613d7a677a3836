#pragma once

#include "Notice.h"
#include "NoticeState.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <functional>
#include <optional>

class Clock;
class Database;
class DraftStore;
class Journal;

// Operations waiting to reach the platform. Each gets its idempotency key when it is queued
// (and a new one only when the user retries it after a definite refusal), so every resend
// after a crash or a time-out carries the same key and the platform
// applies it at most once. The platform keeps keys per account, so an operation also records
// the account it was sent as: until the platform has answered it for good, only that account
// may resend it. Per notice, operations go strictly in the order they were queued.
class Outbox
{
public:
    enum class Kind
    {
        Create,
        Update,
        End,
        Cancel,
        Review,
        // The hotline's WAV in one language, for the revision the create or update before it
        // made (PUT /v1/notices/{id}/revisions/{rev}/hotline-audio); its bytes are the body.
        HotlineAudio
    };

    // A hotline recording queued with its notice: what HotlineAudioQueue (app/voice) makes.
    struct Recording
    {
        QString language;
        QByteArray wav;
        double seconds = 0;
    };

    // queued → sending → sent; sending may also end in retry_wait, needs_sign_in, conflict or
    // failed. An operation still "sending" when the program starts had its outcome lost with
    // the process: it is resent with the same key.
    enum class State
    {
        Queued,
        Sending,
        Sent,
        RetryWait,
        NeedsSignIn,
        Conflict,
        Failed // stays last: unsent() runs through the states up to it
    };

    struct Operation
    {
        qint64 seq = 0;
        QString id;
        QString noticeId;
        Kind kind = Kind::Create;
        QString idempotencyKey;
        QJsonObject payload;
        // The payload as stored when it was queued (compact JSON): the body of its request,
        // the same bytes at every attempt (the platform compares them under the key), and the
        // published text once sent; kept so that neither is serialized again per request.
        QByteArray payloadJson;
        int draftVersion = 0;
        std::optional<qint64> baseRevision;
        QString baseEtag;
        State state = State::Queued;
        int attempts = 0;
        QDateTime nextAttemptAt;
        QString lastError;
        std::optional<qint64> platformRevision;
        QString failureReason;
        QDateTime queuedAt;
        QDateTime updatedAt;
        QDateTime sentAt;
        QString user;
        // The platform account it was first sent as since it was queued (or retried after a
        // definite answer); empty while never attempted. While it is unsent, no other account
        // may send it: with its own key space the platform would apply it again.
        QString attemptedBy;

        QJsonObject toJson() const;
    };

    enum class Refusal
    {
        None,
        NotFound,
        AlreadySent,
        OutcomeUnknown,
        LaterOperations,
        WrongState,
        HeldForAccount, // sent as another account without a definite answer: only it may resend
        Storage
    };

    Outbox(Database &db, DraftStore &drafts, Journal &journal, const Clock &clock);

    // Saves the notice as a draft version and queues it, in one durable transaction: create
    // for a notice never queued for creation, update otherwise; then one hotline_audio operation
    // per recording, right behind it, in the same transaction.
    std::optional<Operation> enqueue(const Notice &notice, const QString &user,
                                     const QList<Recording> &recordings = {});
    // End, cancel or review of a notice the store knows; extra is added to the payload
    // (the end time, or the decision and comment).
    std::optional<Operation> enqueue(Kind kind, const QString &noticeId, const QJsonObject &extra,
                                     const QString &user);

    std::optional<Operation> find(const QString &id);
    // Its state alone (nothing when there is no such operation): no payload read.
    std::optional<State> state(const QString &id);
    // Every operation ever queued, sent ones included (allo-cli queue list, support).
    QList<Operation> list();
    // Operations not yet sent (every state but sent), in queue order: what the outbox shows.
    // Read through the state index, so it costs the same however long the history grows.
    QList<Operation> unsent();
    // Operations the sender may start now: the first unsent one of each notice, when it is
    // queued or its retry time has come; nothing while any operation needs a sign-in. With an
    // account, only operations it may send, and only its own sign-ins (or unattributed ones)
    // stop the rest: an operation waiting for another account holds up only its notice.
    QList<Operation> ready(int limit, const QString &account = {});
    // Unsent operations attempted as another account than this one (any state but sent,
    // conflict and failed): they must wait for that account.
    QList<Operation> attemptedByOthers(const QString &account);
    // Operations that were being sent when the program stopped.
    QList<Operation> outcomeUnknown();
    // Operations in retry_wait, the soonest due first.
    QList<Operation> waiting();
    // The notice's ETag as the platform last answered it (empty before its first send): the
    // If-Match of an update queued behind another operation of the same notice.
    QString noticeEtag(const QString &noticeId);
    // The notice's revision the profile last sent or read: the base of its next update.
    std::optional<qint64> noticeRevision(const QString &noticeId);
    // The bytes a hotline_audio operation sends (empty for the others).
    QByteArray body(const QString &id);
    // The revision a hotline_audio operation speaks: the one the platform gave the create or
    // update queued before it (nothing while that one is unsent).
    std::optional<qint64> spokenRevision(const Operation &op);

    // How a commit must survive. Durable: a power cut keeps it (synchronous=FULL). Replayable:
    // it only marks 2xx answers sent, which a resend with the same key gets back from the
    // platform, so it survives a killed process but a power cut may drop it (WAL with
    // synchronous=NORMAL: never a broken database, and the next durable commit keeps it too).
    enum class Commit
    {
        Durable,
        Replayable
    };
    // Runs body in one transaction that the mark* calls inside it join: several answers and the
    // sends they make room for cost one commit instead of one each. All of it is committed, or
    // none (a failed call inside rolls the whole back). A first attempt's account is refused in
    // a Replayable commit.
    bool inOneCommit(Commit commit, const std::function<bool()> &body);

    // account: the platform account it is sent as, recorded at the first attempt (durably).
    bool markSending(const QString &id, const QString &account = {});
    bool markSent(const QString &id, qint64 revision, const QString &etag);
    // The same for an operation the caller has read, not read again: its state is checked by
    // the statement that changes it. For markSending, op must be read in the same commit (its
    // account decides whether the commit must be durable); markSent uses only what never
    // changes once queued (notice, kind, payload, user).
    bool markSending(const Operation &op, const QString &account = {});
    bool markSent(const Operation &op, qint64 revision, const QString &etag);
    bool markRetry(const QString &id, const QDateTime &nextAttempt, const QString &error);
    // nothingApplied: every attempt since the account was recorded was refused before it
    // could apply (401), so the account is forgotten and anyone may send it after a sign-in.
    bool markNeedsSignIn(const QString &id, const QString &error, bool nothingApplied = false);
    // Not sent: it waits, with the reason, for the account it was attempted as (from queued,
    // retry_wait, sending or needs_sign_in).
    bool holdForAccount(const QString &id, const QString &reason);
    bool markConflict(const QString &id, const QString &detail);
    // An update refused as stale (412) whose base is still the platform's latest revision: only
    // a review decision raised the notice's ETag. It is queued again on etag, with a new
    // idempotency key (the platform keeps the 412 under the old one), and the journal says so.
    bool rebase(const QString &id, qint64 revision, const QString &etag);
    bool markFailed(const QString &id, const QString &reason);
    // After a sign-in: every paused operation the account may send is queued again (all of
    // them when no account is given).
    bool resumeAfterSignIn(const QString &account = {});

    // By the user: queue again now (from retry_wait, needs_sign_in, conflict or failed). After a
    // conflict or a failure, the platform's answer was definite: it is a new attempt, with a new
    // idempotency key (the journal records it), that any account may send. After no answer the
    // key stays, so the platform applies it at most once. One waiting for the account it was
    // sent as is refused: only that account's sign-in resumes it.
    Refusal retry(const QString &id, const QString &user);
    // Refused for a sent operation, one whose outcome is unknown, and one with later
    // operations of the same notice behind it (but its hotline recordings never attempted,
    // which go with it).
    Refusal remove(const QString &id, const QString &user);
    // For support (the diagnostics archive): counts per state, and each operation not yet sent,
    // without its notice; error texts masked like log lines.
    QJsonObject supportSummary();

    // A sentence for the user about a refusal; account: for HeldForAccount, the account the
    // operation waits for (its attemptedBy).
    static QString explain(Refusal refusal, const QString &id, const QString &account = {});
    // Why operation id waits for account, the one it was sent as without a definite answer: the
    // reason it is held with, and the answer to retrying it by hand.
    static QString heldReason(const QString &id, const QString &account);

    // Nothing more happens to it without the user: sent, in conflict, failed, or waiting for a
    // sign-in.
    static bool isSettled(State state)
    {
        return state != State::Queued && state != State::Sending && state != State::RetryWait;
    }

    // Whether retry() may queue it again: the one rule the console's Retry button follows too.
    static bool canRetry(State state);

    static QString kindName(Kind kind);
    static QString stateName(State state);
    static std::optional<State> stateFromName(const QString &name);
    static std::optional<Kind> kindFromName(const QString &name);

private:
    // The operation as stored, or one with only its id when there is none.
    Operation findOrMissing(const QString &id);
    std::optional<Operation> insert(Kind kind, const QString &noticeId, int draftVersion,
                                    const QJsonObject &payload, const QString &user,
                                    const QByteArray &body = {});
    struct Change
    {
        QList<State> from;
        State to;
        QString assignments;
        QVariantList values;
        QString journalAction;
        QString detail;
        bool durable = false; // synced even for sending and retry_wait
    };
    bool transition(const QString &id, const Change &change,
                    const std::function<bool(const Operation &)> &alsoDo = {});
    bool transition(const Operation &op, const Change &change,
                    const std::function<bool(const Operation &)> &alsoDo = {});
    // Synced to disk (every change but to sending and retry_wait, unless the change says so).
    static bool isDurable(const Change &change);
    bool settleNotice(const QString &noticeId, NoticeState stateWhenDone);
    QList<Operation> select(const QString &where, const QVariantList &values);

    Database &m_db;
    DraftStore &m_drafts;
    Journal &m_journal;
    const Clock &m_clock;
};
