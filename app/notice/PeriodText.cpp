#include "PeriodText.h"

#include "NumberWords.h"

#include <array>

namespace PeriodText {

namespace {

bool isFrench(const QString &language)
{
    return language == QLatin1String("fr");
}

QString weekday(const QDate &d, const QString &language)
{
    static const std::array<const char *, 7> fr = {"lundi",    "mardi",  "mercredi", "jeudi",
                                                   "vendredi", "samedi", "dimanche"};
    static const std::array<const char *, 7> en = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                                   "Friday", "Saturday", "Sunday"};
    const auto i = static_cast<size_t>(d.dayOfWeek() - 1);
    return QString::fromUtf8(isFrench(language) ? fr.at(i) : en.at(i));
}

QString month(const QDate &d, const QString &language)
{
    static const std::array<const char *, 12> fr = {"janvier",   "février", "mars",     "avril",
                                                    "mai",       "juin",    "juillet",  "août",
                                                    "septembre", "octobre", "novembre", "décembre"};
    static const std::array<const char *, 12> en = {
        "January", "February", "March",     "April",   "May",      "June",
        "July",    "August",   "September", "October", "November", "December"};
    const auto i = static_cast<size_t>(d.month() - 1);
    return QString::fromUtf8(isFrench(language) ? fr.at(i) : en.at(i));
}

} // namespace

QString dayAndMonth(const QDate &d, const QString &language)
{
    const QString day =
        isFrench(language) && d.day() == 1 ? QStringLiteral("1er") : QString::number(d.day());
    return day + QLatin1Char(' ') + month(d, language);
}

QString date(const QDate &d, const QString &language, bool withYear)
{
    QString text = weekday(d, language) + QLatin1Char(' ') + dayAndMonth(d, language);
    if (withYear)
        text += QLatin1Char(' ') + QString::number(d.year());
    return text;
}

QString time(const QTime &t, const QString &language)
{
    if (!isFrench(language))
        return QStringLiteral("%1:%2")
            .arg(t.hour(), 2, 10, QLatin1Char('0'))
            .arg(t.minute(), 2, 10, QLatin1Char('0'));
    if (t.minute() == 0)
        return QStringLiteral("%1 h").arg(t.hour());
    return QStringLiteral("%1 h %2").arg(t.hour()).arg(t.minute(), 2, 10, QLatin1Char('0'));
}

QString written(const QDateTime &start, const std::optional<QDateTime> &end, const QTimeZone &zone,
                const QString &language)
{
    const QDateTime from = start.toTimeZone(zone);
    const bool fr = isFrench(language);
    if (!end) {
        return fr ? QStringLiteral("à partir du %1 à %2 et jusqu'à nouvel ordre")
                        .arg(date(from.date(), language, true), time(from.time(), language))
                  : QStringLiteral("from %1 at %2 until further notice")
                        .arg(date(from.date(), language, true), time(from.time(), language));
    }
    const QDateTime to = end->toTimeZone(zone);
    if (from.date() == to.date()) {
        return fr ? QStringLiteral("le %1 de %2 à %3")
                        .arg(date(from.date(), language, true), time(from.time(), language),
                             time(to.time(), language))
                  : QStringLiteral("on %1 from %2 to %3")
                        .arg(date(from.date(), language, true), time(from.time(), language),
                             time(to.time(), language));
    }
    const bool startYear = from.date().year() != to.date().year();
    const QString a = date(from.date(), language, startYear);
    const QString b = date(to.date(), language, true);
    return fr ? QStringLiteral("du %1 à %2 au %3 à %4")
                    .arg(a, time(from.time(), language), b, time(to.time(), language))
              : QStringLiteral("from %1 at %2 to %3 at %4")
                    .arg(a, time(from.time(), language), b, time(to.time(), language));
}

QString spokenTime(int hour, int minute, const QString &language)
{
    using Gender = NumberWords::Gender;
    if (!isFrench(language)) {
        const QString en = QStringLiteral("en");
        if (minute == 0 && (hour == 0 || hour == 12))
            return hour == 0 ? QStringLiteral("midnight") : QStringLiteral("noon");
        const int twelve = hour % 12 == 0 ? 12 : hour % 12;
        // "seven a.m.", "four forty-two p.m.", "twelve oh five p.m."
        QString minutes;
        if (minute > 0)
            minutes = (minute < 10 ? QStringLiteral(" oh ") : QStringLiteral(" ")) +
                      NumberWords::say(minute, en);
        return NumberWords::say(twelve, en) + minutes +
               (hour < 12 ? QStringLiteral(" a.m.") : QStringLiteral(" p.m."));
    }
    // Hours and minutes are feminine: "une heure", "vingt et une heures une".
    const QString minutes =
        minute == 0 ? QString()
                    : QLatin1Char(' ') + NumberWords::say(minute, language, Gender::Feminine);
    if (hour == 0)
        return QStringLiteral("minuit") + minutes;
    if (hour == 12)
        return QStringLiteral("midi") + minutes;
    return NumberWords::say(hour, language, Gender::Feminine) +
           (hour == 1 ? QStringLiteral(" heure") : QStringLiteral(" heures")) + minutes;
}

QString spoken(const QDateTime &start, const std::optional<QDateTime> &end, const QTimeZone &zone,
               const QString &language)
{
    const QDateTime from = start.toTimeZone(zone);
    const bool fr = isFrench(language);
    const QString fromDate = date(from.date(), language, false);
    const QString fromTime = spokenTime(from.time().hour(), from.time().minute(), language);
    if (!end) {
        return fr ? QStringLiteral("à partir du %1 à %2 et jusqu'à nouvel ordre")
                        .arg(fromDate, fromTime)
                  : QStringLiteral("from %1 at %2 until further notice").arg(fromDate, fromTime);
    }
    const QDateTime to = end->toTimeZone(zone);
    const QString toTime = spokenTime(to.time().hour(), to.time().minute(), language);
    if (from.date() == to.date()) {
        return fr ? QStringLiteral("le %1 de %2 à %3").arg(fromDate, fromTime, toTime)
                  : QStringLiteral("on %1 from %2 to %3").arg(fromDate, fromTime, toTime);
    }
    const QString toDate = date(to.date(), language, false);
    return fr ? QStringLiteral("du %1 à %2 au %3 à %4").arg(fromDate, fromTime, toDate, toTime)
              : QStringLiteral("from %1 at %2 to %3 at %4").arg(fromDate, fromTime, toDate, toTime);
}

QString spokenSince(const QDateTime &start, const std::optional<QDateTime> &end,
                    const QTimeZone &zone, const QString &language)
{
    const QDateTime from = start.toTimeZone(zone);
    const bool fr = isFrench(language);
    const QString fromDate = date(from.date(), language, false);
    const QString fromTime = spokenTime(from.time().hour(), from.time().minute(), language);
    const QString since =
        (fr ? QStringLiteral("depuis le %1 à %2") : QStringLiteral("since %1 at %2"))
            .arg(fromDate, fromTime);
    if (!end)
        return since + (fr ? QStringLiteral(" et jusqu'à nouvel ordre")
                           : QStringLiteral(" until further notice"));
    const QDateTime to = end->toTimeZone(zone);
    const QString toTime = spokenTime(to.time().hour(), to.time().minute(), language);
    if (from.date() == to.date())
        return since +
               (fr ? QStringLiteral(" et jusqu'à %1") : QStringLiteral(" until %1")).arg(toTime);
    return since + (fr ? QStringLiteral(" et jusqu'au %1 à %2") : QStringLiteral(" until %1 at %2"))
                       .arg(date(to.date(), language, false), toTime);
}

} // namespace PeriodText
