#include "PlatformNotice.h"

#include "IsoTime.h"

#include <QJsonArray>

namespace {

QDateTime time(const QJsonValue &value)
{
    return IsoTime::parse(value.toString()).value_or(QDateTime());
}

std::optional<PlatformNotice::Review> readReview(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject o = value.toObject();
    return PlatformNotice::Review{o.value(QLatin1String("revision")).toInt(),
                                  o.value(QLatin1String("decision")).toString(),
                                  o.value(QLatin1String("comment")).toString(),
                                  o.value(QLatin1String("decided_by")).toString(),
                                  time(o.value(QLatin1String("decided_at")))};
}

} // namespace

PlatformNotice PlatformNotice::fromJson(const QJsonObject &json)
{
    PlatformNotice n;
    n.id = json.value(QLatin1String("id")).toString();
    n.territory = json.value(QLatin1String("territory")).toString();
    n.company = json.value(QLatin1String("company")).toString();
    n.type = json.value(QLatin1String("type")).toString();
    n.state = json.value(QLatin1String("state")).toString();
    n.revision = json.value(QLatin1String("revision")).toInt();
    n.publishedRevision = json.value(QLatin1String("published_revision")).toInt(0);
    n.submittedBy = json.value(QLatin1String("submitted_by")).toString();
    n.updatedAt = time(json.value(QLatin1String("updated_at")));
    n.reason = json.value(QLatin1String("reason")).toString();
    n.notice = Notice(json.value(QLatin1String("notice")).toObject());
    n.review = readReview(json.value(QLatin1String("review")));
    for (const QJsonValue &value : json.value(QLatin1String("revisions")).toArray()) {
        const QJsonObject r = value.toObject();
        Revision revision;
        revision.revision = r.value(QLatin1String("revision")).toInt();
        revision.notice = Notice(r.value(QLatin1String("notice")).toObject());
        revision.submittedBy = r.value(QLatin1String("submitted_by")).toString();
        revision.submittedAt = time(r.value(QLatin1String("submitted_at")));
        revision.publishedAt = time(r.value(QLatin1String("published_at")));
        revision.review = readReview(r.value(QLatin1String("review")));
        n.revisions.append(revision);
    }
    return n;
}

bool PlatformNotice::publishedAtOnce() const
{
    return state == QLatin1String("published") && publishedRevision == revision &&
           (!review || review->revision != revision);
}

bool PlatformNotice::awaitingReview() const
{
    return state == QLatin1String("pending_review") || publishedAtOnce();
}

bool PlatformNotice::isLive() const
{
    return publishedRevision > 0 && !isClosed();
}

bool PlatformNotice::isClosed() const
{
    return state == QLatin1String("ended") || state == QLatin1String("cancelled") ||
           state == QLatin1String("rejected");
}

const PlatformNotice::Revision *PlatformNotice::findRevision(int number) const
{
    for (const Revision &r : revisions) {
        if (r.revision == number)
            return &r;
    }
    return nullptr;
}
