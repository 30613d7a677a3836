#include "RetryBackoff.h"

#include <QtGlobal>

RetryBackoff::RetryBackoff(int baseMs, int capMs)
    : m_random(QRandomGenerator::securelySeeded())
{
    setLimits(baseMs, capMs);
}

void RetryBackoff::setLimits(int baseMs, int capMs)
{
    m_baseMs = qMax(1, baseMs);
    m_capMs = qMax(m_baseMs, capMs);
}

qint64 RetryBackoff::ceilingMs(int attempt) const
{
    // 2^30 times any base is past any cap: the shift stops there instead of overflowing.
    const int doublings = qBound(0, attempt - 1, 30);
    return qMin<qint64>(m_capMs, qint64(m_baseMs) << doublings);
}

qint64 RetryBackoff::delayMs(int attempt, std::optional<int> retryAfterSeconds)
{
    const qint64 drawn = qint64(m_random.bounded(quint64(ceilingMs(attempt)) + 1));
    const qint64 platform = retryAfterSeconds ? qint64(*retryAfterSeconds) * 1000 : 0;
    return qMax(drawn, platform);
}
