#include "OutboxSender.h"

#include "ClientLog.h"
#include "Clock.h"
#include "PlatformApiLevel.h"
#include "PlatformConnection.h"
#include "ProblemDetails.h"
#include "Session.h"

#include <QJsonObject>
#include <QMetaEnum>
#include <QNetworkInformation>

#include <algorithm>
#include <utility>

namespace {

struct Request
{
    QByteArray method;
    QString path;
    QByteArray body;
    QByteArray ifMatch;
    QByteArray contentType = {}; // "" for JSON
};

// The store's noticeEtag is what it knows of the notice on the platform now. An update queued
// behind another operation of the same notice was edited on top of that one, so its base is the
// ETag that operation's answer gave, not the one known when it was queued.
Request requestFor(const Outbox::Operation &op, Outbox &outbox)
{
    const QString notice = QStringLiteral("/v1/notices/") + op.noticeId;
    if (op.kind == Outbox::Kind::HotlineAudio) {
        // The revision the create or update before it made: ready() gives it only once that
        // one is sent. The same bytes at every attempt, like a JSON body.
        const QString path =
            notice +
            QStringLiteral("/revisions/%1/hotline-audio?lang=%2")
                .arg(outbox.spokenRevision(op).value_or(0))
                .arg(op.payload.value(QStringLiteral("language")).toString(QStringLiteral("fr")));
        return {"PUT", path, outbox.body(op.id), {}, "audio/wav"};
    }
    // The payload's bytes as stored when it was queued, not serialized again per request.
    Request r;
    r.body = op.payloadJson;
    switch (op.kind) {
    case Outbox::Kind::Create:
        r.method = "POST";
        r.path = QStringLiteral("/v1/notices");
        break;
    case Outbox::Kind::Update: {
        const QString noticeEtag = outbox.noticeEtag(op.noticeId);
        r.method = "PUT";
        r.path = notice;
        r.ifMatch = (noticeEtag.isEmpty() ? op.baseEtag : noticeEtag).toLatin1();
        break;
    }
    case Outbox::Kind::End:
        r.method = "POST";
        r.path = notice + QStringLiteral("/end");
        break;
    case Outbox::Kind::Cancel:
        r.method = "POST";
        r.path = notice + QStringLiteral("/cancel");
        break;
    case Outbox::Kind::HotlineAudio:
        break; // answered above
    case Outbox::Kind::Review:
        // The decision is on the revision the reviewer saw; fixed at queueing, so every resend
        // carries the same body (the platform compares it with the key's first request).
        if (!op.payload.contains(QStringLiteral("revision")) && op.baseRevision) {
            QJsonObject body = op.payload;
            body.insert(QStringLiteral("revision"), *op.baseRevision);
            r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        }
        r.method = "POST";
        r.path = notice + QStringLiteral("/review");
        break;
    }
    return r;
}

// The state's name for the log ("Online", "TlsProblem"…).
const char *connectionName(OutboxSender::Connection state)
{
    return QMetaEnum::fromType<OutboxSender::Connection>().valueToKey(int(state));
}

} // namespace

OutboxSender::OutboxSender(Outbox &outbox, PlatformConnection &connection, Session &session,
                           const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_connection(connection)
    , m_session(session)
    , m_clock(clock)
    , m_backoff(1000, 300000)
{
    m_probeTimer.setSingleShot(true);
    m_probeTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_probeTimer, &QTimer::timeout, this, &OutboxSender::probe);
    // The network information has no backend on most machines, and none sees a stopped
    // platform: an idle probe does, within one interval and its answer.
    m_heartbeat.setInterval(kIdleProbeMs);
    connect(&m_heartbeat, &QTimer::timeout, this, [this] {
        if (m_inFlight.isEmpty() && !m_probe && !m_probeTimer.isActive())
            probe();
    });
    m_wake.setSingleShot(true);
    m_wake.setTimerType(Qt::PreciseTimer);
    connect(&m_wake, &QTimer::timeout, this, &OutboxSender::onWake);
    connect(&m_session, &Session::stateChanged, this, &OutboxSender::onSessionState);
    // Only a hint to try sooner: most machines here have no backend, and a "disconnected" from
    // one never stops a send (the probe decides).
    if (QNetworkInformation::loadDefaultBackend()) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability reachability) {
                    if (reachability == QNetworkInformation::Reachability::Online &&
                        m_state == Connection::Offline) {
                        m_probeFailures = 0;
                        probe();
                    }
                });
    }
}

OutboxSender::~OutboxSender()
{
    for (const QPointer<ApiCall> &call : std::as_const(m_inFlight)) {
        if (call) {
            call->disconnect(this);
            call->cancel();
        }
    }
    if (m_probe) {
        m_probe->disconnect(this);
        m_probe->cancel();
    }
}

void OutboxSender::setBackoff(int baseMs, int capMs)
{
    m_backoff.setLimits(baseMs, capMs);
}

void OutboxSender::setMaxInFlight(int operations)
{
    m_maxInFlight = qMax(1, operations);
    pump();
}

void OutboxSender::start()
{
    if (m_running)
        return;
    m_running = true;
    // Their answers were lost with the last process: the same key makes the resend safe.
    for (const Outbox::Operation &op : m_outbox.outcomeUnknown())
        m_forced.append(op.id);
    for (const Outbox::Operation &op : m_outbox.waiting())
        wakeAt(op.id, op.nextAttemptAt);
    if (m_session.state() == Session::State::SignedIn)
        resumePaused();
    m_heartbeat.start();
    probe();
}

void OutboxSender::stop()
{
    m_running = false;
    m_heartbeat.stop();
    m_probeTimer.stop();
    m_wake.stop();
    // Left "sending": whether the platform applied them is unknown, so start() resends them.
    for (const QPointer<ApiCall> &call : std::as_const(m_inFlight)) {
        if (call) {
            call->disconnect(this);
            call->cancel();
        }
    }
    m_inFlight.clear();
    if (m_probe) {
        m_probe->disconnect(this);
        m_probe->cancel();
    }
    m_forced.clear();
    m_waiting.clear();
    pump(); // not running: only records the answers already received
}

void OutboxSender::sendNow()
{
    for (const Outbox::Operation &op : m_outbox.waiting()) {
        if (!m_forced.contains(op.id))
            m_forced.append(op.id);
    }
    if (!m_running) {
        start();
        return;
    }
    m_probeFailures = 0;
    if (m_state == Connection::Online && !m_probe && !m_probeTimer.isActive())
        pump();
    else
        probe();
}

OutboxSender::Connection OutboxSender::connection() const
{
    return m_state;
}

QString OutboxSender::connectionDetail() const
{
    return m_detail;
}

bool OutboxSender::isIdle() const
{
    return m_inFlight.isEmpty() && m_answered.isEmpty() && !m_probe && m_forced.isEmpty() &&
           (!m_running || m_outbox.ready(1, account()).isEmpty());
}

bool OutboxSender::isStalled() const
{
    // Not before the platform has answered once: until then the held operations are not known.
    return m_running && m_state != Connection::Unknown && isIdle() && m_waiting.isEmpty();
}

QString OutboxSender::waitReason(const Outbox::Operation &op) const
{
    // Per notice, operations go strictly in order: the first unsent one holds up the rest.
    for (const Outbox::Operation &ahead : m_outbox.unsent()) {
        if (ahead.seq >= op.seq)
            break;
        // A hotline audio refused for good holds nothing up (Outbox::ready).
        if (ahead.noticeId != op.noticeId ||
            (ahead.kind == Outbox::Kind::HotlineAudio && ahead.state == Outbox::State::Failed))
            continue;
        const QString why =
            ahead.state == Outbox::State::Failed ? ahead.failureReason : ahead.lastError;
        const QString behind =
            tr("It waits behind %1 (%2), an earlier operation of the same notice.")
                .arg(ahead.id, Outbox::stateName(ahead.state));
        return why.isEmpty() ? behind : behind + QLatin1Char(' ') + why;
    }
    return {};
}

bool OutboxSender::maySend() const
{
    // Nothing new goes out while a probe is running or waited for: the platform just failed.
    return m_running && !m_probe && !m_probeTimer.isActive() &&
           (m_state == Connection::Online || m_state == Connection::PlatformUnavailable) &&
           m_session.state() == Session::State::SignedIn;
}

void OutboxSender::probe()
{
    if (!m_running || m_probe)
        return;
    m_probeTimer.stop();
    m_probe = new ApiCall(m_connection, "GET", QStringLiteral("/v1/health"));
    connect(m_probe, &ApiCall::finished, this, &OutboxSender::onProbed);
    m_probe->start();
    updateIdle();
}

void OutboxSender::onProbed(const ApiCall::Result &result)
{
    m_probe = nullptr;
    if (result.outcome == ApiCall::Outcome::Cancelled)
        return;
    if (result.succeeded()) {
        m_probeFailures = 0;
        m_apiVersion = result.json.object().value(QStringLiteral("apiVersion")).toString();
        onReachable();
        return;
    }
    ++m_probeFailures;
    // Never longer than the idle probe, unless the platform asked for it (Retry-After): the
    // outbox goes out as soon as the platform is back.
    const qint64 nextProbe =
        result.retryAfterSeconds > 0
            ? m_backoff.delayMs(m_probeFailures, result.retryAfterSeconds)
            : qMin<qint64>(m_backoff.delayMs(m_probeFailures, 0), m_heartbeat.interval());
    qCWarning(lcConnection).noquote()
        << "health probe failed (" << m_probeFailures << "in a row):" << result.error
        << "- next probe in" << nextProbe / 1000.0 << "s";
    switch (result.outcome) {
    case ApiCall::Outcome::Network:
    case ApiCall::Outcome::Timeout:
        setConnection(Connection::Offline,
                      result.error + QLatin1Char(' ') +
                          tr("Check the network connection. The outbox keeps every operation "
                             "and sends it by itself when the platform answers again."));
        break;
    case ApiCall::Outcome::Tls:
    case ApiCall::Outcome::PinMismatch:
        distrust(result);
        break;
    default:
        setConnection(Connection::PlatformUnavailable,
                      tr("The platform is not available (%1). The outbox tries again by "
                         "itself.")
                          .arg(result.error));
        break;
    }
    m_probeTimer.start(int(nextProbe));
    updateIdle();
}

void OutboxSender::onSessionState()
{
    switch (m_session.state()) {
    case Session::State::SignedIn:
        resumePaused();
        // A fresh look at the platform, then everything ready goes out.
        m_probeFailures = 0;
        probe();
        break;
    case Session::State::SigningIn:
        break;
    case Session::State::SignedOut:
    case Session::State::NeedsSignIn:
        if (m_state != Connection::Offline && m_state != Connection::TlsProblem)
            setConnection(Connection::SignedOut, signedOutDetail());
        break;
    }
    updateIdle();
}

void OutboxSender::onReachable()
{
    switch (m_session.state()) {
    case Session::State::SignedIn:
        setConnection(Connection::Online, onlineDetail());
        pump();
        break;
    case Session::State::SigningIn:
        break; // stateChanged comes next
    case Session::State::SignedOut:
    case Session::State::NeedsSignIn:
        setConnection(Connection::SignedOut, signedOutDetail());
        break;
    }
    updateIdle();
}

QString OutboxSender::onlineDetail()
{
    return tr("Connected to the platform: the outbox sends by itself.");
}

QString OutboxSender::signedOutDetail() const
{
    return m_session.state() == Session::State::NeedsSignIn
               ? tr("The platform ended the sign-in: sign in again. The outbox waits until "
                    "then, keeping every operation.")
               : tr("Nobody is signed in to the platform: sign in, and the outbox sends by "
                    "itself.");
}

void OutboxSender::resumePaused()
{
    const QString signedIn = account();
    QStringList paused;
    for (const Outbox::Operation &op : m_outbox.unsent()) {
        if (op.state == Outbox::State::NeedsSignIn &&
            (op.attemptedBy.isEmpty() || op.attemptedBy == signedIn))
            paused.append(op.id);
    }
    if (paused.isEmpty() || !m_outbox.resumeAfterSignIn(signedIn))
        return;
    for (const QString &id : std::as_const(paused))
        emit operationChanged(id);
}

QString OutboxSender::account() const
{
    return m_session.state() == Session::State::SignedIn ? m_session.account().username : QString();
}

void OutboxSender::holdForOtherAccounts()
{
    for (const Outbox::Operation &op : m_outbox.attemptedByOthers(account())) {
        // One in flight was sent before the switch: its answer settles it.
        const bool answered = std::any_of(m_answered.cbegin(), m_answered.cend(),
                                          [&](const Answer &a) { return a.op.id == op.id; });
        if (!m_inFlight.contains(op.id) && !answered &&
            (op.state != Outbox::State::NeedsSignIn ||
             op.lastError != Outbox::heldReason(op.id, op.attemptedBy)))
            holdForAccount(op);
    }
}

bool OutboxSender::holdForAccount(const Outbox::Operation &op)
{
    m_forced.removeAll(op.id);
    m_waiting.remove(op.id);
    if (!m_outbox.holdForAccount(op.id, Outbox::heldReason(op.id, op.attemptedBy)))
        return false;
    emit operationChanged(op.id);
    return true;
}

void OutboxSender::pump()
{
    const bool sending = maySend();
    if (sending)
        holdForOtherAccounts();
    // New requests go out when half the places or more are free: the accounts of their first
    // attempts then share one sync to disk, and the rounds between, holding only answers a
    // resend would get back, are not synced (docs/sending.md). The requests still in flight
    // keep the platform busy meanwhile.
    const bool claiming = sending && (m_maxInFlight - m_inFlight.size()) * 2 >= m_maxInFlight;
    if (m_answered.isEmpty() && !claiming) {
        updateIdle();
        return;
    }
    const QList<Answer> answered = std::exchange(m_answered, {});
    const QStringList forced = m_forced;
    QStringList sent;
    QList<Outbox::Operation> claimed;
    const auto commit = claiming ? Outbox::Commit::Durable : Outbox::Commit::Replayable;
    const bool committed = m_outbox.inOneCommit(commit, [&] {
        for (const Answer &answer : answered) {
            // Checked first: a refused change would roll back the whole commit.
            if (m_outbox.state(answer.op.id) != Outbox::State::Sending)
                continue;
            if (!m_outbox.markSent(answer.op, answer.revision, answer.etag))
                return false;
            sent.append(answer.op.id);
        }
        if (claiming)
            claimed = claimReady();
        return true;
    });
    if (!committed) {
        qWarning("The outbox could not record %lld answers nor mark what comes next as sending: "
                 "the answered ones are resent (and answered the same) at the next start.",
                 qint64(answered.size()));
        m_forced = forced;
        updateIdle();
        return;
    }
    // The answers are told first, so nobody sees more than the limit "sending"; the claimed
    // ones keep their places meanwhile, should a listener pump again.
    for (const Outbox::Operation &op : std::as_const(claimed))
        m_inFlight.insert(op.id, nullptr);
    for (const QString &id : std::as_const(sent))
        emit operationChanged(id);
    if (!sent.isEmpty())
        setConnection(Connection::Online, onlineDetail());
    for (const Outbox::Operation &op : std::as_const(claimed)) {
        if (m_inFlight.contains(op.id)) // not if a listener stopped the sender
            startRequest(op, false);
    }
    updateIdle();
}

void OutboxSender::pumpSoon()
{
    if (m_pumpQueued)
        return;
    m_pumpQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_pumpQueued = false;
            pump();
        },
        Qt::QueuedConnection);
}

QList<Outbox::Operation> OutboxSender::claimReady()
{
    QList<Outbox::Operation> claimed;
    // op was read in this commit, so it is current: one attempted as another account is held
    // by the next pump's holdForOtherAccounts.
    const auto claim = [&](const Outbox::Operation &op) {
        m_waiting.remove(op.id);
        if (!op.attemptedBy.isEmpty() && op.attemptedBy != account())
            return;
        if (m_outbox.markSending(op, account()))
            claimed.append(op);
    };
    while (m_inFlight.size() + claimed.size() < m_maxInFlight && !m_forced.isEmpty()) {
        const QString id = m_forced.takeFirst();
        if (m_inFlight.contains(id))
            continue;
        const auto op = m_outbox.find(id);
        if (op && (op->state == Outbox::State::Sending || op->state == Outbox::State::RetryWait))
            claim(*op);
    }
    const int free = m_maxInFlight - int(m_inFlight.size() + claimed.size());
    if (free > 0) {
        for (const Outbox::Operation &op : m_outbox.ready(free, account()))
            claim(op);
    }
    return claimed;
}

void OutboxSender::send(const Outbox::Operation &op, bool refreshed)
{
    // Read again: the account may have changed since op was read (a refresh, a sign-in).
    const auto current = m_outbox.find(op.id);
    if (current && !current->attemptedBy.isEmpty() && current->attemptedBy != account()) {
        holdForAccount(*current);
        return;
    }
    if (!m_outbox.markSending(op.id, account())) {
        qWarning("The outbox could not mark %s as sending; it stays where it was.",
                 qPrintable(op.id));
        return;
    }
    startRequest(op, refreshed);
}

void OutboxSender::startRequest(const Outbox::Operation &op, bool refreshed)
{
    // Never sent to a platform that would drop the English channel texts, nor an audio to one
    // without its route: failed, with why. A refused audio leaves the notice sent, and its later
    // changes go on (Outbox: a failed audio holds nothing up).
    QString refusal;
    if (op.kind == Outbox::Kind::Create || op.kind == Outbox::Kind::Update)
        refusal = PlatformApiLevel::refusal(op.payload, m_apiVersion);
    else if (op.kind == Outbox::Kind::HotlineAudio)
        refusal = PlatformApiLevel::hotlineAudioRefusal(m_apiVersion);
    if (!refusal.isEmpty()) {
        qCWarning(lcOutbox).noquote() << "operation" << op.id << "not sent:" << refusal;
        m_inFlight.remove(op.id);
        if (m_outbox.markFailed(op.id, refusal))
            emit operationChanged(op.id);
        return;
    }
    const Request request = requestFor(op, m_outbox);
    auto *call = new ApiCall(m_connection, request.method, request.path, request.body);
    call->setHeader("Idempotency-Key", op.idempotencyKey.toLatin1());
    if (!request.contentType.isEmpty())
        call->setHeader("Content-Type", request.contentType);
    if (!request.ifMatch.isEmpty())
        call->setHeader("If-Match", request.ifMatch);
    m_inFlight.insert(op.id, call);
    connect(call, &ApiCall::finished, this, [this, op, refreshed](const ApiCall::Result &result) {
        m_inFlight.remove(op.id);
        onAnswered(op, refreshed, result);
        pumpSoon();
    });
    call->start();
    // Only now: whoever asks isIdle() on this signal must see the request in flight.
    emit operationChanged(op.id);
}

void OutboxSender::onAnswered(const Outbox::Operation &op, bool refreshed,
                              const ApiCall::Result &result)
{
    if (result.outcome == ApiCall::Outcome::Cancelled)
        return;
    if (result.succeeded()) {
        const QJsonValue revision = result.json.object().value(QStringLiteral("revision"));
        if (revision.isDouble()) {
            m_answered.append({op, revision.toInteger(), QString::fromLatin1(result.etag)});
            return;
        }
        ApiCall::Result noRevision = result;
        noRevision.error = tr("The platform's answer has no revision number; the operation is "
                              "sent again.");
        retryLater(op, noRevision);
        return;
    }
    if (result.outcome == ApiCall::Outcome::Answered) {
        const int status = result.status;
        if (status == 401) {
            onUnauthorized(op, refreshed, result);
            return;
        }
        // The key was used for another body: the platform did apply something with it, so
        // this is never "failed"; the user decides.
        if (status == 412 && op.kind == Outbox::Kind::Update) {
            setConnection(Connection::Online, onlineDetail());
            rebaseOrConflict(op, result);
            return;
        }
        if (status == 409 || status == 412 ||
            ProblemDetails::fromJson(result.json.object()).value_or(ProblemDetails()).code ==
                QLatin1String("idempotency_key_reused")) {
            conflict(op, result.error);
            setConnection(Connection::Online, onlineDetail());
            return;
        }
        if (status >= 400 && status < 500 && status != 408 && status != 429) {
            if (m_outbox.markFailed(op.id, result.error))
                emit operationChanged(op.id);
            setConnection(Connection::Online, onlineDetail());
            return;
        }
    }
    retryLater(op, result);
}

void OutboxSender::conflict(const Outbox::Operation &op, const QString &detail)
{
    if (m_outbox.markConflict(op.id, detail))
        emit operationChanged(op.id);
}

void OutboxSender::rebaseOrConflict(const Outbox::Operation &op, const ApiCall::Result &refused)
{
    // Still in flight (the operation stays "sending"): a crash now resends it with its old key,
    // is answered 412 again, and comes back here.
    auto *call = new ApiCall(m_connection, "GET", QStringLiteral("/v1/notices/") + op.noticeId);
    m_inFlight.insert(op.id, call);
    connect(call, &ApiCall::finished, this, [this, op, refused](const ApiCall::Result &result) {
        m_inFlight.remove(op.id);
        if (result.outcome == ApiCall::Outcome::Cancelled)
            return;
        const QJsonObject resource = result.json.object();
        const qint64 platformRevision = resource.value(QLatin1String("revision")).toInteger(-1);
        const qint64 base = m_outbox.noticeRevision(op.noticeId).value_or(-1);
        QString detail = refused.error;
        if (result.succeeded() && !result.etag.isEmpty() && platformRevision == base) {
            if (m_outbox.rebase(op.id, platformRevision, QString::fromLatin1(result.etag))) {
                qCInfo(lcOutbox).noquote() << op.id << "rebased on revision" << platformRevision
                                           << "after a review decision";
                emit operationChanged(op.id);
                pump();
                return;
            }
        } else if (result.succeeded()) {
            // A real change by someone else: the user chooses, with the coordinator's word.
            const QJsonObject review = resource.value(QLatin1String("review")).toObject();
            const QString comment = review.value(QLatin1String("comment")).toString();
            if (!comment.isEmpty())
                detail += QLatin1Char(' ') +
                          tr("The CCI's last comment (%1): %2")
                              .arg(review.value(QLatin1String("decided_by")).toString(), comment);
        }
        conflict(op, detail);
        pump();
    });
    call->start();
}

void OutboxSender::onUnauthorized(const Outbox::Operation &op, bool refreshed,
                                  const ApiCall::Result &result)
{
    const auto pause = [this](const Outbox::Operation &paused, const QString &error) {
        // paused was read before this send: with no account recorded then, every attempt
        // since was refused at the door (401), so whoever signs in next may send it.
        const bool nothingApplied = paused.attemptedBy.isEmpty();
        if (m_outbox.markNeedsSignIn(
                paused.id,
                nothingApplied ? error : Outbox::heldReason(paused.id, paused.attemptedBy),
                nothingApplied))
            emit operationChanged(paused.id);
        setConnection(Connection::SignedOut, signedOutDetail());
    };
    qCInfo(lcSession).noquote() << "401 for operation" << op.id
                                << (refreshed ? "after a refresh: waiting for a sign-in"
                                              : "- refreshing the access token");
    // One refresh per operation, and none once the session has given up.
    if (refreshed || m_session.state() != Session::State::SignedIn) {
        pause(op, result.error);
        return;
    }
    m_inFlight.insert(op.id, nullptr); // keeps its place while the refresh runs
    QPointer<OutboxSender> self(this);
    m_session.refreshAccess([self, op, result, pause](bool ok) {
        if (!self || !self->m_inFlight.contains(op.id))
            return; // stopped meanwhile: the operation stays "sending" for the next start
        self->m_inFlight.remove(op.id);
        if (ok)
            self->send(op, true);
        else if (self->m_session.state() == Session::State::SignedIn)
            self->retryLater(op, result); // the refresh itself could not reach the platform
        else
            pause(op, result.error);
        self->pump();
    });
}

void OutboxSender::retryLater(const Outbox::Operation &op, const ApiCall::Result &result)
{
    const qint64 delay = m_backoff.delayMs(op.attempts + 1, result.retryAfterSeconds);
    const QDateTime next = m_clock.now().addMSecs(delay);
    const QString error =
        result.error.isEmpty() ? tr("The platform gave no usable answer.") : result.error;
    qCInfo(lcOutbox).noquote() << "operation" << op.id << "attempt" << op.attempts + 1
                               << "retried in" << delay / 1000.0 << "s:" << error;
    if (m_outbox.markRetry(op.id, next, error)) {
        wakeAt(op.id, next); // first: on the signal, isStalled() must see the retry to come
        emit operationChanged(op.id);
    }
    switch (result.outcome) {
    case ApiCall::Outcome::Network:
    case ApiCall::Outcome::Timeout:
        probe(); // Offline, or only this request lost?
        break;
    case ApiCall::Outcome::Tls:
    case ApiCall::Outcome::PinMismatch:
        distrust(result);
        if (!m_probe)
            m_probeTimer.start(int(m_backoff.delayMs(++m_probeFailures)));
        break;
    default:
        setConnection(Connection::PlatformUnavailable,
                      tr("The platform is not available (%1). The outbox tries again by "
                         "itself.")
                          .arg(error));
        break;
    }
}

void OutboxSender::distrust(const ApiCall::Result &result)
{
    qCWarning(lcConnection).noquote() << "certificate refused, nothing sent:" << result.error;
    setConnection(Connection::TlsProblem,
                  result.error + QLatin1Char(' ') +
                      tr("Nothing is sent until the connection can be trusted."));
}

void OutboxSender::setConnection(Connection state, const QString &detail)
{
    if (state == m_state && detail == m_detail)
        return;
    if (state != m_state)
        qCInfo(lcConnection).noquote() << "connection" << connectionName(m_state) << "->"
                                       << connectionName(state) << ":" << detail;
    m_state = state;
    m_detail = detail;
    emit connectionChanged(state, detail);
}

void OutboxSender::wakeAt(const QString &operationId, const QDateTime &when)
{
    m_waiting.insert(operationId, when);
    scheduleWake();
}

void OutboxSender::onWake()
{
    const QDateTime now = m_clock.now();
    for (auto it = m_waiting.begin(); it != m_waiting.end();)
        it = it.value() <= now ? m_waiting.erase(it) : std::next(it);
    pump();
    scheduleWake();
}

void OutboxSender::scheduleWake()
{
    if (!m_running || m_waiting.isEmpty())
        return;
    QDateTime soonest = m_waiting.cbegin().value();
    for (const QDateTime &due : std::as_const(m_waiting))
        soonest = qMin(soonest, due);
    const qint64 ms = m_clock.now().msecsTo(soonest);
    m_wake.start(int(qBound(qint64(0), ms, qint64(INT_MAX))));
}

void OutboxSender::updateIdle()
{
    const bool idle = isIdle();
    if (idle == m_idle)
        return;
    m_idle = idle;
    emit idleChanged(idle);
}
