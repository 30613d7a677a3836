#include "IssuerDecisions.h"

#include "PlatformRequest.h"
#include "ReviewQueue.h"
#include "Store.h"

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

std::optional<IssuerDecisions::Status> IssuerDecisions::status(const QString &noticeId) const
{
    const auto found = m_status.constFind(noticeId);
    if (found == m_status.constEnd())
        return std::nullopt;
    return *found;
}

QString IssuerDecisions::describe(const Status &status)
{
    const auto &review = status.review;
    const bool onLatest = review && review->revision == status.revision;
    if (status.state == QLatin1String("changes_requested") && onLatest)
        return tr("Changes requested by %1: %2").arg(review->decidedBy, review->comment);
    if (status.state == QLatin1String("rejected") && onLatest)
        return tr("Rejected by %1: %2").arg(review->decidedBy, review->comment);
    if (status.state == QLatin1String("pending_review"))
        return tr("Revision %1 awaits review by the CCI.").arg(status.revision);
    if (status.state == QLatin1String("published")) {
        if (onLatest && !review->comment.isEmpty())
            return tr("Published, approved by %1: %2").arg(review->decidedBy, review->comment);
        return onLatest ? tr("Published, approved by %1.").arg(review->decidedBy)
                        : tr("Published; the CCI reviews it afterwards.");
    }
    if (status.state == QLatin1String("ended"))
        return tr("Ended: %1").arg(status.reason);
    if (status.state == QLatin1String("cancelled"))
        return tr("Cancelled: %1").arg(status.reason);
    return status.state;
}

void IssuerDecisions::onFetched(const QList<PlatformNotice> &notices)
{
    QHash<QString, QDateTime> seen;
    QStringList toRecord;
    for (const PlatformNotice &n : notices) {
        const Status status{n.state, n.revision, n.publishedRevision, n.review, n.reason};
        const auto before = m_status.constFind(n.id);
        const bool newDecision = n.review && (before == m_status.constEnd() || !before->review ||
                                              before->review->revision != n.review->revision ||
                                              before->review->decidedAt != n.review->decidedAt);
        m_status.insert(n.id, status);
        seen.insert(n.id, n.updatedAt);
        if (newDecision)
            emit decided(n.id, n.review->decision, n.review->comment);
        const bool changed = m_seen.value(n.id) != n.updatedAt;
        if (m_store && changed && n.review && n.review->revision == n.revision)
            toRecord.append(n.id);
    }
    m_seen = seen;
    emit updated();
    for (const QString &id : std::as_const(toRecord))
        recordVersion(id);
    if (m_pendingVersions == 0)
        emit synchronised();
}

void IssuerDecisions::recordVersion(const QString &id)
{
    const auto summary = m_store->drafts().summary(id);
    // Only a copy that is not being sent: an operation in flight records its own answer.
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
