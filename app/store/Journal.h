#pragma once

#include <QDateTime>
#include <QString>

class Clock;
class Database;

// Every local action in a hash chain: each entry holds the SHA-256 of the one before, and the
// head is kept apart, so a changed, removed or truncated entry shows on verify().
class Journal
{
public:
    struct Entry
    {
        QString action;
        QString noticeId;
        QString operationId;
        QString detail;
    };

    struct Verdict
    {
        bool ok = true;
        qint64 entries = 0;
        qint64 firstBadSeq = 0;
        QString problem;
    };

    Journal(Database &db, const Clock &clock);

    // Inside the caller's transaction, so the entry exists exactly when the action does.
    bool append(const QString &user, const Entry &entry);
    Verdict verify();

private:
    static QByteArray hash(qint64 seq, const QString &at, const QString &user, const Entry &entry,
                           const QByteArray &previous);

    Database &m_db;
    const Clock &m_clock;
};
