#pragma once

#include "Outbox.h"
#include "PlatformNotice.h"

class Store;

// A coordinator's decisions, ends and cancellations, queued in the profile's outbox like any
// other operation: each gets its idempotency key once, so it is applied exactly once even when
// it is sent after a crash or once the network is back. What the platform would refuse anyway
// (one's own submission, a missing comment) is refused here first, with the same reasons.
class ReviewActions
{
public:
    enum class Decision
    {
        Approve,
        RequestChanges,
        Reject
    };

    struct Result
    {
        std::optional<Outbox::Operation> operation;
        QString error; // for a person, when nothing was queued
    };

    explicit ReviewActions(Store &store);

    // The latest revision of notice, which must be awaiting review.
    Result decide(const PlatformNotice &notice, Decision decision, const QString &comment,
                  const QString &reviewer);
    Result end(const PlatformNotice &notice, const QString &reason, const QString &user);
    Result cancel(const PlatformNotice &notice, const QString &reason, const QString &user);

    // Why this decision cannot be taken, or "".
    static QString refusal(const PlatformNotice &notice, Decision decision, const QString &comment,
                           const QString &reviewer);
    static bool isOwnSubmission(const PlatformNotice &notice, const QString &reviewer);
    // What became of a queued operation, for a person; "" while it is still on its way. A
    // decision in conflict (decided by someone else, or superseded) can never apply: it is
    // taken out of the outbox, and the sentence says so.
    QString settle(const Outbox::Operation &operation, const QString &user);
    static bool isSettled(const Outbox::Operation &operation);

    // approve, request_changes, reject (the API's words)
    static QString name(Decision decision);
    static std::optional<Decision> fromName(const QString &name);
    // What the decision does to this notice, for a confirmation: "Approve and publish…",
    // "Take down…" for a revision already public.
    static QString describe(const PlatformNotice &notice, Decision decision);

private:
    Result close(Outbox::Kind kind, const PlatformNotice &notice, const QString &reason,
                 const QString &user);
    // The notice must be in the profile for the outbox to hold an operation on it: a
    // submission of another company is kept as the revision that was read.
    bool remember(const PlatformNotice &notice, const QString &user);

    Store &m_store;
};
