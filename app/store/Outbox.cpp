#include "Outbox.h"

#include "Clock.h"
#include "Database.h"
#include "DraftStore.h"
#include "Journal.h"
#include "LogFile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace {

const QList<std::pair<Outbox::Kind, QString>> kKinds = {
    {Outbox::Kind::Create, QStringLiteral("create")},
    {Outbox::Kind::Update, QStringLiteral("update")},
    {Outbox::Kind::End, QStringLiteral("end")},
    {Outbox::Kind::Cancel, QStringLiteral("cancel")},
    {Outbox::Kind::Review, QStringLiteral("review")},
    {Outbox::Kind::HotlineAudio, QStringLiteral("hotline_audio")},
};

// An operation that holds up the later ones of its notice: any unsent one but a hotline audio
// the platform refused for good. Without its recording the line still reads the script (the
// platform's own voice), so the notice's next changes must not wait for it.
const QString kHoldsUp = QStringLiteral(
    "%1.state <> 'sent' AND NOT (%1.kind = 'hotline_audio' AND %1.state = 'failed')");

const QList<std::pair<Outbox::State, QString>> kStates = {
    {Outbox::State::Queued, QStringLiteral("queued")},
    {Outbox::State::Sending, QStringLiteral("sending")},
    {Outbox::State::Sent, QStringLiteral("sent")},
    {Outbox::State::RetryWait, QStringLiteral("retry_wait")},
    {Outbox::State::NeedsSignIn, QStringLiteral("needs_sign_in")},
    {Outbox::State::Conflict, QStringLiteral("conflict")},
    {Outbox::State::Failed, QStringLiteral("failed")},
};

// Definite answers, or none yet: queueing again sends nothing twice.
const QList<Outbox::State> kRetryable = {Outbox::State::RetryWait, Outbox::State::NeedsSignIn,
                                         Outbox::State::Conflict, Outbox::State::Failed};

QString utc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromUtc(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

const QString kColumns = QStringLiteral(
    "seq, id, notice_id, kind, idempotency_key, payload, draft_version, base_revision, "
    "base_etag, state, attempts, next_attempt_at, last_error, platform_revision, failure_reason, "
    "queued_at, updated_at, sent_at, user, attempted_by");

} // namespace

QJsonObject Outbox::Operation::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("seq"), seq},
                  {QStringLiteral("notice"), noticeId},
                  {QStringLiteral("kind"), kindName(kind)},
                  {QStringLiteral("idempotencyKey"), idempotencyKey},
                  {QStringLiteral("state"), stateName(state)},
                  {QStringLiteral("attempts"), attempts},
                  {QStringLiteral("draftVersion"), draftVersion},
                  {QStringLiteral("queuedAt"), utc(queuedAt)},
                  {QStringLiteral("updatedAt"), utc(updatedAt)},
                  {QStringLiteral("user"), user},
                  {QStringLiteral("payload"), payload}};
    if (baseRevision)
        o.insert(QStringLiteral("baseRevision"), *baseRevision);
    if (!baseEtag.isEmpty())
        o.insert(QStringLiteral("baseEtag"), baseEtag);
    if (nextAttemptAt.isValid())
        o.insert(QStringLiteral("nextAttemptAt"), utc(nextAttemptAt));
    if (!lastError.isEmpty())
        o.insert(QStringLiteral("lastError"), lastError);
    if (platformRevision)
        o.insert(QStringLiteral("platformRevision"), *platformRevision);
    if (!failureReason.isEmpty())
        o.insert(QStringLiteral("failureReason"), failureReason);
    if (sentAt.isValid())
        o.insert(QStringLiteral("sentAt"), utc(sentAt));
    if (!attemptedBy.isEmpty())
        o.insert(QStringLiteral("attemptedBy"), attemptedBy);
    return o;
}

Outbox::Outbox(Database &db, DraftStore &drafts, Journal &journal, const Clock &clock)
    : m_db(db)
    , m_drafts(drafts)
    , m_journal(journal)
    , m_clock(clock)
{}

QString Outbox::kindName(Kind kind)
{
    for (const auto &[k, text] : kKinds) {
        if (k == kind)
            return text;
    }
    return {};
}

QString Outbox::stateName(State state)
{
    for (const auto &[s, text] : kStates) {
        if (s == state)
            return text;
    }
    return {};
}

std::optional<Outbox::State> Outbox::stateFromName(const QString &name)
{
    for (const auto &[state, text] : kStates) {
        if (text == name)
            return state;
    }
    return std::nullopt;
}

bool Outbox::canRetry(State state)
{
    return kRetryable.contains(state);
}

std::optional<Outbox::Kind> Outbox::kindFromName(const QString &name)
{
    for (const auto &[kind, text] : kKinds) {
        if (text == name)
            return kind;
    }
    return std::nullopt;
}

std::optional<Outbox::Operation> Outbox::enqueue(const Notice &notice, const QString &user,
                                                 const QList<Recording> &recordings)
{
    std::optional<Operation> queued;
    const bool ok = m_db.write(Database::Durability::Full, [&] {
        const int version = m_drafts.save(notice, user, Database::Durability::Full);
        if (version == 0)
            return false;
        QSqlQuery &created = m_db.prepared(QStringLiteral(
            "SELECT count(*) FROM operations WHERE notice_id = ? AND kind = 'create'"));
        created.bindValue(0, notice.id());
        if (!m_db.exec(created) || !created.next())
            return false;
        const Kind kind = created.value(0).toInt() > 0 ? Kind::Update : Kind::Create;
        created.finish();
        queued = insert(kind, notice.id(), version, notice.toJson(), user);
        if (!queued)
            return false;
        for (const Recording &recording : recordings) {
            const QJsonObject payload{
                {QStringLiteral("id"), notice.id()},
                {QStringLiteral("language"), recording.language},
                {QStringLiteral("seconds"), recording.seconds},
                {QStringLiteral("bytes"), recording.wav.size()},
                {QStringLiteral("sha256"),
                 QString::fromLatin1(
                     QCryptographicHash::hash(recording.wav, QCryptographicHash::Sha256).toHex())}};
            if (!insert(Kind::HotlineAudio, notice.id(), version, payload, user, recording.wav))
                return false;
        }
        return true;
    });
    return ok ? queued : std::nullopt;
}

std::optional<Outbox::Operation> Outbox::enqueue(Kind kind, const QString &noticeId,
                                                 const QJsonObject &extra, const QString &user)
{
    // Create and update carry the whole notice: they go through enqueue(notice, user).
    Q_ASSERT(kind == Kind::End || kind == Kind::Cancel || kind == Kind::Review);
    std::optional<Operation> queued;
    const bool ok = m_db.write(Database::Durability::Full, [&] {
        const auto summary = m_drafts.summary(noticeId);
        if (!summary) {
            m_db.fail(Database::Failure::Other,
                      QCoreApplication::translate("Outbox",
                                                  "The notice %1 is not in this profile. Check "
                                                  "its id, or the --profile you chose.")
                          .arg(noticeId));
            return false;
        }
        QJsonObject payload = extra;
        payload.insert(QStringLiteral("id"), noticeId);
        queued = insert(kind, noticeId, summary->draftVersion, payload, user);
        if (!queued || kind != Kind::Review)
            return queued.has_value();
        QSqlQuery &review = m_db.prepared(QStringLiteral(
            "INSERT INTO reviews (notice_id, revision, decision, comment, reviewer, decided_at, "
            "operation_id) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        review.bindValue(0, noticeId);
        // The revision decided on, as the reviewer saw it; else the one the store knows.
        const QJsonValue decided = extra.value(QStringLiteral("revision"));
        review.bindValue(1, decided.isDouble()          ? QVariant(decided.toInteger())
                            : summary->platformRevision ? QVariant(*summary->platformRevision)
                                                        : QVariant());
        const QString decision = extra.value(QStringLiteral("decision")).toString();
        review.bindValue(2, decision.isEmpty() ? QVariant() : QVariant(decision));
        review.bindValue(3, Database::text(extra.value(QStringLiteral("comment")).toString()));
        review.bindValue(4, Database::text(user));
        review.bindValue(5, utc(m_clock.now()));
        review.bindValue(6, queued->id);
        return m_db.exec(review) &&
               m_journal.append(user, {QStringLiteral("decided"), noticeId, queued->id, decision});
    });
    return ok ? queued : std::nullopt;
}

std::optional<Outbox::Operation> Outbox::insert(Kind kind, const QString &noticeId,
                                                int draftVersion, const QJsonObject &payload,
                                                const QString &user, const QByteArray &body)
{
    const auto summary = m_drafts.summary(noticeId);
    if (!summary)
        return std::nullopt;
    Operation op;
    op.id = uuid();
    op.idempotencyKey = uuid();
    op.noticeId = noticeId;
    op.kind = kind;
    op.payload = payload;
    op.payloadJson = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    op.draftVersion = draftVersion;
    op.queuedAt = op.updatedAt = m_clock.now().toUTC();
    op.user = user;
    QSqlQuery &insert = m_db.prepared(QStringLiteral(
        "INSERT INTO operations (id, notice_id, kind, idempotency_key, payload, draft_version, "
        "base_revision, base_etag, state, queued_at, updated_at, user, body) "
        "SELECT ?, ?, ?, ?, ?, ?, platform_revision, etag, 'queued', ?, ?, ?, ? "
        "FROM notices WHERE id = ?"));
    insert.bindValue(0, op.id);
    insert.bindValue(1, noticeId);
    insert.bindValue(2, kindName(kind));
    insert.bindValue(3, op.idempotencyKey);
    insert.bindValue(4, QString::fromUtf8(op.payloadJson));
    insert.bindValue(5, draftVersion);
    insert.bindValue(6, utc(op.queuedAt));
    insert.bindValue(7, utc(op.updatedAt));
    insert.bindValue(8, Database::text(user));
    insert.bindValue(9, body.isEmpty() ? QVariant() : QVariant(body));
    insert.bindValue(10, noticeId);
    if (!m_db.exec(insert))
        return std::nullopt;
    op.seq = insert.lastInsertId().toLongLong();
    op.baseRevision = summary->platformRevision;
    if (!m_drafts.setState(noticeId, NoticeState::Queued, op.updatedAt) ||
        !m_journal.append(user, {QStringLiteral("queued"), noticeId, op.id, kindName(kind)}))
        return std::nullopt;
    return op;
}

QList<Outbox::Operation> Outbox::select(const QString &where, const QVariantList &values)
{
    QList<Operation> result;
    // Prepared once: parsing the SQL was most of the cost of each operation's reads.
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT ") + kColumns +
                                 QStringLiteral(" FROM operations o ") + where);
    q.setForwardOnly(true);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!m_db.exec(q))
        return result;
    while (q.next()) {
        Operation op;
        op.seq = q.value(0).toLongLong();
        op.id = q.value(1).toString();
        op.noticeId = q.value(2).toString();
        op.kind = kindFromName(q.value(3).toString()).value_or(Kind::Create);
        op.idempotencyKey = q.value(4).toString();
        op.payloadJson = q.value(5).toString().toUtf8();
        op.payload = QJsonDocument::fromJson(op.payloadJson).object();
        op.draftVersion = q.value(6).toInt();
        if (!q.value(7).isNull())
            op.baseRevision = q.value(7).toLongLong();
        op.baseEtag = q.value(8).toString();
        op.state = stateFromName(q.value(9).toString()).value_or(State::Failed);
        op.attempts = q.value(10).toInt();
        op.nextAttemptAt = fromUtc(q.value(11));
        op.lastError = q.value(12).toString();
        if (!q.value(13).isNull())
            op.platformRevision = q.value(13).toLongLong();
        op.failureReason = q.value(14).toString();
        op.queuedAt = fromUtc(q.value(15));
        op.updatedAt = fromUtc(q.value(16));
        op.sentAt = fromUtc(q.value(17));
        op.user = q.value(18).toString();
        op.attemptedBy = q.value(19).toString();
        result.append(op);
    }
    q.finish();
    return result;
}

std::optional<Outbox::Operation> Outbox::find(const QString &id)
{
    const QList<Operation> found = select(QStringLiteral("WHERE id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

Outbox::Operation Outbox::findOrMissing(const QString &id)
{
    Operation missing;
    missing.id = id; // a transition of it changes nothing, and its refusal says so
    return find(id).value_or(missing);
}

std::optional<Outbox::State> Outbox::state(const QString &id)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT state FROM operations WHERE id = ?"));
    q.bindValue(0, id);
    std::optional<State> state;
    if (m_db.exec(q) && q.next())
        state = stateFromName(q.value(0).toString()).value_or(State::Failed);
    q.finish();
    return state;
}

QList<Outbox::Operation> Outbox::list()
{
    return select(QStringLiteral("ORDER BY seq"), {});
}

QList<Outbox::Operation> Outbox::unsent()
{
    // An IN list rather than "state <> 'sent'", which SQLite cannot look up in an index; made
    // from the states themselves, so a new one cannot be left out.
    QStringList unsettled;
    for (int state = 0; state <= int(State::Failed); ++state) {
        if (State(state) != State::Sent)
            unsettled.append(QLatin1Char('\'') + stateName(State(state)) + QLatin1Char('\''));
    }
    return select(QStringLiteral("WHERE state IN (%1) ORDER BY seq").arg(unsettled.join(u',')), {});
}

QList<Outbox::Operation> Outbox::ready(int limit, const QString &account)
{
    // No account given: every operation, and any sign-in stops them all.
    const QString mine = QStringLiteral("(? = '' OR %1.attempted_by IS NULL OR "
                                        "%1.attempted_by = ?)");
    // One state per branch, so that each walks operations_state in seq order and stops at the
    // limit; with the two states in one OR, SQLite checked every unsent operation's
    // predecessors and sorted them all, at each round of the sender (0.9 ms at 500 queued).
    const QString branch =
        QStringLiteral("SELECT seq FROM (SELECT q.seq FROM operations q WHERE %1 AND %2 "
                       "AND NOT EXISTS (SELECT 1 FROM operations p WHERE p.notice_id = q.notice_id "
                       "AND p.seq < q.seq AND %3) ORDER BY q.seq LIMIT ?)")
            .arg(QStringLiteral("%1"), mine.arg(QLatin1Char('q')), kHoldsUp.arg(QLatin1Char('p')));
    const QString who = Database::text(account);
    return select(
        QStringLiteral("WHERE o.seq IN (%1 UNION ALL %2) "
                       "AND NOT EXISTS (SELECT 1 FROM operations s WHERE "
                       "s.state = 'needs_sign_in' AND %3) "
                       "ORDER BY o.seq LIMIT ?")
            .arg(branch.arg(QStringLiteral("q.state = 'queued'")),
                 branch.arg(QStringLiteral("q.state = 'retry_wait' AND q.next_attempt_at <= ?")),
                 mine.arg(QLatin1Char('s'))),
        {who, who, limit, utc(m_clock.now()), who, who, limit, who, who, limit});
}

QList<Outbox::Operation> Outbox::attemptedByOthers(const QString &account)
{
    return select(QStringLiteral("WHERE state IN ('queued', 'sending', 'retry_wait', "
                                 "'needs_sign_in') AND attempted_by IS NOT NULL "
                                 "AND attempted_by <> ? ORDER BY seq"),
                  {Database::text(account)});
}

QList<Outbox::Operation> Outbox::outcomeUnknown()
{
    return select(QStringLiteral("WHERE state = 'sending' ORDER BY seq"), {});
}

QList<Outbox::Operation> Outbox::waiting()
{
    return select(QStringLiteral("WHERE state = 'retry_wait' ORDER BY next_attempt_at, seq"), {});
}

QString Outbox::noticeEtag(const QString &noticeId)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT etag FROM notices WHERE id = ?"));
    q.bindValue(0, noticeId);
    const QString etag = m_db.exec(q) && q.next() ? q.value(0).toString() : QString();
    q.finish();
    return etag;
}

std::optional<qint64> Outbox::noticeRevision(const QString &noticeId)
{
    QSqlQuery &q =
        m_db.prepared(QStringLiteral("SELECT platform_revision FROM notices WHERE id = ?"));
    q.bindValue(0, noticeId);
    std::optional<qint64> revision;
    if (m_db.exec(q) && q.next() && !q.value(0).isNull())
        revision = q.value(0).toLongLong();
    q.finish();
    return revision;
}

QByteArray Outbox::body(const QString &id)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT body FROM operations WHERE id = ?"));
    q.bindValue(0, id);
    const QByteArray bytes = m_db.exec(q) && q.next() ? q.value(0).toByteArray() : QByteArray();
    q.finish();
    return bytes;
}

std::optional<qint64> Outbox::spokenRevision(const Operation &op)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "SELECT platform_revision FROM operations WHERE notice_id = ? AND seq < ? AND kind IN "
        "('create', 'update') AND state = 'sent' ORDER BY seq DESC LIMIT 1"));
    q.bindValue(0, op.noticeId);
    q.bindValue(1, op.seq);
    std::optional<qint64> revision;
    if (m_db.exec(q) && q.next() && !q.value(0).isNull())
        revision = q.value(0).toLongLong();
    q.finish();
    return revision;
}

bool Outbox::isDurable(const Change &change)
{
    return change.durable || (change.to != State::Sending && change.to != State::RetryWait);
}

bool Outbox::transition(const QString &id, const Change &change,
                        const std::function<bool(const Operation &)> &alsoDo)
{
    // Read in the transaction that changes it.
    return m_db.write(isDurable(change) ? Database::Durability::Full : Database::Durability::Normal,
                      [&] { return transition(findOrMissing(id), change, alsoDo); });
}

bool Outbox::transition(const Operation &op, const Change &change,
                        const std::function<bool(const Operation &)> &alsoDo)
{
    return m_db.write(
        isDurable(change) ? Database::Durability::Full : Database::Durability::Normal, [&] {
            // The state is checked by the UPDATE itself: the caller's copy may be older.
            QStringList from;
            for (const State state : change.from)
                from.append(QLatin1Char('\'') + stateName(state) + QLatin1Char('\''));
            QSqlQuery &q = m_db.prepared(
                QStringLiteral("UPDATE operations SET state = ?, updated_at = ?") +
                change.assignments +
                QStringLiteral(" WHERE id = ? AND state IN (%1)").arg(from.join(u',')));
            int i = 0;
            q.bindValue(i++, stateName(change.to));
            q.bindValue(i++, utc(m_clock.now()));
            for (const QVariant &v : change.values)
                q.bindValue(i++, v);
            q.bindValue(i, op.id);
            if (!m_db.exec(q))
                return false;
            if (q.numRowsAffected() != 1) {
                const auto now = state(op.id);
                m_db.fail(Database::Failure::Other,
                          QCoreApplication::translate("Outbox",
                                                      "The operation %1 cannot become %2 from %3.")
                              .arg(op.id, stateName(change.to),
                                   now ? stateName(*now) : QStringLiteral("-")));
                return false;
            }
            if (alsoDo && !alsoDo(op))
                return false;
            return change.journalAction.isEmpty() ||
                   m_journal.append(op.user,
                                    {change.journalAction, op.noticeId, op.id, change.detail});
        });
}

bool Outbox::settleNotice(const QString &noticeId, NoticeState stateWhenDone)
{
    // The notice leaves "queued" only when nothing of it is left to send.
    QSqlQuery &left = m_db.prepared(
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM operations o WHERE notice_id = ? AND %1)")
            .arg(kHoldsUp.arg(QLatin1Char('o'))));
    left.bindValue(0, noticeId);
    if (!m_db.exec(left) || !left.next())
        return false;
    const bool waiting = left.value(0).toBool();
    left.finish();
    // An end or a cancellation is the notice's last change: the history shows when it was.
    const bool closing =
        stateWhenDone == NoticeState::Ended || stateWhenDone == NoticeState::Cancelled;
    return waiting ||
           m_drafts.setState(noticeId, stateWhenDone, closing ? m_clock.now() : QDateTime());
}

bool Outbox::inOneCommit(Commit commit, const std::function<bool()> &body)
{
    return m_db.write(commit == Commit::Durable ? Database::Durability::Full
                                                : Database::Durability::Normal,
                      body);
}

bool Outbox::markSending(const QString &id, const QString &account)
{
    return markSending(findOrMissing(id), account);
}

bool Outbox::markSending(const Operation &op, const QString &account)
{
    // The first attempt's account must survive a power cut: a resend as another account after
    // one could apply the operation twice. Later attempts keep it and stay cheap.
    const bool recording = op.attemptedBy.isEmpty() && !account.isEmpty();
    if (recording && m_db.inTransaction() && m_db.durability() != Database::Durability::Full) {
        m_db.fail(Database::Failure::Other,
                  QStringLiteral("The account of %1's first attempt must be recorded in a "
                                 "durable commit.")
                      .arg(op.id));
        return false;
    }
    return transition(op, {{State::Queued, State::RetryWait, State::Sending},
                           State::Sending,
                           QStringLiteral(", attempts = attempts + 1, "
                                          "attempted_by = COALESCE(attempted_by, NULLIF(?, ''))"),
                           {Database::text(account)},
                           {},
                           {},
                           recording});
}

bool Outbox::markSent(const QString &id, qint64 revision, const QString &etag)
{
    return markSent(findOrMissing(id), revision, etag);
}

bool Outbox::markSent(const Operation &op, qint64 revision, const QString &etag)
{
    const QString now = utc(m_clock.now());
    return transition(
        op,
        {{State::Sending},
         State::Sent,
         QStringLiteral(", platform_revision = ?, sent_at = ?, last_error = NULL"),
         {revision, now},
         QStringLiteral("sent"),
         QStringLiteral("revision %1").arg(revision)},
        [&](const Operation &sent) {
            // The audio is no change of the notice: its revision and ETag stay the update's.
            if (sent.kind == Kind::HotlineAudio)
                return settleNotice(sent.noticeId, NoticeState::Published);
            const bool content = sent.kind == Kind::Create || sent.kind == Kind::Update;
            QSqlQuery &q = m_db.prepared(
                content ? QStringLiteral("UPDATE notices SET platform_revision = ?, etag = ?, "
                                         "published_revision = ?, published_json = ? WHERE id = ?")
                        : QStringLiteral("UPDATE notices SET platform_revision = ?, etag = ?"
                                         " WHERE id = ?"));
            int i = 0;
            q.bindValue(i++, revision);
            q.bindValue(i++, etag);
            if (content) {
                q.bindValue(i++, revision);
                q.bindValue(i++, QString::fromUtf8(sent.payloadJson));
            }
            q.bindValue(i, sent.noticeId);
            if (!m_db.exec(q))
                return false;
            const NoticeState done = sent.kind == Kind::End      ? NoticeState::Ended
                                     : sent.kind == Kind::Cancel ? NoticeState::Cancelled
                                                                 : NoticeState::Published;
            return settleNotice(sent.noticeId, done);
        });
}

bool Outbox::markRetry(const QString &id, const QDateTime &nextAttempt, const QString &error)
{
    return transition(id, {{State::Sending},
                           State::RetryWait,
                           QStringLiteral(", next_attempt_at = ?, last_error = ?"),
                           {utc(nextAttempt), error},
                           {},
                           {}});
}

bool Outbox::markNeedsSignIn(const QString &id, const QString &error, bool nothingApplied)
{
    return transition(id, {{State::Sending},
                           State::NeedsSignIn,
                           nothingApplied ? QStringLiteral(", last_error = ?, attempted_by = NULL")
                                          : QStringLiteral(", last_error = ?"),
                           {error},
                           QStringLiteral("needs_sign_in"),
                           error});
}

bool Outbox::holdForAccount(const QString &id, const QString &reason)
{
    return transition(id, {{State::Queued, State::RetryWait, State::Sending, State::NeedsSignIn},
                           State::NeedsSignIn,
                           QStringLiteral(", last_error = ?"),
                           {reason},
                           QStringLiteral("needs_sign_in"),
                           reason});
}

bool Outbox::markConflict(const QString &id, const QString &detail)
{
    return transition(
        id,
        {{State::Sending},
         State::Conflict,
         QStringLiteral(", last_error = ?"),
         {detail},
         QStringLiteral("conflict"),
         detail},
        [&](const Operation &op) { return m_drafts.setState(op.noticeId, NoticeState::Conflict); });
}

bool Outbox::rebase(const QString &id, qint64 revision, const QString &etag)
{
    const QString key = uuid();
    return transition(id,
                      {{State::Sending},
                       State::Queued,
                       QStringLiteral(", next_attempt_at = NULL, idempotency_key = ?"),
                       {key},
                       QStringLiteral("rebased"),
                       QStringLiteral("on %1 (revision %2); new idempotency key %3")
                           .arg(etag, QString::number(revision), key)},
                      [&](const Operation &op) {
                          return m_drafts.recordPlatformVersion(op.noticeId, revision, etag);
                      });
}

bool Outbox::markFailed(const QString &id, const QString &reason)
{
    return transition(id,
                      {{State::Sending},
                       State::Failed,
                       QStringLiteral(", failure_reason = ?"),
                       {reason},
                       QStringLiteral("failed"),
                       reason},
                      [&](const Operation &op) {
                          // The notice itself went out: only its recording did not.
                          if (op.kind == Kind::HotlineAudio)
                              return settleNotice(op.noticeId, NoticeState::Published);
                          return m_drafts.setState(op.noticeId, NoticeState::Failed);
                      });
}

bool Outbox::resumeAfterSignIn(const QString &account)
{
    return m_db.write(Database::Durability::Full, [&] {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE operations SET state = 'queued', updated_at = ? "
                                 "WHERE state = 'needs_sign_in' AND (? = '' OR attempted_by IS "
                                 "NULL OR attempted_by = ?)"));
        q.bindValue(0, utc(m_clock.now()));
        q.bindValue(1, Database::text(account));
        q.bindValue(2, Database::text(account));
        return m_db.exec(q);
    });
}

Outbox::Refusal Outbox::retry(const QString &id, const QString &user)
{
    const auto op = find(id);
    if (!op)
        return Refusal::NotFound;
    if (op->state == State::Sent)
        return Refusal::AlreadySent;
    if (op->state == State::Sending)
        return Refusal::OutcomeUnknown;
    if (!canRetry(op->state))
        return Refusal::WrongState;
    // Queued again, it would only be held again by the next send as another account.
    if (op->state == State::NeedsSignIn && !op->attemptedBy.isEmpty())
        return Refusal::HeldForAccount;
    // After a definite refusal the platform keeps that answer under the key and would replay
    // it: the user's retry is a new attempt, with a new key. After no answer (time-out, lost
    // connection, 5xx) the key stays: it is what keeps a resend from applying twice.
    const bool definite = op->state == State::Conflict || op->state == State::Failed;
    const QString key = definite ? uuid() : op->idempotencyKey;
    const bool ok = transition(
        id,
        {kRetryable,
         State::Queued,
         // SET reads the row as it was: the state before this change.
         QStringLiteral(", next_attempt_at = NULL, failure_reason = NULL, idempotency_key = ?, "
                        "attempted_by = CASE WHEN state IN ('conflict', 'failed') THEN NULL "
                        "ELSE attempted_by END"),
         {key},
         QStringLiteral("retried"),
         definite ? QStringLiteral("%1; new idempotency key %2").arg(user, key) : user},
        [&](const Operation &o) { return m_drafts.setState(o.noticeId, NoticeState::Queued); });
    return ok ? Refusal::None : Refusal::Storage;
}

Outbox::Refusal Outbox::remove(const QString &id, const QString &user)
{
    Refusal refusal = Refusal::None;
    const bool ok = m_db.write(Database::Durability::Full, [&] {
        const auto op = find(id);
        if (!op)
            refusal = Refusal::NotFound;
        else if (op->state == State::Sent)
            refusal = Refusal::AlreadySent;
        else if (op->state == State::Sending)
            refusal = Refusal::OutcomeUnknown;
        if (refusal != Refusal::None)
            return true;
        // Its own recordings, queued behind it and never attempted (or refused for good), go
        // with it: they speak a revision that will not be sent.
        const QString recordings = QStringLiteral(
            "notice_id = ? AND seq > ? AND kind = 'hotline_audio' AND state IN ('queued', "
            "'failed') AND attempted_by IS NULL");
        QSqlQuery later(m_db.connection());
        later.prepare(
            QStringLiteral("SELECT count(*) FROM operations WHERE notice_id = ? AND seq > "
                           "? AND state <> 'sent' AND NOT (%1)")
                .arg(recordings));
        later.bindValue(0, op->noticeId);
        later.bindValue(1, op->seq);
        later.bindValue(2, op->noticeId);
        later.bindValue(3, op->seq);
        if (!m_db.exec(later) || !later.next())
            return false;
        if (later.value(0).toInt() > 0) {
            refusal = Refusal::LaterOperations;
            return true;
        }
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("DELETE FROM operations WHERE id = ? OR (%1)").arg(recordings));
        q.bindValue(0, id);
        q.bindValue(1, op->noticeId);
        q.bindValue(2, op->seq);
        QSqlQuery reviews(m_db.connection());
        reviews.prepare(
            QStringLiteral("UPDATE reviews SET operation_id = NULL WHERE operation_id = ?"));
        reviews.bindValue(0, id);
        const auto summary = m_drafts.summary(op->noticeId);
        if (!summary)
            return false;
        // Back to what it was before anything of it was queued.
        const NoticeState before =
            summary->platformRevision ? NoticeState::Published : NoticeState::Draft;
        return m_db.exec(reviews) && m_db.exec(q) && settleNotice(op->noticeId, before) &&
               m_journal.append(user,
                                {QStringLiteral("removed"), op->noticeId, id, kindName(op->kind)});
    });
    if (!ok)
        return Refusal::Storage;
    return refusal;
}

QString Outbox::explain(Refusal refusal, const QString &id, const QString &account)
{
    switch (refusal) {
    case Refusal::None:
        return {};
    case Refusal::NotFound:
        return QCoreApplication::translate("Outbox", "There is no operation %1 in the queue. Run "
                                                     "allo-cli queue list to see the operations.")
            .arg(id);
    case Refusal::AlreadySent:
        return QCoreApplication::translate("Outbox",
                                           "The operation %1 was already sent to the platform; "
                                           "it cannot be removed or retried. End or cancel the "
                                           "notice instead.")
            .arg(id);
    case Refusal::OutcomeUnknown:
        return QCoreApplication::translate(
                   "Outbox",
                   "The operation %1 was being sent when the program stopped, so the platform may "
                   "have applied it. It cannot be removed: it will be sent again with the same "
                   "key, which the platform applies at most once.")
            .arg(id);
    case Refusal::LaterOperations:
        return QCoreApplication::translate("Outbox",
                                           "Later operations of the same notice wait behind %1. "
                                           "Remove those first.")
            .arg(id);
    case Refusal::WrongState:
        return QCoreApplication::translate("Outbox",
                                           "The operation %1 is already queued; there is nothing "
                                           "to retry.")
            .arg(id);
    case Refusal::HeldForAccount:
        return heldReason(id, account);
    case Refusal::Storage:
        break;
    }
    return QCoreApplication::translate("Outbox", "The queue could not be changed.");
}

QString Outbox::heldReason(const QString &id, const QString &account)
{
    // Not only a lost answer: a 5xx, a 429 or a 2xx without a revision is no definite answer
    // either.
    return QCoreApplication::translate(
               "Outbox",
               "Sent as %1 without a definite answer: the platform may already have applied it. "
               "Sign in as %1 to finish sending it (as another account it could be applied "
               "twice), or check on the platform whether it arrived and remove it from the "
               "outbox (Remove in the console, or allo-cli queue remove %2).")
        .arg(account, id);
}

QJsonObject Outbox::supportSummary()
{
    QJsonObject counts;
    QJsonArray pending;
    for (const Operation &op : list()) {
        const QString state = stateName(op.state);
        counts.insert(state, counts.value(state).toInt() + 1);
        if (op.state == State::Sent)
            continue;
        // Error texts come from the network and the platform: masked like log lines.
        pending.append(
            QJsonObject{{QStringLiteral("id"), op.id},
                        {QStringLiteral("notice"), op.noticeId},
                        {QStringLiteral("kind"), kindName(op.kind)},
                        {QStringLiteral("state"), state},
                        {QStringLiteral("attempts"), op.attempts},
                        {QStringLiteral("queuedAt"), op.queuedAt.toString(Qt::ISODate)},
                        {QStringLiteral("nextAttemptAt"), op.nextAttemptAt.toString(Qt::ISODate)},
                        {QStringLiteral("lastError"), LogFile::mask(op.lastError)},
                        {QStringLiteral("attemptedBy"), op.attemptedBy},
                        {QStringLiteral("failureReason"), LogFile::mask(op.failureReason)}});
    }
    return {{QStringLiteral("counts"), counts}, {QStringLiteral("pending"), pending}};
}
