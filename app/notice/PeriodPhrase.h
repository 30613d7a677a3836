#pragma once

#include <QDateTime>
#include <QList>
#include <QTimeZone>

#include <optional>

// A phrase of a free text that describes the notice's period ("de 13 h à 17 h", "jusqu'au 28
// mars", "until 5 pm", "le 3 décembre"), what it says, and whether the period still says so.
// Only ranges, bounds and dates count: a time alone ("Prochain point à 18 h") may be any other
// moment, so it is never read as the period (docs/channels.md has the whole rule).
struct PeriodPhrase
{
    enum class Kind
    {
        Range, // both ends: "de 13 h à 17 h", "du 27 au 28 mars", "le 3 mai de 9 h à 12 h"
        Until, // the end: "jusqu'à 17 h", "jusqu'au 28 mars", "jusqu'à nouvel ordre"
        From,  // the start: "à partir de 13 h", "dès le 3 mai"
        Day,   // a date alone: "le 3 décembre", "mardi 21 avril", "on 3 December"
    };
    // A date as written: the year is 0 when the text leaves it out.
    struct Day
    {
        int day = 0;
        int month = 0;
        int year = 0;
        bool weekday = false;
        bool matches(const QDate &date) const;
    };

    Kind kind = Kind::Range;
    qsizetype position = 0;
    QString text;
    std::optional<Day> startDay;
    std::optional<Day> endDay;
    std::optional<QTime> startTime;
    std::optional<QTime> endTime;
    bool untilFurtherNotice = false;

    // The period phrases of a text in that language ("fr" or "en"), in order.
    static QList<PeriodPhrase> find(const QString &text, const QString &language);
    // Whether the period (read in zone) says what the phrase says.
    bool agrees(const QDateTime &start, const std::optional<QDateTime> &end,
                const QTimeZone &zone) const;
    // The same kind of phrase, saying the period as it is now.
    QString current(const QDateTime &start, const std::optional<QDateTime> &end,
                    const QTimeZone &zone, const QString &language) const;
    // The text with every phrase that no longer agrees replaced by current().
    static QString rewrite(const QString &text, const QString &language, const QDateTime &start,
                           const std::optional<QDateTime> &end, const QTimeZone &zone);
};
