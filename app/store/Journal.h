#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class Clock;
class Database;

// Every local action in a hash chain: each entry holds the hash of the one before, and the head
// is kept apart, so a changed, removed or truncated entry shows on verify(). The file alone
// cannot prove more than its own consistency (whoever can write it can re-chain it), so the
// chain is anchored outside it: given the profile's key, entries are HMAC-SHA256 instead of
// SHA-256, and a Seal (kept in the keychain by the caller) records the newest anchored entry.
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

    // One link of the chain: an entry's number and hash (0 and the genesis before the first).
    struct Link
    {
        qint64 seq = 0;
        QByteArray hash;
        bool operator==(const Link &) const = default;
    };

    // What is kept outside the file: the key, the first entry written with it, and the newest
    // entry anchored.
    struct Seal
    {
        QByteArray key;
        qint64 keyedFrom = 1;
        Link anchor;
    };

    struct Verdict
    {
        bool ok = true;
        qint64 entries = 0;
        qint64 firstBadSeq = 0;
        QString problem;
        // Entries whose hash no key covers (written without one, or under a key not given):
        // only the chain, and the anchor once it passed them, protect them.
        qint64 withoutKey = 0;
        qint64 lastWithoutKey = 0;
    };

    Journal(Database &db, const Clock &clock);

    // The profile's key for the entries appended from now on; empty: plain SHA-256.
    void setKey(const QByteArray &key) { m_key = key; }
    // The key comes from the keychain after the window shows. Until then entries are still
    // written at once, inside their action's transaction (a crash must not lose one), as plain
    // SHA-256, and remembered; keyAwaited() rewrites them with the key.
    void awaitKey() { m_awaiting = true; }
    // The first entry written since awaitKey(), if any.
    std::optional<qint64> awaitedFrom() const
    {
        return m_awaited.isEmpty() ? std::nullopt : std::optional(m_awaited.constFirst().seq);
    }
    // Rewrites the entries written since awaitKey() with the key now set, in one transaction,
    // and stops waiting; with no key set, leaves them as they are. False (nothing rewritten,
    // errorString() of the database says why) when they are not the entries this program wrote,
    // as it wrote them (their hashes are kept in memory): it never keys what it did not write.
    bool keyAwaited();
    // Called after each append, inside the caller's transaction (it may still roll back).
    void setOnAppend(std::function<void()> onAppend) { m_onAppend = std::move(onAppend); }

    // Inside the caller's transaction, so the entry exists exactly when the action does.
    bool append(const QString &user, const Entry &entry);
    // The newest committed entry; nullopt when it cannot be read.
    std::optional<Link> head();
    // The stored hash of entry seq (the genesis for 0); nullopt when there is no such entry.
    std::optional<QByteArray> storedHash(qint64 seq);
    Verdict verify(const std::optional<Seal> &seal = std::nullopt);

    static QByteArray genesis();

private:
    static QByteArray hash(const QByteArray &key, qint64 seq, const QString &at,
                           const QString &user, const Entry &entry, const QByteArray &previous);

    Database &m_db;
    const Clock &m_clock;
    QByteArray m_key;
    std::function<void()> m_onAppend;
    bool m_awaiting = false;
    QList<Link> m_awaited; // the entries written while awaiting the key, as written
};
