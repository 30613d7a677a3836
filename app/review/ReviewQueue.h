#pragma once

#include "NoticeListFetcher.h"
#include "PlatformNotice.h"

#include <QObject>
#include <QSet>
#include <QTimer>

class Clock;

// What the coordinator's territories hold on the platform, refreshed every 15 s (and on
// demand) with If-None-Match: the submissions awaiting review and what is live now. Only the
// states that matter are listed (pending review, published, changes requested), so ended and
// cancelled history is never downloaded again.
class ReviewQueue : public QObject
{
    Q_OBJECT

public:
    static constexpr int kRefreshMs = 15000;

    ReviewQueue(PlatformConnection &connection, Session *session, QObject *parent = nullptr);

    // Who reviews: their own submissions are never counted as new (they cannot review them).
    void setReviewer(const QString &username) { m_reviewer = username; }
    QString reviewer() const { return m_reviewer; }
    void setRefreshInterval(int ms) { m_timer.setInterval(ms); }
    NoticeListFetcher &fetcher() { return m_fetcher; }

    // Refreshes now and then every interval.
    void start();
    void stop();
    void refresh();

    const QList<PlatformNotice> &notices() const { return m_notices; }
    // Published at once and awaiting review first, then pending review; each by start time.
    QList<PlatformNotice> awaitingReview() const;
    // As the public web page shows: every notice with a public revision, by start time.
    QList<PlatformNotice> liveNow() const;
    std::optional<PlatformNotice> find(const QString &id) const;
    QString lastError() const { return m_error; }
    bool hasLoaded() const { return m_loaded; }

    static QList<PlatformNotice> ordered(QList<PlatformNotice> notices);

signals:
    // After a round that changed something.
    void updated();
    void refreshFailed(const QString &error);
    // Revisions awaiting review that were not there at the last round (all of them at the
    // first); incidents counts those already published at once. The coordinator's own
    // submissions are left out.
    void newSubmissions(int count, int incidents);

private:
    void onFetched(const QList<PlatformNotice> &notices, bool changed);

    NoticeListFetcher m_fetcher;
    QTimer m_timer;
    QString m_reviewer;
    QList<PlatformNotice> m_notices;
    QSet<QString> m_seen; // "id/revision" awaiting review at the last round
    QString m_error;
    bool m_loaded = false;
};
