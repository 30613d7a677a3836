#pragma once

#include "NoticeListFetcher.h"
#include "PlatformStanding.h"

#include <QHash>
#include <QObject>
#include <QTimer>

class Store;

// The issuer's side of the review: where each notice of the company stands on the platform and
// the CCI's last decision with its comment, refreshed like the coordinators' queue. For the
// notices this profile holds, the standing is written to the store (the list, the composer and
// `allo-cli drafts list` read it there, offline too), and when a decision reaches one, its new
// ETag is recorded, so the edit the issuer resubmits after "request changes" is based on what
// the platform holds and is not refused as stale.
class IssuerDecisions : public QObject
{
    Q_OBJECT

public:
    // store may be null (nothing is recorded then).
    IssuerDecisions(PlatformConnection &connection, Session *session, Store *store,
                    QObject *parent = nullptr);

    void setRefreshInterval(int ms) { m_timer.setInterval(ms); }
    void start();
    void stop();
    void refresh();

    std::optional<PlatformStanding> status(const QString &noticeId) const;
    // Where a notice the platform described stands (its checkedAt left empty).
    static PlatformStanding standingOf(const PlatformNotice &notice);

signals:
    void updated();
    // A decision the store had not recorded yet, on a notice this profile holds: said once,
    // even across restarts.
    void decided(const QString &noticeId, const PlatformStanding &standing);
    void refreshFailed(const QString &error);
    // The standings and the ETags of decided notices are in the store.
    void synchronised();

private:
    void onFetched(const QList<PlatformNotice> &notices);
    void recordVersion(const QString &id);

    PlatformConnection &m_connection;
    Session *m_session;
    Store *m_store;
    NoticeListFetcher m_fetcher;
    QTimer m_timer;
    QHash<QString, PlatformStanding> m_status;
    QHash<QString, QDateTime> m_seen; // updated_at at the last refresh
    int m_pendingVersions = 0;
};
