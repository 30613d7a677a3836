#include "PeriodPhrase.h"

#include "PeriodText.h"

#include <QRegularExpression>

namespace {

using Kind = PeriodPhrase::Kind;

const QString kFrMonths = QStringLiteral("janvier|février|fevrier|mars|avril|mai|juin|juillet|août|"
                                         "aout|septembre|octobre|novembre|décembre|decembre");
const QString kWeekdays =
    QStringLiteral("lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
                   "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday");
const QString kEnMonths = QStringLiteral("January|February|March|April|May|June|July|August|"
                                         "September|October|November|December");

// Each part is written once with "@" where its groups' prefix goes: "s" for the start, "e" for
// the end, so one reader takes the values out of every pattern.
QString part(QString pattern, QChar prefix)
{
    return pattern.replace(QLatin1Char('@'), prefix);
}

// "13 h", "13h30", "13 heures", "13:00", "midi", "minuit"
QString frTime(QChar p)
{
    return part(QStringLiteral("(?:(?<@h>\\d{1,2})(?:\\s?(?:h|heures?)(?:\\s?(?<@m>\\d{2}))?(?!\\w)"
                               "|:(?<@c>\\d{2})(?!\\d))|(?<@w>midi|minuit)(?!\\w))"),
                p);
}

// "1 pm", "1:30 p.m.", "13:00", "noon", "midnight"; a final "." stays in the text.
QString enTime(QChar p)
{
    return part(
        QStringLiteral("(?:(?<@h>\\d{1,2})(?::(?<@m>\\d{2}))?\\s?(?<@a>[ap])\\.?m(?!\\w)"
                       "|(?<@k>\\d{1,2}):(?<@c>\\d{2})(?!\\d)|(?<@w>noon|midnight)(?!\\w))"),
        p);
}

// "vendredi 27 mars 2026", "1er avril"; weekday: whether one must be written; month: whether it
// may be left out (the first date of "du 27 au 28 mars").
QString frDate(QChar p, bool weekday = false, bool monthOptional = false)
{
    QString d = QStringLiteral(
        "(?:(?<@wd>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\s+)%1"
        "(?<@d>1er|\\d{1,2})(?:\\s+(?<@mo>%2)(?!\\w)(?:\\s+(?<@y>\\d{4})(?!\\d))?)%3");
    d = d.arg(weekday ? QString() : QStringLiteral("?"), kFrMonths,
              monthOptional ? QStringLiteral("?") : QString());
    return part(d, p);
}

// "Friday 27 March 2026", "27th March", "March 27, 2026"
QString enDate(QChar p, bool weekday = false, bool monthOptional = false)
{
    QString d = QStringLiteral(
        "(?:(?<@wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)%1"
        "(?:(?<@d>\\d{1,2})(?:st|nd|rd|th)?(?:\\s+(?<@mo>%2)(?!\\w))%3"
        "|(?<@mo2>%2)\\s+(?<@d2>\\d{1,2})(?:st|nd|rd|th)?(?!\\w))(?:,?\\s+(?<@y>\\d{4})(?!\\d))?");
    d = d.arg(weekday ? QString() : QStringLiteral("?"), kEnMonths,
              monthOptional ? QStringLiteral("?") : QString());
    return part(d, p);
}

struct Pattern
{
    Kind kind;
    QRegularExpression regex;
    bool untilFurtherNotice = false;
};

QRegularExpression regex(const QString &pattern)
{
    return QRegularExpression(QStringLiteral("(?<!\\w)") + pattern,
                              QRegularExpression::CaseInsensitiveOption |
                                  QRegularExpression::UseUnicodePropertiesOption);
}

// In priority order: a longer phrase is taken before the shorter ones inside it.
QList<Pattern> frPatterns()
{
    const QChar S('s');
    const QChar E('e');
    const QString ap = QStringLiteral("['’]\\s*");
    return {
        {Kind::Range, regex(QStringLiteral("du\\s+%1(?:\\s+à\\s+%2)?\\s+au\\s+%3(?:\\s+à\\s+%4)?")
                                .arg(frDate(S, false, true), frTime(S), frDate(E), frTime(E)))},
        {Kind::Range,
         regex(QStringLiteral("(?:le\\s+)?%1\\s*,?\\s+(?:de|entre)\\s+%2\\s+(?:à|et)\\s+%3")
                   .arg(frDate(S), frTime(S), frTime(E)))},
        {Kind::Until, regex(QStringLiteral("jusqu%1au\\s+%2(?:\\s*,?\\s+à\\s+%3)?")
                                .arg(ap, frDate(E), frTime(E)))},
        {Kind::From,
         regex(QStringLiteral("(?:à\\s+partir\\s+du|dès\\s+le)\\s+%1(?:\\s*,?\\s+à\\s+%2)?")
                   .arg(frDate(S), frTime(S)))},
        {Kind::Until, regex(QStringLiteral("jusqu%1à\\s+nouvel\\s+ordre(?!\\w)").arg(ap)), true},
        {Kind::Until, regex(QStringLiteral("jusqu%1à\\s+%2").arg(ap, frTime(E)))},
        {Kind::From, regex(QStringLiteral("(?:à\\s+partir\\s+de|dès)\\s+%1").arg(frTime(S)))},
        {Kind::Range,
         regex(QStringLiteral("(?:de|entre)\\s+%1\\s+(?:à|et)\\s+%2").arg(frTime(S), frTime(E)))},
        {Kind::Range, regex(QStringLiteral("%1\\s*[-–]\\s*%2").arg(frTime(S), frTime(E)))},
        {Kind::Day, regex(QStringLiteral("le\\s+%1").arg(frDate(S)))},
        {Kind::Day, regex(frDate(S, true))},
    };
}

QList<Pattern> enPatterns()
{
    const QChar S('s');
    const QChar E('e');
    const QString to = QStringLiteral("(?:to|until|till|and)");
    return {
        {Kind::Range,
         regex(QStringLiteral(
                   "(?:from|between)\\s+%1(?:,?\\s+at\\s+%2)?\\s+%5\\s+%3(?:,?\\s+at\\s+%4)?")
                   .arg(enDate(S, false, true), enTime(S), enDate(E), enTime(E), to))},
        {Kind::Range, regex(QStringLiteral("(?:on\\s+)?%1,?\\s+(?:from|between)\\s+%2\\s+%4\\s+%3")
                                .arg(enDate(S), enTime(S), enTime(E), to))},
        {Kind::Until, regex(QStringLiteral("(?:until|till|up\\s+to)\\s+%1(?:,?\\s+at\\s+%2)?")
                                .arg(enDate(E), enTime(E)))},
        {Kind::From, regex(QStringLiteral("(?:from|starting|as\\s+of)\\s+%1(?:,?\\s+at\\s+%2)?")
                               .arg(enDate(S), enTime(S)))},
        {Kind::Until, regex(QStringLiteral("until\\s+further\\s+notice(?!\\w)")), true},
        {Kind::Until, regex(QStringLiteral("(?:until|till)\\s+%1").arg(enTime(E)))},
        {Kind::Range,
         regex(QStringLiteral("(?:from|between)\\s+%1\\s+%3\\s+%2").arg(enTime(S), enTime(E), to))},
        {Kind::From,
         regex(QStringLiteral("(?:from|starting\\s+at|as\\s+of)\\s+%1").arg(enTime(S)))},
        {Kind::Range, regex(QStringLiteral("%1\\s*[-–]\\s*%2").arg(enTime(S), enTime(E)))},
        {Kind::Day, regex(QStringLiteral("on\\s+%1").arg(enDate(S)))},
        {Kind::Day, regex(enDate(S, true))},
    };
}

const QList<Pattern> &patterns(const QString &language)
{
    static const QList<Pattern> fr = frPatterns();
    static const QList<Pattern> en = enPatterns();
    return language == QLatin1String("fr") ? fr : en;
}

// A sentence that speaks of another moment ("Prochain point d'information…", "Next update…")
// holds no period phrase; one about every day holds no period time without a date.
const QRegularExpression &otherMoment(const QString &language)
{
    static const QRegularExpression fr(
        QStringLiteral("(?<!\\w)(?:prochain|prochaine|réunion|rendez-vous)(?!\\w)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression en(QStringLiteral("\\b(?:next|meeting)\\b"),
                                       QRegularExpression::CaseInsensitiveOption);
    return language == QLatin1String("fr") ? fr : en;
}

const QRegularExpression &everyDay(const QString &language)
{
    static const QRegularExpression fr(
        QStringLiteral("(?<!\\w)(?:chaque\\s+jour|tous\\s+les\\s+jours|quotidiennement)(?!\\w)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression en(QStringLiteral("\\b(?:every\\s+day|each\\s+day|daily)\\b"),
                                       QRegularExpression::CaseInsensitiveOption);
    return language == QLatin1String("fr") ? fr : en;
}

// The sentence around [from, to): between the stops (". ", "! ", "? ", a new line) either side.
QString sentence(const QString &text, qsizetype from, qsizetype to)
{
    static const QRegularExpression stop(QStringLiteral("[.!?](?=\\s|$)|\\n"));
    qsizetype begin = 0;
    for (auto it = stop.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (m.capturedEnd() <= from)
            begin = m.capturedEnd();
        else if (m.capturedStart() >= to)
            return text.mid(begin, m.capturedStart() - begin);
    }
    return text.mid(begin);
}

int monthNumber(QString name)
{
    static const QStringList fr = kFrMonths.split(QLatin1Char('|'));
    static const QStringList en = kEnMonths.split(QLatin1Char('|'));
    name = name.toLower();
    // The French list has the unaccented spellings after the accented ones.
    static const QList<int> frNumbers = {1, 2, 2, 3, 4, 5, 6, 7, 8, 8, 9, 10, 11, 12, 12};
    for (qsizetype i = 0; i < fr.size(); ++i) {
        if (fr.at(i) == name)
            return frNumbers.at(i);
    }
    for (qsizetype i = 0; i < en.size(); ++i) {
        if (en.at(i).toLower() == name)
            return int(i) + 1;
    }
    return 0;
}

QString group(const QRegularExpressionMatch &m, QChar prefix, const char *name)
{
    return m.captured(QString(prefix) + QLatin1String(name));
}

// The time a match holds under that prefix; nullopt when there is none, or an impossible one.
std::optional<std::optional<QTime>> timeOf(const QRegularExpressionMatch &m, QChar p)
{
    const QString word = group(m, p, "w").toLower();
    if (!word.isEmpty())
        return QTime(word == QLatin1String("midi") || word == QLatin1String("noon") ? 12 : 0, 0);
    QString hour = group(m, p, "h");
    QString minute = group(m, p, "m");
    if (hour.isEmpty()) {
        hour = group(m, p, "k");
        minute = group(m, p, "c");
    } else if (minute.isEmpty()) {
        minute = group(m, p, "c");
    }
    if (hour.isEmpty())
        return std::optional<QTime>();
    int h = hour.toInt();
    const int min = minute.toInt();
    const QString half = group(m, p, "a").toLower();
    if (!half.isEmpty()) {
        if (h < 1 || h > 12)
            return std::nullopt;
        h = h % 12 + (half == QLatin1String("p") ? 12 : 0);
    }
    if (h == 24 && min == 0)
        h = 0; // "jusqu'à 24 h": midnight
    if (h > 23 || min > 59)
        return std::nullopt;
    return QTime(h, min);
}

std::optional<std::optional<PeriodPhrase::Day>> dayOf(const QRegularExpressionMatch &m, QChar p)
{
    QString day = group(m, p, "d");
    QString month = group(m, p, "mo");
    if (day.isEmpty()) {
        day = group(m, p, "d2");
        month = group(m, p, "mo2");
    }
    if (day.isEmpty())
        return std::optional<PeriodPhrase::Day>();
    PeriodPhrase::Day d;
    d.day = day.startsWith(QLatin1String("1e"), Qt::CaseInsensitive) ? 1 : day.toInt();
    d.month = monthNumber(month);
    d.year = group(m, p, "y").toInt();
    d.weekday = !group(m, p, "wd").isEmpty();
    if (d.day < 1 || d.day > 31)
        return std::nullopt;
    return d;
}

QDateTime local(const QDateTime &t, const QTimeZone &zone)
{
    return t.toTimeZone(zone);
}

// The last day of the period: an end at midnight closes the day before.
QDate lastDay(const QDateTime &end)
{
    return end.time() == QTime(0, 0) ? end.date().addDays(-1) : end.date();
}

bool sameTime(const std::optional<QTime> &written, const QDateTime &at)
{
    return !written ||
           (written->hour() == at.time().hour() && written->minute() == at.time().minute());
}

bool isFrench(const QString &language)
{
    return language == QLatin1String("fr");
}

} // namespace

bool PeriodPhrase::Day::matches(const QDate &date) const
{
    return date.day() == day && (month == 0 || date.month() == month) &&
           (year == 0 || date.year() == year);
}

QList<PeriodPhrase> PeriodPhrase::find(const QString &text, const QString &language)
{
    QList<PeriodPhrase> found;
    const auto overlaps = [&found](qsizetype from, qsizetype to) {
        return std::any_of(found.begin(), found.end(), [&](const PeriodPhrase &p) {
            return from < p.position + p.text.size() && p.position < to;
        });
    };
    for (const Pattern &pattern : patterns(language)) {
        for (auto it = pattern.regex.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            if (overlaps(m.capturedStart(), m.capturedEnd()))
                continue;
            const auto startTime = timeOf(m, QLatin1Char('s'));
            const auto endTime = timeOf(m, QLatin1Char('e'));
            const auto startDay = dayOf(m, QLatin1Char('s'));
            const auto endDay = dayOf(m, QLatin1Char('e'));
            if (!startTime || !endTime || !startDay || !endDay)
                continue; // "25 h", "32 mars": not a moment at all
            PeriodPhrase phrase;
            phrase.kind = pattern.kind;
            phrase.position = m.capturedStart();
            phrase.text = m.captured();
            phrase.untilFurtherNotice = pattern.untilFurtherNotice;
            phrase.startTime = *startTime;
            phrase.endTime = *endTime;
            phrase.startDay = *startDay;
            phrase.endDay = *endDay;
            // "le 3 mai de 9 h à 12 h": one day for both ends; "du 27 au 28 mars": the month
            // (and year) of the second date.
            if (phrase.kind == Kind::Range && phrase.startDay && !phrase.endDay &&
                (phrase.startTime || phrase.endTime))
                phrase.endDay = phrase.startDay;
            if (phrase.startDay && phrase.endDay && phrase.startDay->month == 0)
                phrase.startDay->month = phrase.endDay->month;
            const QString around =
                sentence(text, phrase.position, phrase.position + phrase.text.size());
            if (otherMoment(language).match(around).hasMatch())
                continue;
            if (!phrase.startDay && !phrase.endDay && !phrase.untilFurtherNotice &&
                everyDay(language).match(around).hasMatch())
                continue;
            found.append(phrase);
        }
    }
    std::sort(found.begin(), found.end(),
              [](const PeriodPhrase &a, const PeriodPhrase &b) { return a.position < b.position; });
    return found;
}

bool PeriodPhrase::agrees(const QDateTime &start, const std::optional<QDateTime> &end,
                          const QTimeZone &zone) const
{
    const QDateTime from = local(start, zone);
    const std::optional<QDateTime> to =
        end ? std::optional<QDateTime>(local(*end, zone)) : std::nullopt;
    switch (kind) {
    case Kind::Range:
        return to && (!startDay || startDay->matches(from.date())) &&
               (!endDay || endDay->matches(lastDay(*to)) || endDay->matches(to->date())) &&
               sameTime(startTime, from) && sameTime(endTime, *to);
    case Kind::Until:
        if (untilFurtherNotice)
            return !to;
        return to && (!endDay || endDay->matches(lastDay(*to)) || endDay->matches(to->date())) &&
               sameTime(endTime, *to);
    case Kind::From:
        return (!startDay || startDay->matches(from.date())) && sameTime(startTime, from);
    case Kind::Day: {
        // Any day of the period; an open period, any day of its first year.
        const QDate last = to ? lastDay(*to) : from.date().addDays(365);
        for (QDate d = from.date(); d <= last; d = d.addDays(1)) {
            if (startDay->matches(d))
                return true;
        }
        return false;
    }
    }
    return false;
}

QString PeriodPhrase::current(const QDateTime &start, const std::optional<QDateTime> &end,
                              const QTimeZone &zone, const QString &language) const
{
    const bool fr = isFrench(language);
    const QDateTime from = local(start, zone);
    const std::optional<QDateTime> to =
        end ? std::optional<QDateTime>(local(*end, zone)) : std::nullopt;
    // Dates keep the shape they were written in: a weekday, a year.
    const auto dayText = [&](const QDate &d, const std::optional<Day> &shape) {
        const bool weekday = shape && shape->weekday;
        const bool year = shape && shape->year != 0;
        return weekday ? PeriodText::date(d, language, year)
                       : PeriodText::dayAndMonth(d, language) +
                             (year ? QLatin1Char(' ') + QString::number(d.year()) : QString());
    };
    const auto time = [&](const QDateTime &t) { return PeriodText::time(t.time(), language); };
    const QString apostrophe =
        text.contains(QChar(0x2019)) ? QString(QChar(0x2019)) : QStringLiteral("'");
    const bool hasDate = startDay || endDay;
    // One day: "le 3 décembre …" keeps its article, "mardi 21 avril …" stays without one.
    static const QRegularExpression bareDay(QStringLiteral("^(?:\\d|%1)").arg(kWeekdays),
                                            QRegularExpression::CaseInsensitiveOption);
    const QString article = bareDay.match(text).hasMatch() ? QString()
                            : fr                           ? QStringLiteral("le ")
                                                           : QStringLiteral("on ");
    switch (kind) {
    case Kind::Range: {
        if (!to)
            return PeriodText::written(start, end, zone, language);
        const bool oneDay = lastDay(*to) == from.date() || to->date() == from.date();
        if (!hasDate) {
            if (from.secsTo(*to) < 24 * 3600)
                return fr ? QStringLiteral("de %1 à %2").arg(time(from), time(*to))
                          : QStringLiteral("from %1 to %2").arg(time(from), time(*to));
            return PeriodText::written(start, end, zone, language);
        }
        const QString a = dayText(from.date(), startDay);
        const QString b = dayText(to->date(), endDay);
        if (!startTime && !endTime) {
            if (oneDay)
                return article + a;
            return fr ? QStringLiteral("du %1 au %2").arg(a, dayText(lastDay(*to), endDay))
                      : QStringLiteral("from %1 to %2").arg(a, dayText(lastDay(*to), endDay));
        }
        if (to->date() == from.date())
            return article +
                   (fr ? QStringLiteral("%1 de %2 à %3").arg(a, time(from), time(*to))
                       : QStringLiteral("%1 from %2 to %3").arg(a, time(from), time(*to)));
        return fr ? QStringLiteral("du %1 à %2 au %3 à %4").arg(a, time(from), b, time(*to))
                  : QStringLiteral("from %1 at %2 to %3 at %4").arg(a, time(from), b, time(*to));
    }
    case Kind::Until: {
        if (!to)
            return fr ? QStringLiteral("jusqu%1à nouvel ordre").arg(apostrophe)
                      : QStringLiteral("until further notice");
        const bool withDate = endDay || untilFurtherNotice || to->date() != from.date();
        if (!withDate)
            return fr ? QStringLiteral("jusqu%1à %2").arg(apostrophe, time(*to))
                      : QStringLiteral("until %1").arg(time(*to));
        const bool withTime = endTime || untilFurtherNotice;
        const QString day = dayText(withTime ? to->date() : lastDay(*to), endDay);
        if (!withTime)
            return fr ? QStringLiteral("jusqu%1au %2").arg(apostrophe, day)
                      : QStringLiteral("until %1").arg(day);
        return fr ? QStringLiteral("jusqu%1au %2 à %3").arg(apostrophe, day, time(*to))
                  : QStringLiteral("until %1 at %2").arg(day, time(*to));
    }
    case Kind::From: {
        if (!startDay)
            return fr ? QStringLiteral("à partir de %1").arg(time(from))
                      : QStringLiteral("from %1").arg(time(from));
        const QString day = dayText(from.date(), startDay);
        if (!startTime)
            return fr ? QStringLiteral("à partir du %1").arg(day)
                      : QStringLiteral("from %1").arg(day);
        return fr ? QStringLiteral("à partir du %1 à %2").arg(day, time(from))
                  : QStringLiteral("from %1 at %2").arg(day, time(from));
    }
    case Kind::Day: {
        const QString a = dayText(from.date(), startDay);
        if (!to)
            return fr ? QStringLiteral("à partir du %1").arg(a) : QStringLiteral("from %1").arg(a);
        if (lastDay(*to) <= from.date())
            return article + a;
        const QString b = dayText(lastDay(*to), startDay);
        return fr ? QStringLiteral("du %1 au %2").arg(a, b)
                  : QStringLiteral("from %1 to %2").arg(a, b);
    }
    }
    return text;
}

QString PeriodPhrase::rewrite(const QString &text, const QString &language, const QDateTime &start,
                              const std::optional<QDateTime> &end, const QTimeZone &zone)
{
    QString result = text;
    const QList<PeriodPhrase> phrases = find(text, language);
    // From the last, so the earlier positions still hold.
    for (auto it = phrases.rbegin(); it != phrases.rend(); ++it) {
        if (it->agrees(start, end, zone))
            continue;
        QString phrase = it->current(start, end, zone, language);
        // "De 13 h à 17 h." opening a sentence keeps its capital.
        if (it->text.at(0).isUpper())
            phrase[0] = phrase.at(0).toUpper();
        result.replace(it->position, it->text.size(), phrase);
    }
    return result;
}
