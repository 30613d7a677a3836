#include "Clock.h"

Clock::Clock(const QDateTime &fixedNow)
    : m_origin(fixedNow)
{}

QDateTime Clock::now() const
{
    if (!m_origin.isValid())
        return QDateTime::currentDateTimeUtc();
    // QElapsedTimer is monotonic: a change of the system's time does not move this clock.
    return m_running.isValid() ? m_origin.addMSecs(m_running.elapsed()) : m_origin;
}

void Clock::setFixed(const QDateTime &fixedNow)
{
    m_origin = fixedNow;
    m_running.invalidate();
}

void Clock::startAt(const QDateTime &instant)
{
    m_origin = instant;
    m_running.start();
}
