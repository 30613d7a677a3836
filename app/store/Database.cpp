#include "Database.h"

#include "Migrations.h"
#include "OwnerOnly.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QUuid>

namespace {

// SQLite's primary result codes (the driver reports them as its native error code).
enum SqliteCode
{
    Busy = 5,
    Locked = 6,
    ReadOnly = 8,
    IoError = 10,
    Corrupt = 11,
    Full = 13,
    CantOpen = 14,
    NotADatabase = 26
};

constexpr int kBusyTimeoutMs = 5000;

} // namespace

Database::Database()
    : m_name(QStringLiteral("allo-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

Database::~Database()
{
    close();
}

bool Database::open(const QString &path)
{
    close();
    m_path = path;
    m_failure = Failure::None;
    m_error.clear();
    OwnerOnly::makeFile(path);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    if (!m_db.open()) {
        fail(m_db.lastError());
        close();
        return false;
    }
    QSqlQuery mode(m_db);
    if (!mode.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !mode.next()) {
        fail(mode.lastError());
        close();
        return false;
    }
    if (mode.value(0).toString() != QLatin1String("wal")) {
        fail(Failure::CannotWrite,
             QCoreApplication::translate("Database",
                                         "The database %1 cannot use its write-ahead log here "
                                         "(journal mode \"%2\"). Put the profile on a local disk "
                                         "with --profile.")
                 .arg(path, mode.value(0).toString()));
        close();
        return false;
    }
    mode.finish();
    if (!exec(QStringLiteral("PRAGMA foreign_keys=ON")) ||
        !exec(QStringLiteral("PRAGMA busy_timeout=%1").arg(kBusyTimeoutMs)) ||
        !exec(QStringLiteral("PRAGMA synchronous=NORMAL")) || !Migrations::apply(*this)) {
        close();
        return false;
    }
    m_durability = Durability::Normal;
    return true;
}

void Database::close()
{
    m_prepared.clear();
    m_unprepared = QSqlQuery();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    m_depth = 0;
}

bool Database::setDurability(Durability durability)
{
    if (durability == m_durability)
        return true;
    const bool ok =
        exec(durability == Durability::Full ? QStringLiteral("PRAGMA synchronous=FULL")
                                            : QStringLiteral("PRAGMA synchronous=NORMAL"));
    if (ok)
        m_durability = durability;
    return ok;
}

bool Database::write(Durability durability, const std::function<bool()> &body)
{
    if (m_depth > 0) {
        ++m_depth;
        const bool ok = body();
        --m_depth;
        if (!ok)
            m_bodyFailed = true;
        return ok;
    }
    m_failure = Failure::None;
    m_error.clear();
    // synchronous cannot change inside a transaction, so it is set before BEGIN.
    if (!setDurability(durability) || !exec(QStringLiteral("BEGIN IMMEDIATE")))
        return false;
    m_depth = 1;
    m_bodyFailed = false;
    const bool ok = body() && !m_bodyFailed;
    m_depth = 0;
    if (ok && exec(QStringLiteral("COMMIT")))
        return true;
    // A separate query, so the error that caused the rollback stays the one reported.
    QSqlQuery rollback(m_db);
    rollback.exec(QStringLiteral("ROLLBACK"));
    return false;
}

QSqlQuery &Database::prepared(const QString &sql)
{
    auto it = m_prepared.find(sql);
    if (it != m_prepared.end())
        return it.value();
    QSqlQuery query(m_db);
    if (query.prepare(sql))
        return m_prepared.emplace(sql, std::move(query)).value();
    // Not kept: the next call prepares again (a busy schema read is only passing).
    fail(query.lastError());
    m_unprepared = std::move(query);
    return m_unprepared;
}

bool Database::exec(QSqlQuery &query)
{
    if (&query == &m_unprepared) {
        // The error from prepare() stays the one reported.
        if (m_depth > 0)
            m_bodyFailed = true;
        return false;
    }
    if (query.exec())
        return true;
    fail(query.lastError());
    if (m_depth > 0)
        m_bodyFailed = true;
    return false;
}

bool Database::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    if (query.exec(sql))
        return true;
    fail(query.lastError());
    if (m_depth > 0)
        m_bodyFailed = true;
    return false;
}

int Database::schemaVersion()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                                   "name = 'schema_version'")) ||
        !query.next()) {
        fail(query.lastError());
        return -1;
    }
    if (query.value(0).toInt() == 0)
        return 0;
    if (!query.exec(QStringLiteral("SELECT version FROM schema_version")) || !query.next()) {
        fail(query.lastError());
        return -1;
    }
    return query.value(0).toInt();
}

void Database::fail(Failure failure, const QString &message)
{
    m_failure = failure;
    m_error = message;
}

void Database::fail(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    const QString file = m_path;
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    switch (code) {
    case Busy:
    case Locked:
        fail(Failure::Busy, QCoreApplication::translate(
                                "Database", "The database %1 is locked by another program. Nothing "
                                            "was changed. Close the other program and try again.")
                                .arg(file));
        return;
    case ReadOnly:
    case CantOpen:
        fail(Failure::CannotWrite,
             QCoreApplication::translate("Database",
                                         "The database %1 cannot be opened for writing (%2). "
                                         "Check that its folder exists and that you may write "
                                         "in it, or choose another profile with --profile.")
                 .arg(file, detail));
        return;
    case Full:
        fail(Failure::DiskFull,
             QCoreApplication::translate("Database",
                                         "The disk holding %1 is full. Nothing was changed. Free "
                                         "some space and try again.")
                 .arg(file));
        return;
    case Corrupt:
    case NotADatabase:
        fail(Failure::Damaged,
             QCoreApplication::translate("Database", "The database %1 is damaged (%2).")
                 .arg(file, detail));
        return;
    case IoError:
        fail(Failure::Other,
             QCoreApplication::translate("Database",
                                         "The disk could not read or write %1 (%2). Nothing was "
                                         "changed. Check the disk and try again.")
                 .arg(file, detail));
        return;
    default:
        fail(Failure::Other,
             QCoreApplication::translate("Database", "The database %1 reported an error: %2")
                 .arg(file, detail));
    }
}
