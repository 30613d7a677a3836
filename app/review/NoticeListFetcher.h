#pragma once

#include "PlatformNotice.h"

#include <QHash>
#include <QObject>
#include <QStringList>

class PlatformConnection;
class Session;

// Every page of GET /v1/notices for a few states, following next_cursor. Each page is asked
// with If-None-Match and its last answer is kept, so a refresh where nothing changed costs one
// 304 per page and no parsing.
class NoticeListFetcher : public QObject
{
    Q_OBJECT

public:
    NoticeListFetcher(PlatformConnection &connection, Session *session, QObject *parent = nullptr);

    // "" lists every state the user may see.
    void setStates(const QStringList &states) { m_states = states; }
    void setPageSize(int limit) { m_pageSize = limit; }
    // Starts a round; a call during a round starts another one right after it.
    void fetch();
    bool isFetching() const { return m_fetching; }
    // Requests of the last round, and how many of them were answered 304.
    int lastRequests() const { return m_requests; }
    int lastNotModified() const { return m_notModified; }

signals:
    // Every notice of the listed states, each once; changed is false when every page was 304.
    void fetched(const QList<PlatformNotice> &notices, bool changed);
    void failed(const QString &error, int status);

private:
    struct Page
    {
        QByteArray etag;
        QList<PlatformNotice> notices;
        QString nextCursor;
    };

    void requestPage(int stateIndex, const QString &cursor);
    void finishRound();

    PlatformConnection &m_connection;
    Session *m_session;
    QStringList m_states{QString()};
    int m_pageSize = 50;
    QHash<QString, Page> m_pages;
    QStringList m_visited;
    QList<PlatformNotice> m_round;
    bool m_changed = false;
    bool m_fetching = false;
    bool m_again = false;
    int m_requests = 0;
    int m_notModified = 0;
};
