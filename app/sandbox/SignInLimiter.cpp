#include "SignInLimiter.h"

#include <QHostAddress>

#include <algorithm>

int SignInLimiter::retryAfter(const QString &username, const QString &address, qint64 nowMs) const
{
    return std::max(wait(m_byAccount, username, m_limits.perAccount, nowMs),
                    wait(m_byAddress, addressKey(address), m_limits.perAddress, nowMs));
}

void SignInLimiter::failed(const QString &username, const QString &address, qint64 nowMs)
{
    record(m_byAccount, username, m_limits.perAccount, nowMs);
    record(m_byAddress, addressKey(address), m_limits.perAddress, nowMs);
}

QString SignInLimiter::addressKey(const QString &address)
{
    QHostAddress a(address);
    bool isV4 = false;
    const quint32 v4 = a.toIPv4Address(&isV4);
    if (isV4)
        return QHostAddress(v4).toString();
    if (a.protocol() != QAbstractSocket::IPv6Protocol)
        return address;
    Q_IPV6ADDR bytes = a.toIPv6Address();
    std::fill(bytes.c + 8, bytes.c + 16, quint8(0));
    return QHostAddress(bytes).toString() + QStringLiteral("/64");
}

int SignInLimiter::wait(const Failures &failures, const QString &key, int limit, qint64 nowMs) const
{
    QList<qint64> times = failures.value(key);
    times.removeIf([&](qint64 t) { return !inWindow(t, nowMs); });
    if (times.size() < limit)
        return 0;
    // The oldest of the last `limit` failures leaves the window at this time.
    const qint64 freeAt = times.at(times.size() - limit) + qint64(m_limits.windowSeconds) * 1000;
    return int((freeAt - nowMs + 999) / 1000);
}

bool SignInLimiter::inWindow(qint64 t, qint64 nowMs) const
{
    // A time after now is forgotten too: tests and --now may set the clock back.
    return t > nowMs - qint64(m_limits.windowSeconds) * 1000 && t <= nowMs;
}

void SignInLimiter::record(Failures &failures, const QString &key, int limit, qint64 nowMs)
{
    // Forget what left the window, everywhere: guesses at many user names leave nothing behind.
    for (auto it = failures.begin(); it != failures.end();) {
        it->removeIf([&](qint64 t) { return !inWindow(t, nowMs); });
        it = it->isEmpty() ? failures.erase(it) : std::next(it);
    }
    QList<qint64> &times = failures[key];
    times.append(nowMs);
    // Only the last `limit` failures decide.
    if (times.size() > limit)
        times.remove(0, times.size() - limit);
}
