#include "IssuerDecisions.h"

#include "PlatformRequest.h"
#include "ReviewQueue.h"
#include "Store.h"

PlatformStanding IssuerDecisions::standingOf(const PlatformNotice &n)
{
    PlatformStanding s;
    s.state = n.state;
    s.revision = n.revision;
    s.publishedRevision = n.publishedRevision;
    s.reason = n.reason;
    if (n.review) {
        s.decision = n.review->decision;
        s.decisionRevision = n.review->revision;
        s.comment = n.review->comment;
        s.decidedBy = n.review->decidedBy;
        s.decidedAt = n.review->decidedAt;
    }
    return s;
}

IssuerDecisions::IssuerDecisions(PlatformConnection &connection, Session *session, Store *store,
                                 QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_session(session)
    , m_store(store)
    , m_fetcher(connection, session)
{
    m_timer.setInterval(ReviewQueue::kRefreshMs);
    connect(&m_timer, &QTimer::timeout, this, &IssuerDecisions::refresh);
    connect(&m_fetcher, &NoticeListFetcher::fetched, this,
            [this](const QList<PlatformNotice> &notices, bool changed) {
                if (changed || m_status.isEmpty())
                    onFetched(notices);
                else if (m_pendingVersions == 0)
                    emit synchronised();
            });
    connect(&m_fetcher, &NoticeListFetcher::failed, this, &IssuerDecisions::refreshFailed);
}

void IssuerDecisions::start()
{
    m_timer.start();
    refresh();
}

void IssuerDecisions::stop()
{
    m_timer.stop();
}

void IssuerDecisions::refresh()
{
    m_fetcher.fetch();
}

std::optional<PlatformStanding> IssuerDecisions::status(const QString &noticeId) const
{
    const auto found = m_status.constFind(noticeId);
    if (found == m_status.constEnd())
        return std::nullopt;
    return *found;
}

void IssuerDecisions::onFetched(const QList<PlatformNotice> &notices)
{
    QHash<QString, QDateTime> seen;
    QStringList toRecord;
    QList<std::pair<QString, PlatformStanding>> decisions;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const PlatformNotice &n : notices) {
        PlatformStanding standing = standingOf(n);
        seen.insert(n.id, n.updatedAt);
        const bool changed = m_seen.value(n.id) != n.updatedAt;
        const auto summary = m_store ? m_store->drafts().summary(n.id) : std::nullopt;
        if (summary) {
            const std::optional<PlatformStanding> &before = summary->platform;
            if (before && *before == standing) {
                standing.checkedAt = before->checkedAt; // unchanged: not written again
            } else {
                standing.checkedAt = now;
                m_store->drafts().recordStanding(n.id, standing);
            }
            if (!standing.decision.isEmpty() && (!before || !before->sameDecision(standing)))
                decisions.append({n.id, standing});
            // Only a notice of this profile: another issuer's edit is theirs to base on.
            if (changed && standing.decidedOnLatest())
                toRecord.append(n.id);
        }
        m_status.insert(n.id, standing);
    }
    m_seen = seen;
    emit updated();
    for (const auto &[id, standing] : std::as_const(decisions))
        emit decided(id, standing);
    for (const QString &id : std::as_const(toRecord))
        recordVersion(id);
    if (m_pendingVersions == 0)
        emit synchronised();
}

void IssuerDecisions::recordVersion(const QString &id)
{
    const auto summary = m_store->drafts().summary(id);
    // Only a copy that is not being sent: an operation in flight records its own answer, and one
    // still queued is rebased by the sender if the platform refuses its old ETag.
    if (!summary || summary->state == NoticeState::Queued)
        return;
    ++m_pendingVersions;
    PlatformRequest::send(m_connection, m_session, "GET", QStringLiteral("/v1/notices/") + id, {},
                          this, [this, id](const ApiCall::Result &result) {
                              const qint64 revision =
                                  result.json.object().value(QLatin1String("revision")).toInteger();
                              if (result.succeeded() && !result.etag.isEmpty())
                                  m_store->drafts().recordPlatformVersion(
                                      id, revision, QString::fromLatin1(result.etag));
                              if (--m_pendingVersions == 0)
                                  emit synchronised();
                          });
}
