#include "Journal.h"

#include "Clock.h"
#include "Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <utility>

Journal::Journal(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

QByteArray Journal::genesis()
{
    // The hash before the first entry.
    return QByteArray(64, '0');
}

QByteArray Journal::hash(const QByteArray &key, qint64 seq, const QString &at, const QString &user,
                         const Entry &entry, const QByteArray &previous)
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
    const QByteArray text = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    if (key.isEmpty())
        return QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex();
    return QMessageAuthenticationCode::hash(text, key, QCryptographicHash::Sha256).toHex();
}

bool Journal::append(const QString &user, const Entry &entry)
{
    QSqlQuery &head = m_db.prepared(QStringLiteral("SELECT seq, hash FROM journal_head"));
    if (!m_db.exec(head))
        return false;
    qint64 seq = 1;
    QByteArray previous = genesis();
    const bool hasHead = head.next();
    if (hasHead) {
        seq = head.value(0).toLongLong() + 1;
        previous = head.value(1).toByteArray();
    }
    head.finish();
    const QString at = m_clock.now().toUTC().toString(Qt::ISODateWithMs);
    const QByteArray digest = hash(m_key, seq, at, user, entry, previous);

    QSqlQuery &insert = m_db.prepared(
        QStringLiteral("INSERT INTO journal (seq, at, user, action, notice_id, operation_id, "
                       "detail, prev_hash, hash, keyed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bindValue(0, seq);
    insert.bindValue(1, at);
    insert.bindValue(2, Database::text(user));
    insert.bindValue(3, Database::text(entry.action));
    insert.bindValue(4, entry.noticeId);
    insert.bindValue(5, entry.operationId);
    insert.bindValue(6, Database::text(entry.detail));
    insert.bindValue(7, QString::fromLatin1(previous));
    insert.bindValue(8, QString::fromLatin1(digest));
    insert.bindValue(9, m_key.isEmpty() ? 0 : 1);
    if (!m_db.exec(insert))
        return false;
    if (m_awaiting && m_key.isEmpty()) {
        // A number written again: the transaction that wrote it first was rolled back.
        while (!m_awaited.isEmpty() && m_awaited.constLast().seq >= seq)
            m_awaited.removeLast();
        m_awaited.append({seq, digest});
    }
    QSqlQuery &move =
        m_db.prepared(hasHead ? QStringLiteral("UPDATE journal_head SET seq = ?, hash = ?")
                              : QStringLiteral("INSERT INTO journal_head VALUES (?, ?)"));
    move.bindValue(0, seq);
    move.bindValue(1, QString::fromLatin1(digest));
    if (!m_db.exec(move))
        return false;
    if (m_onAppend)
        m_onAppend();
    return true;
}

bool Journal::keyAwaited()
{
    m_awaiting = false;
    const QList<Link> awaited = std::exchange(m_awaited, {});
    if (awaited.isEmpty() || m_key.isEmpty())
        return true;
    return m_db.write(Database::Durability::Normal, [&] {
        QSqlQuery &rows = m_db.prepared(
            QStringLiteral("SELECT seq, at, user, action, notice_id, operation_id, detail, "
                           "prev_hash, hash, keyed FROM journal WHERE seq >= ? ORDER BY seq"));
        rows.bindValue(0, awaited.constFirst().seq);
        if (!m_db.exec(rows))
            return false;
        struct Row
        {
            qint64 seq;
            QString at;
            QString user;
            Entry entry;
            QByteArray previous;
            QByteArray stored;
            bool keyed;
        };
        QList<Row> written;
        while (rows.next())
            written.append({rows.value(0).toLongLong(),
                            rows.value(1).toString(),
                            rows.value(2).toString(),
                            {rows.value(3).toString(), rows.value(4).toString(),
                             rows.value(5).toString(), rows.value(6).toString()},
                            rows.value(7).toByteArray(),
                            rows.value(8).toByteArray(),
                            rows.value(9).toInt() == 1});
        rows.finish();
        const auto changed = [this](qint64 seq) {
            m_db.fail(Database::Failure::Other,
                      QCoreApplication::translate(
                          "Journal", "Entry %1 changed before the journal's key arrived: it is "
                                     "left as it is. Run allo-cli journal verify.")
                          .arg(seq));
            return false;
        };
        // Entries kept but not there were rolled back with their action (only the newest can
        // be: a number rolled back is written again by the next entry). Any other difference is
        // a change made behind the program's back.
        if (written.isEmpty())
            return true;
        if (written.size() > awaited.size())
            return changed(written.at(awaited.size()).seq);
        for (qsizetype i = 0; i < written.size(); ++i) {
            if (Link{written.at(i).seq, written.at(i).stored} != awaited.at(i))
                return changed(written.at(i).seq);
        }
        const std::optional<Link> last = head();
        if (!last)
            return false;
        if (*last != awaited.at(written.size() - 1))
            return changed(last->seq);
        QByteArray previous = written.first().previous;
        QByteArray rechained = previous;
        for (const Row &row : std::as_const(written)) {
            // And each is the plain entry its hash says, still following its chain.
            if (row.keyed || row.previous != previous ||
                hash({}, row.seq, row.at, row.user, row.entry, previous) != row.stored)
                return changed(row.seq);
            const QByteArray digest = hash(m_key, row.seq, row.at, row.user, row.entry, rechained);
            QSqlQuery &update = m_db.prepared(QStringLiteral(
                "UPDATE journal SET prev_hash = ?, hash = ?, keyed = 1 WHERE seq = ?"));
            update.bindValue(0, QString::fromLatin1(rechained));
            update.bindValue(1, QString::fromLatin1(digest));
            update.bindValue(2, row.seq);
            if (!m_db.exec(update))
                return false;
            previous = row.stored;
            rechained = digest;
        }
        QSqlQuery &move =
            m_db.prepared(QStringLiteral("UPDATE journal_head SET hash = ? WHERE seq = ?"));
        move.bindValue(0, QString::fromLatin1(rechained));
        move.bindValue(1, written.last().seq);
        return m_db.exec(move);
    });
}

std::optional<Journal::Link> Journal::head()
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT seq, hash FROM journal_head"));
    if (!m_db.exec(q))
        return std::nullopt;
    Link link{0, genesis()};
    if (q.next())
        link = {q.value(0).toLongLong(), q.value(1).toByteArray()};
    q.finish();
    return link;
}

std::optional<QByteArray> Journal::storedHash(qint64 seq)
{
    if (seq == 0)
        return genesis();
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT hash FROM journal WHERE seq = ?"));
    q.bindValue(0, seq);
    std::optional<QByteArray> hash;
    if (m_db.exec(q) && q.next())
        hash = q.value(0).toByteArray();
    q.finish();
    return hash;
}

Journal::Verdict Journal::verify(const std::optional<Seal> &seal)
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
                                   "detail, prev_hash, hash, keyed FROM journal ORDER BY seq"))) {
        m_db.fail(query.lastError());
        return broken(0, m_db.errorString());
    }
    QByteArray previous = genesis();
    QByteArray anchored = seal && seal->anchor.seq == 0 ? genesis() : QByteArray();
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
        const QByteArray stored = query.value(8).toByteArray();
        const bool keyed = query.value(9).toInt() == 1;
        const bool keyKnown = keyed && seal && seq >= seal->keyedFrom;
        if (keyKnown || !keyed) {
            const QByteArray digest =
                hash(keyKnown ? seal->key : QByteArray(), seq, query.value(1).toString(),
                     query.value(2).toString(), entry, previous);
            if (digest != stored)
                return broken(seq, QCoreApplication::translate(
                                       "Journal", "Entry %1 was changed after it was written.")
                                       .arg(seq));
        }
        // A keyed entry without its key: its content cannot be checked, only its place.
        if (!keyKnown) {
            ++verdict.withoutKey;
            verdict.lastWithoutKey = seq;
        }
        if (seal && seq == seal->anchor.seq)
            anchored = stored;
        previous = stored;
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
    const QByteArray headHash = hasHead ? head.value(1).toByteArray() : genesis();
    if (headSeq > verdict.entries)
        return broken(verdict.entries + 1,
                      QCoreApplication::translate("Journal",
                                                  "The journal ends at entry %1, but entry %2 was "
                                                  "written: the newest entries were removed.")
                          .arg(verdict.entries)
                          .arg(headSeq));
    if (headSeq != verdict.entries || headHash != previous)
        return broken(verdict.entries,
                      QCoreApplication::translate("Journal",
                                                  "The last entry does not match the one that was "
                                                  "written: it was changed or replaced."));
    // The anchor outside the file: what the file says about itself is checked against it.
    if (seal && seal->anchor.seq > verdict.entries)
        return broken(verdict.entries + 1,
                      QCoreApplication::translate(
                          "Journal",
                          "The journal ends at entry %1, but the anchor kept in the keychain "
                          "records entry %2: entries were removed, or the journal was emptied.")
                          .arg(verdict.entries)
                          .arg(seal->anchor.seq));
    if (seal && anchored != seal->anchor.hash)
        return broken(seal->anchor.seq,
                      QCoreApplication::translate(
                          "Journal",
                          "Entry %1 does not match the anchor kept in the keychain: the journal "
                          "was rewritten up to it.")
                          .arg(seal->anchor.seq));
    return verdict;
}
