#pragma once

#include "ApiCall.h"
#include "Outbox.h"
#include "RetryBackoff.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

class Clock;
class PlatformConnection;
class Session;

// Sends the outbox by itself whenever the platform is reachable: GET /v1/health is the probe
// (QNetworkInformation, where it has a backend, only a hint to probe sooner). Per notice in
// order, several notices at once; exponential back-off with jitter, honouring Retry-After.
// 401: one refresh, then the outbox pauses for a sign-in. 409/412: conflict. Other 4xx (but
// 408, 429): failed with the platform's reason. An answer that never came is retried with the
// same idempotency key, so nothing is applied twice and nothing applied is marked failed. The
// platform keeps keys per account, so such a retry goes only as the account of the first
// attempt: signed in as another one, the operation waits for it (needs_sign_in, with why).
// An update refused as stale only because a review decision raised the ETag is rebased. While
// nothing is in flight, the health probe runs at least every kIdleProbeMs, so a platform that
// went away shows as offline within seconds, and one that came back is used as soon.
// The answers that arrive together and the sends they make room for are recorded in one commit,
// synced to disk only when it records new sends (the accounts of first attempts): until it, or
// until a power cut drops an unsynced one, an answered operation is still "sending" on disk, and
// it is resent with its key (the platform answers the original result) while its notice's next
// operation waits.
class OutboxSender : public QObject
{
    Q_OBJECT

public:
    enum class Connection
    {
        Unknown,
        Online,
        Offline,             // no answer from the platform
        SignedOut,           // reachable, but nobody is signed in (or the sign-in expired)
        PlatformUnavailable, // it answered 5xx or 429
        TlsProblem           // the certificate or the pin was refused
    };
    Q_ENUM(Connection)

    static constexpr int kIdleProbeMs = 10000;
    // Twice Qt's 6 HTTP/1.1 connections per host: new requests are claimed when half the places
    // are free, so even then every connection has a request, and the platform never waits for
    // the sender's commit (at 8, two connections sat idle each round: 0.78× curl, 12: 0.91×).
    static constexpr int kDefaultMaxInFlight = 12;

    OutboxSender(Outbox &outbox, PlatformConnection &connection, Session &session,
                 const Clock &clock, QObject *parent = nullptr);
    // Operations still in flight, or answered but not yet recorded, are left "sending": the next
    // start resends them with their keys.
    ~OutboxSender() override;

    // Back-off base and cap (settings retry/base_seconds, retry/cap_seconds).
    void setBackoff(int baseMs, int capMs);
    void setMaxInFlight(int operations);
    void setIdleProbeInterval(int ms) { m_heartbeat.setInterval(ms); }

    void start();
    void stop();
    // Probe now and send everything ready, back-off waits included ("Retry now", queue flush).
    void sendNow();

    Connection connection() const;
    // For a person: what the state means and what to do about it.
    QString connectionDetail() const;
    // Nothing in flight and nothing ready to send now.
    bool isIdle() const;
    // Idle with no retry time to wait for: nothing more goes out until someone acts (a sign-in,
    // a retry, a removal), so queue flush --wait and review decisions need not wait any longer.
    bool isStalled() const;
    // Why this unsent operation does not go out: the earlier operation of its notice that it
    // waits behind, with that one's own reason; "" when none is ahead of it.
    QString waitReason(const Outbox::Operation &op) const;

signals:
    void connectionChanged(OutboxSender::Connection state, const QString &detail);
    // An operation changed state in the outbox (sending, sent, retry, conflict, failed…).
    void operationChanged(const QString &operationId);
    void idleChanged(bool idle);

private:
    bool maySend() const;
    void probe();
    void onProbed(const ApiCall::Result &result);
    // Records the answers waiting for it and starts what may go now, in one commit.
    void pump();
    // A pump after the events already queued, so that answers arriving together share it.
    void pumpSoon();
    // In pump's commit: marks the operations to send now as sending, forced ones first.
    QList<Outbox::Operation> claimReady();
    void send(const Outbox::Operation &op, bool refreshed);
    // The request of an operation already marked sending.
    void startRequest(const Outbox::Operation &op, bool refreshed);
    void onAnswered(const Outbox::Operation &op, bool refreshed, const ApiCall::Result &result);
    void onUnauthorized(const Outbox::Operation &op, bool refreshed, const ApiCall::Result &result);
    void retryLater(const Outbox::Operation &op, const ApiCall::Result &result);
    void conflict(const Outbox::Operation &op, const QString &detail);
    // 412 on an update: rebased when the platform's revision is still the edit's base.
    void rebaseOrConflict(const Outbox::Operation &op, const ApiCall::Result &refused);
    void onSessionState();
    void onReachable();
    void resumePaused();
    // The signed-in platform account, empty when nobody is.
    QString account() const;
    // Operations attempted as another account wait for it instead of going out as this one.
    void holdForOtherAccounts();
    bool holdForAccount(const Outbox::Operation &op);
    static QString onlineDetail();
    QString signedOutDetail() const;
    void setConnection(Connection state, const QString &detail);
    // A refused certificate or pin: nothing is sent, and the status says why.
    void distrust(const ApiCall::Result &result);
    void wakeAt(const QString &operationId, const QDateTime &when);
    void onWake();
    void scheduleWake();
    void updateIdle();

    Outbox &m_outbox;
    PlatformConnection &m_connection;
    Session &m_session;
    const Clock &m_clock;
    RetryBackoff m_backoff;
    // The requests beyond Qt's 6 connections wait in Qt's queue and go out the moment a
    // connection is free, and more answers share each commit.
    int m_maxInFlight = kDefaultMaxInFlight;
    bool m_running = false;
    Connection m_state = Connection::Unknown;
    QString m_detail;
    QPointer<ApiCall> m_probe;
    int m_probeFailures = 0;
    // What the last health probe said of the platform's API (PlatformApiLevel).
    QString m_apiVersion;
    QTimer m_probeTimer;
    QTimer m_heartbeat; // the idle probe
    // Operation id → its request; null while a 401 waits for the session's refresh.
    QHash<QString, QPointer<ApiCall>> m_inFlight;
    // 2xx answers not yet recorded: the next pump commits them together.
    struct Answer
    {
        Outbox::Operation op;
        qint64 revision = 0;
        QString etag;
    };
    QList<Answer> m_answered;
    bool m_pumpQueued = false;
    // Sent before anything ready: outcomes lost with the last process, waits cut by sendNow.
    QStringList m_forced;
    // Operations in retry_wait and when they are due, to wake the sender then.
    QHash<QString, QDateTime> m_waiting;
    QTimer m_wake;
    bool m_idle = true;
};
