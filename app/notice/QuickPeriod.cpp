#include "QuickPeriod.h"

namespace QuickPeriod {

namespace {

QDateTime toMinute(const QDateTime &t)
{
    return t.addSecs(-(t.time().second())).addMSecs(-(t.time().msec()));
}

} // namespace

QDateTime extended(const QDateTime &start, const std::optional<QDateTime> &end,
                   const QDateTime &now, int hours)
{
    QDateTime from = now;
    if (end && end->isValid() && *end > now)
        from = *end;
    else if (start.isValid() && start > now)
        from = start;
    // Hours of elapsed time: on the night the clocks change, "+1 h" is still one hour.
    return toMinute(from.addSecs(qint64(hours) * 3600));
}

QDateTime tonight(const QDateTime &start, const QDateTime &now, const QTimeZone &zone)
{
    const QDateTime from = (start.isValid() && start > now ? start : now).toTimeZone(zone);
    const QDateTime evening(from.date(), QTime(kEveningHour, 0), zone);
    if (from < evening)
        return evening;
    return QDateTime(from.date().addDays(1), QTime(0, 0), zone);
}

} // namespace QuickPeriod
