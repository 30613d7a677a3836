#pragma once

#include "NoticeListFetcher.h"

#include <QHash>
#include <QObject>
#include <QTimer>

class Store;

// The issuer's side of the review: for each notice of the company on the platform, its state
// and the last decision with its comment, refreshed like the coordinators' queue. When a
// decision reaches a notice this profile holds, the notice's new ETag is recorded in the store,
// so the edit the issuer resubmits after "request changes" (an update) is based on what the
// platform holds and is not refused as stale.
class IssuerDecisions : public QObject
{
    Q_OBJECT

public:
    struct Status
    {
        QString state; // the platform's: pending_review, published, changes_requested…
        int revision = 0;
        int publishedRevision = 0;
        std::optional<PlatformNotice::Review> review; // the last decision, on any revision
        QString reason;                               // why it was ended or cancelled
    };

    // store may be null (nothing is recorded then).
    IssuerDecisions(PlatformConnection &connection, Session *session, Store *store,
                    QObject *parent = nullptr);

    void setRefreshInterval(int ms) { m_timer.setInterval(ms); }
    void start();
    void stop();
    void refresh();

    std::optional<Status> status(const QString &noticeId) const;
    // For a person: "Changes requested by coord.anne: <comment>", "Published", …
    static QString describe(const Status &status);

signals:
    void updated();
    // A decision this run had not seen yet (all of them at the first refresh).
    void decided(const QString &noticeId, const QString &decision, const QString &comment);
    void refreshFailed(const QString &error);
    // The ETags of decided notices are in the store.
    void synchronised();

private:
    void onFetched(const QList<PlatformNotice> &notices);
    void recordVersion(const QString &id);

    PlatformConnection &m_connection;
    Session *m_session;
    Store *m_store;
    NoticeListFetcher m_fetcher;
    QTimer m_timer;
    QHash<QString, Status> m_status;
    QHash<QString, QDateTime> m_seen; // updated_at at the last refresh
    int m_pendingVersions = 0;
};
