#pragma once

#include <QDateTime>
#include <QElapsedTimer>

// The time every "now" in the product comes from. Three kinds: the system's (the default), one
// started at an instant that then runs (--now, so that retries and reminders still come due)
// and a fixed one (tests, which move it by hand).
class Clock
{
public:
    Clock() = default;
    explicit Clock(const QDateTime &fixedNow);
    virtual ~Clock() = default;
    // A copy of a started clock runs in step with it: both count from the same start.
    Clock(const Clock &) = default;
    Clock &operator=(const Clock &) = default;

    virtual QDateTime now() const;
    // True only for a clock that never moves by itself.
    bool isFixed() const { return m_origin.isValid() && !m_running.isValid(); }
    void setFixed(const QDateTime &fixedNow);
    // From this call on, now() is this instant plus the time elapsed since.
    void startAt(const QDateTime &instant);

private:
    QDateTime m_origin;      // invalid: the system's time
    QElapsedTimer m_running; // valid: m_origin is where a running clock started
};
