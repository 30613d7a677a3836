#include "SandboxStore.h"

#include "OwnerOnly.h"
#include "PasswordHash.h"
#include "UserDirectory.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QUuid>

#include <openssl/rand.h>

Q_LOGGING_CATEGORY(lcSandboxStore, "allo.sandbox.store")

namespace {

const char *const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS users (username TEXT PRIMARY KEY, password_hash TEXT NOT NULL,"
    " name TEXT, role TEXT NOT NULL, company TEXT, territories TEXT)",
    "CREATE TABLE IF NOT EXISTS sites (company TEXT NOT NULL, id TEXT NOT NULL,"
    " territory TEXT NOT NULL, json TEXT NOT NULL, PRIMARY KEY (company, id))",
    // Tokens are kept as SHA-256 hashes: a copy of the database signs nobody in.
    "CREATE TABLE IF NOT EXISTS sessions (access_hash TEXT PRIMARY KEY, refresh_hash TEXT UNIQUE,"
    " username TEXT NOT NULL, access_expires INTEGER NOT NULL, refresh_expires INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS notices (id TEXT PRIMARY KEY, territory TEXT NOT NULL,"
    " company TEXT NOT NULL, type TEXT NOT NULL, state TEXT NOT NULL, revision INTEGER NOT NULL,"
    " published_revision INTEGER NOT NULL, end_at INTEGER, reason TEXT,"
    " updated_at INTEGER NOT NULL, version INTEGER NOT NULL, seq INTEGER NOT NULL)",
    "CREATE INDEX IF NOT EXISTS notices_seq ON notices (seq)",
    "CREATE TABLE IF NOT EXISTS revisions (notice_id TEXT NOT NULL, revision INTEGER NOT NULL,"
    " json TEXT NOT NULL, submitted_by TEXT NOT NULL, submitted_at INTEGER NOT NULL,"
    " published_at INTEGER, decision TEXT NOT NULL DEFAULT '', comment TEXT NOT NULL DEFAULT '',"
    " decided_by TEXT NOT NULL DEFAULT '', decided_at INTEGER NOT NULL DEFAULT 0,"
    " PRIMARY KEY (notice_id, revision))",
    "CREATE TABLE IF NOT EXISTS idempotency (username TEXT NOT NULL, key TEXT NOT NULL,"
    " fingerprint BLOB NOT NULL, answer TEXT NOT NULL, created_at INTEGER NOT NULL,"
    " PRIMARY KEY (username, key))",
    // A revision's hotline audio, by language: it belongs to that revision alone, so a new
    // revision starts without any (the old audio may say what the new text no longer says).
    "CREATE TABLE IF NOT EXISTS hotline_audio (notice_id TEXT NOT NULL, revision INTEGER NOT NULL,"
    " language TEXT NOT NULL, wav BLOB NOT NULL, seconds REAL NOT NULL,"
    " uploaded_by TEXT NOT NULL, uploaded_at INTEGER NOT NULL,"
    " PRIMARY KEY (notice_id, revision, language))",
    "CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL)",
    "INSERT OR IGNORE INTO counters VALUES ('seq', 0)",
};

QString hashToken(const QByteArray &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex());
}

QByteArray newToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), int(bytes.size())) != 1)
        qFatal("No random bytes for a token");
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QVariant nullable(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

QString toText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject fromText(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

QJsonObject SandboxStore::User::toJson() const
{
    return {{QStringLiteral("username"), username},
            {QStringLiteral("name"), name},
            {QStringLiteral("role"), role},
            {QStringLiteral("company"), company},
            {QStringLiteral("territories"), QJsonArray::fromStringList(territories)}};
}

bool SandboxStore::User::coordinates(const QString &territory) const
{
    return role == QLatin1String("admin") ||
           (role == QLatin1String("coordinator") && territories.contains(territory));
}

SandboxStore::SandboxStore()
    : m_connection(QStringLiteral("allo-sandbox-") +
                   QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

SandboxStore::~SandboxStore()
{
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

QString SandboxStore::open(const QString &path)
{
    OwnerOnly::makeFile(path); // password hashes, sessions
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    if (!db.open())
        return db.lastError().text();
    exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    exec(QStringLiteral("PRAGMA busy_timeout=5000"));
    for (const char *sql : kSchema)
        exec(QLatin1String(sql));
    return takeFailure() ? QStringLiteral("cannot create the schema") : QString();
}

QSqlQuery SandboxStore::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.prepare(sql)) {
        qCCritical(lcSandboxStore) << sql << q.lastError().text();
        m_failed = true;
        return q;
    }
    for (const QVariant &v : values) {
        // A null QString would bind as SQL NULL; the schema wants "" for "none".
        const bool nullText = v.typeId() == QMetaType::QString && v.toString().isNull();
        q.addBindValue(nullText ? QVariant(QStringLiteral("")) : v);
    }
    if (!q.exec()) {
        qCCritical(lcSandboxStore) << sql << q.lastError().text();
        m_failed = true;
    }
    return q;
}

bool SandboxStore::takeFailure()
{
    return std::exchange(m_failed, false);
}

void SandboxStore::begin()
{
    QSqlDatabase::database(m_connection, false).transaction();
}

void SandboxStore::commit()
{
    if (!QSqlDatabase::database(m_connection, false).commit())
        m_failed = true;
}

void SandboxStore::rollback()
{
    QSqlDatabase::database(m_connection, false).rollback();
}

bool SandboxStore::hasUsers()
{
    QSqlQuery q = exec(QStringLiteral("SELECT COUNT(*) FROM users"));
    return q.next() && q.value(0).toInt() > 0;
}

QString SandboxStore::replaceDirectory(const UserDirectory &directory)
{
    QHash<QString, QString> before;
    QSqlQuery q = exec(QStringLiteral("SELECT username, password_hash FROM users"));
    while (q.next())
        before.insert(q.value(0).toString(), q.value(1).toString());
    begin();
    exec(QStringLiteral("DELETE FROM users"));
    exec(QStringLiteral("DELETE FROM sites"));
    for (const UserDirectory::User &u : directory.users()) {
        const QString old = before.take(u.username);
        QString hash = u.passwordHash;
        if (hash.isEmpty()) {
            // The same clear password keeps its hash (and the user's sessions); a new one is
            // hashed with a new salt.
            const auto oldHash = PasswordHash::decode(old);
            hash = oldHash && oldHash->matches(u.password)
                       ? old
                       : PasswordHash::make(u.password).encoded();
        }
        // A changed password signs out everywhere: whoever knew the old one keeps nothing.
        if (!old.isEmpty() && hash != old)
            exec(QStringLiteral("DELETE FROM sessions WHERE username = ?"), {u.username});
        exec(QStringLiteral("INSERT INTO users VALUES (?, ?, ?, ?, ?, ?)"),
             {u.username, hash, u.name, u.role, u.company, u.territories.join(QLatin1Char(','))});
    }
    // Removed users keep no session either (a refresh token would otherwise outlive them).
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        exec(QStringLiteral("DELETE FROM sessions WHERE username = ?"), {it.key()});
    for (const QJsonObject &s : directory.sites()) {
        exec(QStringLiteral("INSERT OR REPLACE INTO sites VALUES (?, ?, ?, ?)"),
             {s.value(QStringLiteral("company")).toString(),
              s.value(QStringLiteral("id")).toString(),
              s.value(QStringLiteral("territory")).toString(), toText(s)});
    }
    if (takeFailure()) {
        rollback();
        return QStringLiteral("cannot store the accounts");
    }
    commit();
    return takeFailure() ? QStringLiteral("cannot store the accounts") : QString();
}

std::optional<SandboxStore::User> SandboxStore::user(const QString &username)
{
    QSqlQuery q =
        exec(QStringLiteral(
                 "SELECT username, name, role, company, territories FROM users WHERE username = ?"),
             {username});
    if (!q.next())
        return std::nullopt;
    return User{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                q.value(3).toString(),
                q.value(4).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)};
}

std::optional<SandboxStore::User> SandboxStore::checkPassword(const QString &username,
                                                              const QString &password)
{
    // An unknown user costs the same PBKDF2 as a known one, so that the time of the answer does
    // not tell which user names exist.
    static const PasswordHash unknownUser = PasswordHash::make(QUuid::createUuid().toString());
    QSqlQuery q =
        exec(QStringLiteral("SELECT password_hash FROM users WHERE username = ?"), {username});
    const auto hash = q.next() ? PasswordHash::decode(q.value(0).toString()) : std::nullopt;
    if (!hash) {
        unknownUser.matches(password);
        return std::nullopt;
    }
    if (!hash->matches(password))
        return std::nullopt;
    return user(username);
}

QList<QJsonObject> SandboxStore::sites(const QString &company, const QStringList &territories)
{
    QList<QJsonObject> result;
    QSqlQuery q =
        exec(QStringLiteral("SELECT company, territory, json FROM sites ORDER BY company, id"));
    while (q.next()) {
        const bool mine = company.isEmpty() ? territories.contains(q.value(1).toString())
                                            : q.value(0).toString() == company;
        if (mine)
            result.append(fromText(q.value(2).toString()));
    }
    return result;
}

bool SandboxStore::hasSite(const QString &company, const QString &territory, const QString &siteId)
{
    QSqlQuery q =
        exec(QStringLiteral("SELECT 1 FROM sites WHERE company = ? AND territory = ? AND id = ?"),
             {company, territory, siteId});
    return q.next();
}

SandboxStore::Session SandboxStore::createSession(const QString &username, qint64 now,
                                                  int accessSeconds, int refreshSeconds)
{
    Session s{username, newToken(), newToken()};
    exec(QStringLiteral("INSERT INTO sessions VALUES (?, ?, ?, ?, ?)"),
         {hashToken(s.accessToken), hashToken(s.refreshToken), username,
          now + qint64(accessSeconds) * 1000, now + qint64(refreshSeconds) * 1000});
    return s;
}

std::optional<QString> SandboxStore::sessionUser(const QByteArray &accessToken, qint64 now)
{
    QSqlQuery q =
        exec(QStringLiteral(
                 "SELECT username FROM sessions WHERE access_hash = ? AND access_expires > ?"),
             {hashToken(accessToken), now});
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString();
}

std::optional<SandboxStore::Session> SandboxStore::rotateSession(const QByteArray &refreshToken,
                                                                 qint64 now, int accessSeconds,
                                                                 int refreshSeconds)
{
    QSqlQuery q = exec(QStringLiteral("SELECT username FROM sessions WHERE refresh_hash = ? AND "
                                      "refresh_expires > ?"),
                       {hashToken(refreshToken), now});
    if (!q.next())
        return std::nullopt;
    const QString username = q.value(0).toString();
    exec(QStringLiteral("DELETE FROM sessions WHERE refresh_hash = ?"), {hashToken(refreshToken)});
    return createSession(username, now, accessSeconds, refreshSeconds);
}

void SandboxStore::revokeSession(const QByteArray &accessToken)
{
    exec(QStringLiteral("DELETE FROM sessions WHERE access_hash = ?"), {hashToken(accessToken)});
}

void SandboxStore::purge(qint64 now, qint64 answersKeptMs)
{
    exec(QStringLiteral("DELETE FROM sessions WHERE refresh_expires <= ? AND access_expires <= ?"),
         {now, now});
    exec(QStringLiteral("DELETE FROM idempotency WHERE created_at <= ?"), {now - answersKeptMs});
}

std::optional<std::pair<QByteArray, ApiResponse>>
SandboxStore::storedAnswer(const QString &username, const QString &key)
{
    QSqlQuery q =
        exec(QStringLiteral(
                 "SELECT fingerprint, answer FROM idempotency WHERE username = ? AND key = ?"),
             {username, key});
    if (!q.next())
        return std::nullopt;
    return std::pair{q.value(0).toByteArray(),
                     ApiResponse::fromJson(fromText(q.value(1).toString()))};
}

void SandboxStore::storeAnswer(const QString &username, const QString &key,
                               const QByteArray &fingerprint, const ApiResponse &answer, qint64 now)
{
    exec(QStringLiteral("INSERT INTO idempotency VALUES (?, ?, ?, ?, ?)"),
         {username, key, fingerprint, toText(answer.toJson()), now});
}

void SandboxStore::putHotlineAudio(const QString &id, int revision, const HotlineAudio &audio,
                                   const QString &username, qint64 now)
{
    exec(QStringLiteral("INSERT OR REPLACE INTO hotline_audio VALUES (?, ?, ?, ?, ?, ?, ?)"),
         {id, revision, audio.language, audio.wav, audio.seconds, username, now});
}

std::optional<SandboxStore::HotlineAudio>
SandboxStore::hotlineAudio(const QString &id, int revision, const QString &language)
{
    QSqlQuery q = exec(QStringLiteral("SELECT wav, seconds FROM hotline_audio WHERE notice_id = ? "
                                      "AND revision = ? AND language = ?"),
                       {id, revision, language});
    if (!q.next())
        return std::nullopt;
    return HotlineAudio{language, q.value(0).toByteArray(), q.value(1).toDouble()};
}

SandboxStore::Notice SandboxStore::noticeFrom(const QSqlQuery &q) const
{
    Notice n;
    n.id = q.value(0).toString();
    n.territory = q.value(1).toString();
    n.company = q.value(2).toString();
    n.type = q.value(3).toString();
    n.state = q.value(4).toString();
    n.revision = q.value(5).toInt();
    n.publishedRevision = q.value(6).toInt();
    if (!q.value(7).isNull())
        n.endAt = q.value(7).toLongLong();
    n.reason = q.value(8).toString();
    n.updatedAt = q.value(9).toLongLong();
    n.version = q.value(10).toLongLong();
    n.seq = q.value(11).toLongLong();
    return n;
}

std::optional<SandboxStore::Notice> SandboxStore::notice(const QString &id)
{
    QSqlQuery q = exec(QStringLiteral("SELECT * FROM notices WHERE id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return noticeFrom(q);
}

namespace {

const char *const kRevisionColumns = "SELECT revision, json, submitted_by, submitted_at, "
                                     "published_at, decision, comment, decided_by, decided_at "
                                     "FROM revisions WHERE notice_id = ? ";

SandboxStore::Revision revisionFrom(const QSqlQuery &q)
{
    SandboxStore::Revision r;
    r.revision = q.value(0).toInt();
    r.json = fromText(q.value(1).toString());
    r.submittedBy = q.value(2).toString();
    r.submittedAt = q.value(3).toLongLong();
    if (!q.value(4).isNull())
        r.publishedAt = q.value(4).toLongLong();
    r.decision = q.value(5).toString();
    r.comment = q.value(6).toString();
    r.decidedBy = q.value(7).toString();
    r.decidedAt = q.value(8).toLongLong();
    return r;
}

} // namespace

QList<SandboxStore::Revision> SandboxStore::revisions(const QString &id)
{
    QList<Revision> result;
    QSqlQuery q = exec(QLatin1String(kRevisionColumns) + QLatin1String("ORDER BY revision"), {id});
    while (q.next())
        result.append(revisionFrom(q));
    return result;
}

std::optional<SandboxStore::Revision> SandboxStore::revision(const QString &id, int revision)
{
    QSqlQuery q =
        exec(QLatin1String(kRevisionColumns) + QLatin1String("AND revision = ?"), {id, revision});
    if (!q.next())
        return std::nullopt;
    return revisionFrom(q);
}

std::optional<SandboxStore::Revision> SandboxStore::publishedBefore(const QString &id, int revision)
{
    QSqlQuery q = exec(QLatin1String(kRevisionColumns) +
                           QLatin1String("AND revision < ? AND published_at IS NOT NULL "
                                         "ORDER BY revision DESC LIMIT 1"),
                       {id, revision});
    if (!q.next())
        return std::nullopt;
    return revisionFrom(q);
}

qint64 SandboxStore::nextSeq()
{
    exec(QStringLiteral("UPDATE counters SET value = value + 1 WHERE name = 'seq'"));
    QSqlQuery q = exec(QStringLiteral("SELECT value FROM counters WHERE name = 'seq'"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

void SandboxStore::insertNotice(Notice &n, const Revision &first)
{
    n.version = 1;
    n.seq = nextSeq();
    exec(QStringLiteral("INSERT INTO notices VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
         {n.id, n.territory, n.company, n.type, n.state, n.revision, n.publishedRevision,
          nullable(n.endAt), n.reason, n.updatedAt, n.version, n.seq});
    insertRevision(n.id, first);
}

void SandboxStore::updateNotice(Notice &n)
{
    n.version += 1;
    n.seq = nextSeq();
    exec(QStringLiteral("UPDATE notices SET type = ?, state = ?, revision = ?, "
                        "published_revision = ?, end_at = ?, reason = ?, updated_at = ?, "
                        "version = ?, seq = ? WHERE id = ?"),
         {n.type, n.state, n.revision, n.publishedRevision, nullable(n.endAt), n.reason,
          n.updatedAt, n.version, n.seq, n.id});
}

void SandboxStore::insertRevision(const QString &id, const Revision &r)
{
    exec(QStringLiteral("INSERT INTO revisions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
         {id, r.revision, toText(r.json), r.submittedBy, r.submittedAt, nullable(r.publishedAt),
          r.decision, r.comment, r.decidedBy, r.decidedAt});
}

void SandboxStore::updateRevision(const QString &id, const Revision &r)
{
    exec(
        QStringLiteral("UPDATE revisions SET published_at = ?, decision = ?, comment = ?, "
                       "decided_by = ?, decided_at = ? WHERE notice_id = ? AND revision = ?"),
        {nullable(r.publishedAt), r.decision, r.comment, r.decidedBy, r.decidedAt, id, r.revision});
}

QList<SandboxStore::Notice> SandboxStore::list(const Filter &f)
{
    QString sql = QStringLiteral("SELECT * FROM notices WHERE seq > ?");
    QVariantList values{f.afterSeq};
    const auto where = [&](const char *clause, const QVariant &value) {
        sql += QLatin1String(clause);
        values.append(value);
    };
    if (!f.state.isEmpty())
        where(" AND state = ?", f.state);
    if (!f.territory.isEmpty())
        where(" AND territory = ?", f.territory);
    if (!f.company.isEmpty())
        where(" AND company = ?", f.company);
    if (f.since)
        where(" AND updated_at >= ?", *f.since);
    if (!f.ownCompany.isEmpty())
        where(" AND company = ?", f.ownCompany);
    if (!f.id.isEmpty())
        where(" AND id = ?", f.id);
    if (!f.territories.isEmpty()) {
        sql += QLatin1String(" AND territory IN (");
        for (qsizetype i = 0; i < f.territories.size(); ++i) {
            sql += i ? QLatin1String(", ?") : QLatin1String("?");
            values.append(f.territories.at(i));
        }
        sql += QLatin1Char(')');
    }
    sql += QLatin1String(" ORDER BY seq LIMIT ?");
    values.append(f.limit);
    QList<Notice> result;
    QSqlQuery q = exec(sql, values);
    while (q.next())
        result.append(noticeFrom(q));
    return result;
}

QList<SandboxStore::Notice> SandboxStore::live(const QString &territory)
{
    QList<Notice> result;
    QSqlQuery q = exec(QStringLiteral("SELECT * FROM notices WHERE territory = ? AND "
                                      "published_revision > 0 AND state NOT IN ('ended', "
                                      "'cancelled', 'rejected') ORDER BY seq"),
                       {territory});
    while (q.next())
        result.append(noticeFrom(q));
    return result;
}

int SandboxStore::endDue(qint64 now)
{
    QList<Notice> due;
    QSqlQuery q = exec(QStringLiteral("SELECT * FROM notices WHERE end_at IS NOT NULL AND "
                                      "end_at <= ? AND state NOT IN ('ended', 'cancelled', "
                                      "'rejected')"),
                       {now});
    while (q.next())
        due.append(noticeFrom(q));
    for (Notice &n : due) {
        n.state = QStringLiteral("ended");
        n.reason = QStringLiteral("end reached");
        n.updatedAt = now;
        updateNotice(n);
    }
    return int(due.size());
}

qint64 SandboxStore::noticeCount()
{
    QSqlQuery q = exec(QStringLiteral("SELECT COUNT(*) FROM notices"));
    return q.next() ? q.value(0).toLongLong() : 0;
}
