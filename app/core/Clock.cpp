#include "Clock.h"

Clock::Clock(const QDateTime &fixedNow)
    : m_fixed(fixedNow)
{}

QDateTime Clock::now() const
{
    return m_fixed.isValid() ? m_fixed : QDateTime::currentDateTimeUtc();
}
