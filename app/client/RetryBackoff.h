#pragma once

#include <QRandomGenerator>

#include <optional>

// How long to wait before the next attempt: exponential back-off with full jitter (a uniform
// draw between 0 and min(cap, base·2^(attempt-1))), so clients that failed together do not
// come back together; never shorter than the platform's Retry-After.
class RetryBackoff
{
public:
    RetryBackoff(int baseMs, int capMs);

    void setLimits(int baseMs, int capMs);
    int baseMs() const { return m_baseMs; }
    int capMs() const { return m_capMs; }

    // attempt: 1 for the first retry. retryAfterSeconds: the platform's header, when it sent one.
    qint64 delayMs(int attempt, std::optional<int> retryAfterSeconds = std::nullopt);
    // The upper bound of the draw for an attempt, before Retry-After.
    qint64 ceilingMs(int attempt) const;

private:
    int m_baseMs;
    int m_capMs;
    QRandomGenerator m_random;
};
