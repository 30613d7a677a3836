#pragma once

#include <QHash>
#include <QList>
#include <QString>

// Slows down password guessing: counts failed sign-ins per account and per client address over
// a sliding window, and refuses every attempt (the right password included) while either has
// reached its limit. Only failures count, so that a test suite's hundreds of successful sign-ins
// from 127.0.0.1 never meet it. Kept in memory: a restart forgets it.
class SignInLimiter
{
public:
    struct Limits
    {
        int perAccount = 10;     // failed sign-ins of one user name…
        int perAddress = 30;     // …or from one client address (IPv6: its /64)…
        int windowSeconds = 900; // …within this many seconds
    };

    void setLimits(const Limits &limits) { m_limits = limits; }
    const Limits &limits() const { return m_limits; }

    // Seconds before this user name may try again from this address; 0 when it may now.
    int retryAfter(const QString &username, const QString &address, qint64 nowMs) const;
    void failed(const QString &username, const QString &address, qint64 nowMs);
    // A right password forgets the account's failures (not the address's: one account of one's
    // own must not reset the count of guesses at others).
    void succeeded(const QString &username) { m_byAccount.remove(username); }

    // The key an address is counted under: IPv4 (also when mapped into IPv6) whole, IPv6 by its
    // /64, which one machine usually holds entirely.
    static QString addressKey(const QString &address);

private:
    using Failures = QHash<QString, QList<qint64>>;

    int wait(const Failures &failures, const QString &key, int limit, qint64 nowMs) const;
    void record(Failures &failures, const QString &key, int limit, qint64 nowMs);
    bool inWindow(qint64 t, qint64 nowMs) const;

    Limits m_limits;
    Failures m_byAccount;
    Failures m_byAddress;
};
