#include "PlatformStanding.h"

#include "IsoTime.h"

namespace {

QString iso(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

QJsonObject PlatformStanding::toJson() const
{
    QJsonObject o{{QStringLiteral("state"), state},
                  {QStringLiteral("revision"), revision},
                  {QStringLiteral("publishedRevision"), publishedRevision},
                  {QStringLiteral("checkedAt"), iso(checkedAt)}};
    if (!decision.isEmpty()) {
        o.insert(QStringLiteral("decision"),
                 QJsonObject{{QStringLiteral("decision"), decision},
                             {QStringLiteral("revision"), decisionRevision},
                             {QStringLiteral("comment"), comment},
                             {QStringLiteral("decidedBy"), decidedBy},
                             {QStringLiteral("decidedAt"), iso(decidedAt)}});
    }
    if (!reason.isEmpty())
        o.insert(QStringLiteral("reason"), reason);
    return o;
}

std::optional<PlatformStanding> PlatformStanding::fromJson(const QJsonObject &json)
{
    PlatformStanding s;
    s.state = json.value(QLatin1String("state")).toString();
    if (s.state.isEmpty())
        return std::nullopt;
    s.revision = json.value(QLatin1String("revision")).toInt();
    s.publishedRevision = json.value(QLatin1String("publishedRevision")).toInt();
    s.checkedAt =
        IsoTime::parse(json.value(QLatin1String("checkedAt")).toString()).value_or(QDateTime());
    const QJsonObject d = json.value(QLatin1String("decision")).toObject();
    s.decision = d.value(QLatin1String("decision")).toString();
    s.decisionRevision = d.value(QLatin1String("revision")).toInt();
    s.comment = d.value(QLatin1String("comment")).toString();
    s.decidedBy = d.value(QLatin1String("decidedBy")).toString();
    s.decidedAt =
        IsoTime::parse(d.value(QLatin1String("decidedAt")).toString()).value_or(QDateTime());
    s.reason = json.value(QLatin1String("reason")).toString();
    return s;
}

bool PlatformStanding::operator==(const PlatformStanding &other) const
{
    return state == other.state && revision == other.revision &&
           publishedRevision == other.publishedRevision && sameDecision(other) &&
           comment == other.comment && decidedBy == other.decidedBy && reason == other.reason;
}

bool PlatformStanding::sameDecision(const PlatformStanding &other) const
{
    return decision == other.decision && decisionRevision == other.decisionRevision &&
           decidedAt == other.decidedAt;
}

QString PlatformStanding::word() const
{
    if (state == QLatin1String("pending_review"))
        return publishedRevision > 0 ? tr("Public; the new revision awaits CCI review")
                                     : tr("Awaiting CCI review: not public yet");
    if (state == QLatin1String("published"))
        return decidedOnLatest() ? tr("Published") : tr("Published; the CCI reviews it afterwards");
    if (state == QLatin1String("changes_requested"))
        return tr("Changes requested");
    if (state == QLatin1String("rejected"))
        return tr("Rejected");
    if (state == QLatin1String("ended"))
        return tr("Ended");
    if (state == QLatin1String("cancelled"))
        return tr("Cancelled");
    return state;
}

QString PlatformStanding::describe() const
{
    const bool onLatest = decidedOnLatest();
    if (state == QLatin1String("changes_requested") && onLatest) {
        const QString still = publishedRevision > 0 ? tr("The version already public stays public.")
                                                    : tr("Nothing of it is public.");
        return tr("Changes requested by %1: %2").arg(decidedBy, comment) + QLatin1Char(' ') + still;
    }
    if (state == QLatin1String("rejected") && onLatest)
        return tr("Rejected by %1: %2").arg(decidedBy, comment);
    if (state == QLatin1String("published") && onLatest)
        return comment.isEmpty() ? tr("Published, approved by %1.").arg(decidedBy)
                                 : tr("Published, approved by %1: %2").arg(decidedBy, comment);
    if (state == QLatin1String("ended") || state == QLatin1String("cancelled"))
        return reason.isEmpty() ? word() : word() + QLatin1String(": ") + reason;
    return word() + QLatin1Char('.');
}
