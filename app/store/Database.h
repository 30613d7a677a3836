#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>

// The profile's SQLite file through Qt SQL: pragmas, migrations, and write transactions that
// either commit whole or leave nothing behind. The connection belongs to the thread that opened
// it; every Database gets a connection name of its own.
class Database
{
public:
    // Queue and acknowledge commits must survive a power cut (synchronous=FULL); an autosaved
    // draft may lose its last second to one (NORMAL), which keeps typing fast.
    enum class Durability
    {
        Normal,
        Full
    };

    // What went wrong, so callers can react (a damaged file is set aside, the rest are reported).
    enum class Failure
    {
        None,
        CannotWrite,
        Busy,
        DiskFull,
        Damaged,
        TooNew,
        Other
    };

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    bool open(const QString &path);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    QString path() const { return m_path; }

    // Runs body in BEGIN IMMEDIATE … COMMIT; rolls back when body returns false or any
    // statement fails. Nested calls join the outer transaction.
    bool write(Durability durability, const std::function<bool()> &body);
    // Inside write(): the durability of the transaction that nested calls join.
    bool inTransaction() const { return m_depth > 0; }
    Durability durability() const { return m_durability; }

    // A query prepared once per connection and reused (preparing is most of the cost of a
    // small insert).
    QSqlQuery &prepared(const QString &sql);
    // Runs a prepared or plain query; on failure records the error and returns false.
    bool exec(QSqlQuery &query);
    bool exec(const QString &sql);

    // 0 for a new file, -1 when it cannot be read (errorString() says why).
    int schemaVersion();

    // Qt binds a null QString as SQL NULL; text columns are NOT NULL, so absent means "".
    static QString text(const QString &value)
    {
        return value.isNull() ? QStringLiteral("") : value;
    }

    Failure failure() const { return m_failure; }
    // A sentence for the user: what is wrong and what to do.
    QString errorString() const { return m_error; }
    // Records a failure from a query or the driver.
    void fail(const QSqlError &error);
    void fail(Failure failure, const QString &message);
    QSqlDatabase &connection() { return m_db; }

private:
    bool setDurability(Durability durability);

    QString m_path;
    QString m_name;
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_prepared;
    QSqlQuery m_unprepared;
    Failure m_failure = Failure::None;
    QString m_error;
    int m_depth = 0;
    bool m_bodyFailed = false;
    Durability m_durability = Durability::Normal;
};
