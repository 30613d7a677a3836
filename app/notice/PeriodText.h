#pragma once

#include <QDateTime>
#include <QTimeZone>

#include <optional>

// A notice's period in written words, in the territory's time zone, independent of the process
// locale and time zone: "du vendredi 27 mars à 7 h au samedi 28 mars 2026 à 19 h".
namespace PeriodText {

QString written(const QDateTime &start, const std::optional<QDateTime> &end, const QTimeZone &zone,
                const QString &language);
// "vendredi 27 mars 2026" / "Friday 27 March 2026"
QString date(const QDate &date, const QString &language, bool withYear);
// "7 h", "7 h 30" / "07:00"
QString time(const QTime &time, const QString &language);

} // namespace PeriodText
