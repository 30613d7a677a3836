#include "ReviewQueue.h"

#include <algorithm>

namespace {

QString key(const PlatformNotice &n)
{
    return n.id + QLatin1Char('/') + QString::number(n.revision);
}

bool byStart(const PlatformNotice &a, const PlatformNotice &b)
{
    const QDateTime sa = a.notice.start();
    const QDateTime sb = b.notice.start();
    if (sa != sb)
        return sa < sb;
    return a.id < b.id;
}

} // namespace

ReviewQueue::ReviewQueue(PlatformConnection &connection, Session *session, QObject *parent)
    : QObject(parent)
    , m_fetcher(connection, session)
{
    m_fetcher.setStates({QStringLiteral("pending_review"), QStringLiteral("published"),
                         QStringLiteral("changes_requested")});
    m_timer.setInterval(kRefreshMs);
    connect(&m_timer, &QTimer::timeout, this, &ReviewQueue::refresh);
    connect(&m_fetcher, &NoticeListFetcher::fetched, this, &ReviewQueue::onFetched);
    connect(&m_fetcher, &NoticeListFetcher::failed, this, [this](const QString &error) {
        m_error = error;
        emit refreshFailed(error);
    });
}

void ReviewQueue::start()
{
    m_timer.start();
    refresh();
}

void ReviewQueue::stop()
{
    m_timer.stop();
}

void ReviewQueue::refresh()
{
    m_fetcher.fetch();
}

QList<PlatformNotice> ReviewQueue::ordered(QList<PlatformNotice> notices)
{
    std::stable_sort(notices.begin(), notices.end(),
                     [](const PlatformNotice &a, const PlatformNotice &b) {
                         if (a.publishedAtOnce() != b.publishedAtOnce())
                             return a.publishedAtOnce();
                         return byStart(a, b);
                     });
    return notices;
}

QList<PlatformNotice> ReviewQueue::awaitingReview() const
{
    QList<PlatformNotice> queue;
    std::copy_if(m_notices.begin(), m_notices.end(), std::back_inserter(queue),
                 [](const PlatformNotice &n) { return n.awaitingReview(); });
    return ordered(queue);
}

QList<PlatformNotice> ReviewQueue::liveNow() const
{
    QList<PlatformNotice> live;
    std::copy_if(m_notices.begin(), m_notices.end(), std::back_inserter(live),
                 [](const PlatformNotice &n) { return n.isLive(); });
    std::stable_sort(live.begin(), live.end(), byStart);
    return live;
}

std::optional<PlatformNotice> ReviewQueue::find(const QString &id) const
{
    for (const PlatformNotice &n : m_notices) {
        if (n.id == id)
            return n;
    }
    return std::nullopt;
}

void ReviewQueue::onFetched(const QList<PlatformNotice> &notices, bool changed)
{
    m_error.clear();
    if (!changed && m_loaded)
        return;
    m_notices = notices;
    m_loaded = true;
    QSet<QString> seen;
    int fresh = 0;
    int incidents = 0;
    for (const PlatformNotice &n : notices) {
        if (!n.awaitingReview() || n.submittedBy == m_reviewer)
            continue;
        seen.insert(key(n));
        if (m_seen.contains(key(n)))
            continue;
        ++fresh;
        if (n.publishedAtOnce())
            ++incidents;
    }
    m_seen = seen;
    emit updated();
    if (fresh > 0)
        emit newSubmissions(fresh, incidents);
}
