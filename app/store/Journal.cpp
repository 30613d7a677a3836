#include "Journal.h"

#include "Clock.h"
#include "Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

// The hash before the first entry.
const QByteArray kGenesis(64, '0');

} // namespace

Journal::Journal(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

QByteArray Journal::hash(qint64 seq, const QString &at, const QString &user, const Entry &entry,
                         const QByteArray &previous)
{
    // A JSON array is unambiguous where plain concatenation is not ("ab"+"c" == "a"+"bc").
    const QJsonArray fields{QString::number(seq),
                            at,
                            user,
                            entry.action,
                            entry.noticeId,
                            entry.operationId,
                            entry.detail,
                            QString::fromLatin1(previous)};
    return QCryptographicHash::hash(QJsonDocument(fields).toJson(QJsonDocument::Compact),
                                    QCryptographicHash::Sha256)
        .toHex();
}

bool Journal::append(const QString &user, const Entry &entry)
{
    QSqlQuery &head = m_db.prepared(QStringLiteral("SELECT seq, hash FROM journal_head"));
    if (!m_db.exec(head))
        return false;
    qint64 seq = 1;
    QByteArray previous = kGenesis;
    const bool hasHead = head.next();
    if (hasHead) {
        seq = head.value(0).toLongLong() + 1;
        previous = head.value(1).toByteArray();
    }
    head.finish();
    const QString at = m_clock.now().toUTC().toString(Qt::ISODateWithMs);
    const QByteArray digest = hash(seq, at, user, entry, previous);

    QSqlQuery &insert = m_db.prepared(
        QStringLiteral("INSERT INTO journal (seq, at, user, action, notice_id, operation_id, "
                       "detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bindValue(0, seq);
    insert.bindValue(1, at);
    insert.bindValue(2, Database::text(user));
    insert.bindValue(3, Database::text(entry.action));
    insert.bindValue(4, entry.noticeId);
    insert.bindValue(5, entry.operationId);
    insert.bindValue(6, Database::text(entry.detail));
    insert.bindValue(7, QString::fromLatin1(previous));
    insert.bindValue(8, QString::fromLatin1(digest));
    if (!m_db.exec(insert))
        return false;
    QSqlQuery &move =
        m_db.prepared(hasHead ? QStringLiteral("UPDATE journal_head SET seq = ?, hash = ?")
                              : QStringLiteral("INSERT INTO journal_head VALUES (?, ?)"));
    move.bindValue(0, seq);
    move.bindValue(1, QString::fromLatin1(digest));
    return m_db.exec(move);
}

Journal::Verdict Journal::verify()
{
    Verdict verdict;
    const auto broken = [&](qint64 seq, const QString &problem) {
        verdict.ok = false;
        verdict.firstBadSeq = seq;
        verdict.problem = problem;
        return verdict;
    };
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT seq, at, user, action, notice_id, operation_id, "
                                   "detail, prev_hash, hash FROM journal ORDER BY seq"))) {
        m_db.fail(query.lastError());
        return broken(0, m_db.errorString());
    }
    QByteArray previous = kGenesis;
    qint64 expected = 1;
    while (query.next()) {
        const qint64 seq = query.value(0).toLongLong();
        if (seq != expected)
            return broken(expected, QCoreApplication::translate(
                                        "Journal", "Entry %1 is missing: it was removed.")
                                        .arg(expected));
        const Entry entry{query.value(3).toString(), query.value(4).toString(),
                          query.value(5).toString(), query.value(6).toString()};
        if (query.value(7).toByteArray() != previous)
            return broken(seq, QCoreApplication::translate(
                                   "Journal", "Entry %1 does not follow the entry before it.")
                                   .arg(seq));
        const QByteArray digest =
            hash(seq, query.value(1).toString(), query.value(2).toString(), entry, previous);
        if (digest != query.value(8).toByteArray())
            return broken(seq, QCoreApplication::translate(
                                   "Journal", "Entry %1 was changed after it was written.")
                                   .arg(seq));
        previous = digest;
        ++expected;
        ++verdict.entries;
    }
    QSqlQuery head(m_db.connection());
    if (!head.exec(QStringLiteral("SELECT seq, hash FROM journal_head"))) {
        m_db.fail(head.lastError());
        return broken(0, m_db.errorString());
    }
    const bool hasHead = head.next();
    const qint64 headSeq = hasHead ? head.value(0).toLongLong() : 0;
    const QByteArray headHash = hasHead ? head.value(1).toByteArray() : kGenesis;
    if (headSeq > verdict.entries)
        return broken(verdict.entries + 1,
                      QCoreApplication::translate("Journal",
                                                  "The journal ends at entry %1, but entry %2 "
                                                  "was written: the newest entries were removed.")
                          .arg(verdict.entries)
                          .arg(headSeq));
    if (headSeq != verdict.entries || headHash != previous)
        return broken(verdict.entries,
                      QCoreApplication::translate("Journal",
                                                  "The last entry does not match the one that was "
                                                  "written: it was changed or replaced."));
    return verdict;
}
