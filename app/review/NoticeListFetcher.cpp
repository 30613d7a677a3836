#include "NoticeListFetcher.h"

#include "PlatformRequest.h"

#include <QJsonArray>
#include <QUrlQuery>

NoticeListFetcher::NoticeListFetcher(PlatformConnection &connection, Session *session,
                                     QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_session(session)
{}

void NoticeListFetcher::fetch()
{
    if (m_fetching) {
        m_again = true;
        return;
    }
    m_fetching = true;
    m_again = false;
    m_round.clear();
    m_visited.clear();
    m_changed = false;
    m_requests = m_notModified = 0;
    requestPage(0, QString());
}

void NoticeListFetcher::requestPage(int stateIndex, const QString &cursor)
{
    if (stateIndex >= m_states.size()) {
        finishRound();
        return;
    }
    QUrlQuery query;
    if (!m_states.at(stateIndex).isEmpty())
        query.addQueryItem(QStringLiteral("state"), m_states.at(stateIndex));
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    const QString path = QStringLiteral("/v1/notices?") + query.toString(QUrl::FullyEncoded);
    PlatformRequest::Headers headers;
    const auto cached = m_pages.constFind(path);
    if (cached != m_pages.constEnd() && !cached->etag.isEmpty())
        headers.append({"If-None-Match", cached->etag});
    ++m_requests;
    PlatformRequest::send(
        m_connection, m_session, "GET", path, headers, this,
        [this, path, stateIndex](const ApiCall::Result &result) {
            Page page;
            if (result.outcome == ApiCall::Outcome::Answered && result.status == 304 &&
                m_pages.contains(path)) {
                ++m_notModified;
                page = m_pages.value(path);
            } else if (result.succeeded()) {
                const QJsonObject body = result.json.object();
                page.etag = result.etag;
                for (const QJsonValue &item : body.value(QLatin1String("items")).toArray())
                    page.notices.append(PlatformNotice::fromJson(item.toObject()));
                page.nextCursor = body.value(QLatin1String("next_cursor")).toString();
                m_pages.insert(path, page);
                m_changed = true;
            } else {
                m_fetching = false;
                emit failed(
                    result.error.isEmpty()
                        ? tr("The platform answered %1 to the list of notices.").arg(result.status)
                        : result.error,
                    result.status);
                if (m_again)
                    fetch();
                return;
            }
            m_visited.append(path);
            m_round.append(page.notices);
            if (page.nextCursor.isEmpty())
                requestPage(stateIndex + 1, QString());
            else
                requestPage(stateIndex, page.nextCursor);
        });
}

void NoticeListFetcher::finishRound()
{
    // Pages no longer reached (a shorter list) are forgotten, so they cannot come back stale.
    for (auto it = m_pages.begin(); it != m_pages.end();) {
        if (m_visited.contains(it.key()))
            ++it;
        else
            it = m_pages.erase(it);
    }
    // A notice that changed state between two requests may be listed twice: the newer wins.
    QHash<QString, qsizetype> index;
    QList<PlatformNotice> unique;
    for (const PlatformNotice &n : std::as_const(m_round)) {
        const auto found = index.constFind(n.id);
        if (found == index.constEnd()) {
            index.insert(n.id, unique.size());
            unique.append(n);
        } else if (unique.at(*found).updatedAt < n.updatedAt) {
            unique[*found] = n;
        }
    }
    m_fetching = false;
    emit fetched(unique, m_changed);
    if (m_again)
        fetch();
}
