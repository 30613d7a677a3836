#pragma once

#include <QDateTime>
#include <QTimeZone>

#include <optional>

// The composer's quick choices for the end of a notice, as times (docs/channels.md, "Quick
// period choices"). Both drop the seconds: the composer shows minutes.
namespace QuickPeriod {

// The evening ends at 20:00 in the territory's time zone.
constexpr int kEveningHour = 20;

// "+1 h", "+4 h": hours more than the end while it is still ahead; for a notice without an end,
// or whose end has passed, hours after now, or after the start if it has not begun.
QDateTime extended(const QDateTime &start, const std::optional<QDateTime> &end,
                   const QDateTime &now, int hours);
// "Until tonight": 20:00 in zone on the day the notice is under way (today, or its first day if
// it starts later); past 20:00 that day, midnight at the end of it.
QDateTime tonight(const QDateTime &start, const QDateTime &now, const QTimeZone &zone);

} // namespace QuickPeriod
