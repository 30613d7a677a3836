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
// "27 mars", "1er avril" / "27 March"
QString dayAndMonth(const QDate &date, const QString &language);
// "7 h", "7 h 30" / "07:00"
QString time(const QTime &time, const QString &language);

// For the ear (hotline): no year, times a voice reads correctly.
// "du vendredi 27 mars à sept heures au samedi 28 mars à dix-neuf heures", "le mardi 12 mai de
// neuf heures trente à midi", "à partir du … et jusqu'à nouvel ordre" / "from Friday 27 March at
// seven a.m. to …".
QString spoken(const QDateTime &start, const std::optional<QDateTime> &end, const QTimeZone &zone,
               const QString &language);
// Under way at the moment the message is heard: "depuis le mercredi 14 octobre à seize heures
// quarante-deux et jusqu'à nouvel ordre" / "since Wednesday 14 October at four forty-two p.m. until
// further notice"; with an end, "et jusqu'au …" / "until …".
QString spokenSince(const QDateTime &start, const std::optional<QDateTime> &end,
                    const QTimeZone &zone, const QString &language);
// In words: "huit heures trente", "une heure", "midi", "minuit", "midi quinze" / "eight thirty
// a.m.", "twelve oh five p.m.", "noon", "midnight"
QString spokenTime(int hour, int minute, const QString &language);

} // namespace PeriodText
