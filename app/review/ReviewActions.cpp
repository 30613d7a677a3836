#include "ReviewActions.h"

#include "NoticeName.h"
#include "Store.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ReviewActions", text);
}

} // namespace

ReviewActions::ReviewActions(Store &store)
    : m_store(store)
{}

QString ReviewActions::name(Decision decision)
{
    switch (decision) {
    case Decision::Approve:
        return QStringLiteral("approve");
    case Decision::RequestChanges:
        return QStringLiteral("request_changes");
    case Decision::Reject:
        return QStringLiteral("reject");
    }
    return {};
}

std::optional<ReviewActions::Decision> ReviewActions::fromName(const QString &name)
{
    for (Decision d : {Decision::Approve, Decision::RequestChanges, Decision::Reject}) {
        if (ReviewActions::name(d) == name)
            return d;
    }
    return std::nullopt;
}

bool ReviewActions::isOwnSubmission(const PlatformNotice &notice, const QString &reviewer)
{
    return !reviewer.isEmpty() && notice.submittedBy == reviewer;
}

QString ReviewActions::refusal(const PlatformNotice &notice, Decision decision,
                               const QString &comment, const QString &reviewer)
{
    if (isOwnSubmission(notice, reviewer))
        return tr("Own submission — you cannot review it. Another coordinator must decide.");
    if (!notice.awaitingReview())
        return tr("Revision %1 of this notice is not awaiting review (it is %2): refresh the "
                  "queue.")
            .arg(notice.revision)
            .arg(notice.state);
    if (decision != Decision::Approve && comment.trimmed().isEmpty())
        return decision == Decision::RequestChanges
                   ? tr("Say what to change: a comment is required to request changes.")
                   : tr("Say why: a comment is required to reject.");
    return {};
}

QString ReviewActions::describe(const PlatformNotice &notice, Decision decision)
{
    const QString what = NoticeName::of(notice.notice);
    if (notice.publishedAtOnce()) {
        switch (decision) {
        case Decision::Approve:
            return tr("Confirm revision %1 of %2? It stays published.")
                .arg(notice.revision)
                .arg(what);
        case Decision::RequestChanges:
            return tr("Take down revision %1 of %2 and request changes? It leaves every channel "
                      "until the company resubmits.")
                .arg(notice.revision)
                .arg(what);
        case Decision::Reject:
            return tr("Take down and reject revision %1 of %2? It leaves every channel.")
                .arg(notice.revision)
                .arg(what);
        }
    }
    switch (decision) {
    case Decision::Approve:
        return tr("Approve revision %1 of %2? It is published on every channel.")
            .arg(notice.revision)
            .arg(what);
    case Decision::RequestChanges:
        return tr("Return revision %1 of %2 to the company with your comment?")
            .arg(notice.revision)
            .arg(what);
    case Decision::Reject:
        return notice.publishedRevision > 0
                   ? tr("Reject revision %1 of %2? Revision %3 stays published.")
                         .arg(notice.revision)
                         .arg(what)
                         .arg(notice.publishedRevision)
                   : tr("Reject revision %1 of %2? It is never published.")
                         .arg(notice.revision)
                         .arg(what);
    }
    return {};
}

bool ReviewActions::remember(const PlatformNotice &notice, const QString &user)
{
    const auto summary = m_store.drafts().summary(notice.id);
    // A draft or queued edit of this profile is the user's own work: never overwritten.
    if (summary && (summary->state == NoticeState::Draft || summary->state == NoticeState::Queued))
        return true;
    return m_store.drafts().save(notice.notice, user, Database::Durability::Full) > 0;
}

ReviewActions::Result ReviewActions::decide(const PlatformNotice &notice, Decision decision,
                                            const QString &comment, const QString &reviewer)
{
    if (const QString why = refusal(notice, decision, comment, reviewer); !why.isEmpty())
        return {std::nullopt, why};
    if (!remember(notice, reviewer))
        return {std::nullopt, m_store.database().errorString()};
    QJsonObject extra{{QStringLiteral("revision"), notice.revision},
                      {QStringLiteral("decision"), name(decision)}};
    if (!comment.trimmed().isEmpty())
        extra.insert(QStringLiteral("comment"), comment.trimmed());
    auto op = m_store.outbox().enqueue(Outbox::Kind::Review, notice.id, extra, reviewer);
    if (!op)
        return {std::nullopt, m_store.database().errorString()};
    return {op, {}};
}

ReviewActions::Result ReviewActions::end(const PlatformNotice &notice, const QString &reason,
                                         const QString &user)
{
    return close(Outbox::Kind::End, notice, reason, user);
}

ReviewActions::Result ReviewActions::cancel(const PlatformNotice &notice, const QString &reason,
                                            const QString &user)
{
    return close(Outbox::Kind::Cancel, notice, reason, user);
}

ReviewActions::Result ReviewActions::close(Outbox::Kind kind, const PlatformNotice &notice,
                                           const QString &reason, const QString &user)
{
    if (reason.trimmed().isEmpty())
        return {std::nullopt, kind == Outbox::Kind::End
                                  ? tr("Say why the notice ends: a reason is required.")
                                  : tr("Say why the notice is cancelled: a reason is required.")};
    if (notice.isClosed())
        return {std::nullopt,
                tr("The notice is %1 already: there is nothing to take down.").arg(notice.state)};
    if (!remember(notice, user))
        return {std::nullopt, m_store.database().errorString()};
    auto op = m_store.outbox().enqueue(kind, notice.id,
                                       {{QStringLiteral("reason"), reason.trimmed()}}, user);
    if (!op)
        return {std::nullopt, m_store.database().errorString()};
    return {op, {}};
}

bool ReviewActions::isSettled(const Outbox::Operation &op)
{
    return Outbox::isSettled(op.state);
}

QString ReviewActions::settle(const Outbox::Operation &op, const QString &user)
{
    const QString decision = op.payload.value(QLatin1String("decision")).toString();
    const int revision = op.payload.value(QLatin1String("revision")).toInt();
    // Named as in the confirmation: the coordinator may have decided on several since.
    const auto reviewed = m_store.drafts().load(op.noticeId);
    const QString what = reviewed ? NoticeName::of(*reviewed) : op.noticeId;
    switch (op.state) {
    case Outbox::State::Sent:
        if (op.kind == Outbox::Kind::End)
            return tr("The notice “%1” was ended: it leaves every channel.").arg(what);
        if (op.kind == Outbox::Kind::Cancel)
            return tr("The notice “%1” was cancelled: it leaves every channel.").arg(what);
        if (decision == QLatin1String("approve"))
            return tr("Revision %1 of “%2” was approved.").arg(revision).arg(what);
        if (decision == QLatin1String("request_changes"))
            return tr("Changes to revision %1 of “%2” were requested from the company.")
                .arg(revision)
                .arg(what);
        return tr("Revision %1 of “%2” was rejected.").arg(revision).arg(what);
    case Outbox::State::Conflict:
        if (op.kind == Outbox::Kind::Review &&
            m_store.outbox().remove(op.id, user) == Outbox::Refusal::None)
            return tr("Your decision was not applied: %1 It was taken out of the outbox; refresh "
                      "the queue to see the notice as it is now.")
                .arg(op.lastError);
        return tr("Not applied: %1").arg(op.lastError);
    case Outbox::State::Failed:
        return tr("Refused by the platform: %1").arg(op.failureReason);
    case Outbox::State::NeedsSignIn:
        return tr("Sign in again: the decision is kept in the outbox and sent after the "
                  "sign-in.");
    default:
        return {};
    }
}
