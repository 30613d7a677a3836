#pragma once

#include <QDateTime>

// The time every "now" in the product comes from, so that `--now` and tests can fix it.
class Clock
{
public:
    Clock() = default;
    explicit Clock(const QDateTime &fixedNow);
    virtual ~Clock() = default;
    Clock(const Clock &) = default;
    Clock &operator=(const Clock &) = default;

    virtual QDateTime now() const;
    bool isFixed() const { return m_fixed.isValid(); }
    void setFixed(const QDateTime &fixedNow) { m_fixed = fixedNow; }

private:
    QDateTime m_fixed;
};
