#include "SpokenForm.h"

#include "NumberWords.h"
#include "PeriodText.h"
#include "UrlExtractor.h"

#include <QDate>
#include <QRegularExpression>

#include <array>
#include <functional>

namespace {

bool isFrench(const QString &language)
{
    return language != QLatin1String("en");
}

// What a form is said as, in each language; a form without a word in one language stays as
// written there.
struct Abbreviation
{
    const char *written; // as members type it
    const char *spoken;  // as the voice must say it
};

// Abbreviations a voice misreads or a caller would not understand, said as a caller
// understands them: expanded when the words are what callers know (POI, ICPE, ZI), spelled
// letter by letter when the letters are (EDF, GPL). Matched as whole words, case-sensitively,
// in this order (longer forms first); "expansion (ABBR)" keeps only the expansion.
constexpr std::array frenchAbbreviations = {
    Abbreviation{"24h/24", "24 heures sur 24"},
    Abbreviation{"7j/7", "7 jours sur 7"},
    // "l'exercice POI" is an exercise *of* the plan.
    Abbreviation{"exercice POI", "exercice du plan d'opération interne"},
    Abbreviation{"Exercice POI", "Exercice du plan d'opération interne"},
    Abbreviation{"POI", "plan d'opération interne"},
    Abbreviation{"PPI", "plan particulier d'intervention"},
    Abbreviation{"PPRT", "plan de prévention des risques technologiques"},
    Abbreviation{"ICPE", "installation classée pour la protection de l'environnement"},
    Abbreviation{"SDIS", "service départemental d'incendie et de secours"},
    Abbreviation{"DREAL", "direction régionale de l'environnement"},
    Abbreviation{"ARS", "agence régionale de santé"},
    Abbreviation{"CCI", "chambre de commerce et d'industrie"},
    Abbreviation{"ZIP", "zone industrialo-portuaire"},
    Abbreviation{"ZAC", "zone d'aménagement concerté"},
    Abbreviation{"ZI", "zone industrielle"},
    Abbreviation{"ZA", "zone d'activités"},
    Abbreviation{"RD", "route départementale"},
    Abbreviation{"RN", "route nationale"},
    Abbreviation{"COV", "composés organiques volatils"},
    Abbreviation{"H2S", "sulfure d'hydrogène"},
    Abbreviation{"SO2", "dioxyde de soufre"},
    Abbreviation{"CO2", "dioxyde de carbone"},
    Abbreviation{"EDF", "E D F"},
    Abbreviation{"GPL", "G P L"},
    Abbreviation{"SNCF", "S N C F"},
    Abbreviation{"St-", "Saint-"},
    Abbreviation{"Ste-", "Sainte-"},
    Abbreviation{"env.", "environ"},
    Abbreviation{"etc.", "et cetera"},
    Abbreviation{"cf.", "voir"},
    Abbreviation{"tél.", "téléphone"},
    Abbreviation{"Tél.", "téléphone"},
    Abbreviation{"n°", "numéro"},
    Abbreviation{"N°", "numéro"},
    Abbreviation{"&", "et"},
};

constexpr std::array englishAbbreviations = {
    Abbreviation{"24/7", "day and night"},
    Abbreviation{"POI", "internal emergency plan"},
    Abbreviation{"PPI", "off-site emergency plan"},
    Abbreviation{"PPRT", "technological risk prevention plan"},
    Abbreviation{"ICPE", "classified industrial installation"},
    Abbreviation{"SDIS", "fire and rescue service"},
    Abbreviation{"DREAL", "regional environment authority"},
    Abbreviation{"ARS", "regional health agency"},
    Abbreviation{"CCI", "chamber of commerce"},
    Abbreviation{"ZIP", "industrial port zone"},
    Abbreviation{"ZI", "industrial estate"},
    Abbreviation{"COV", "volatile organic compounds"},
    Abbreviation{"VOC", "volatile organic compounds"},
    Abbreviation{"H2S", "hydrogen sulphide"},
    Abbreviation{"SO2", "sulphur dioxide"},
    Abbreviation{"CO2", "carbon dioxide"},
    Abbreviation{"EDF", "E D F"},
    Abbreviation{"LPG", "L P G"},
    Abbreviation{"St-", "Saint-"},
    Abbreviation{"Ste-", "Sainte-"},
    Abbreviation{"approx.", "approximately"},
    Abbreviation{"e.g.", "for example"},
    Abbreviation{"i.e.", "that is"},
    Abbreviation{"etc.", "et cetera"},
    Abbreviation{"&", "and"},
};

// A unit after a number: "2 km", "20°C", "30 %". One form and many; "" when invariable.
struct Unit
{
    const char *symbol;
    const char *one;
    const char *many;
};

// Longer symbols first: "km/h" before "km", "m³" before "m".
constexpr std::array frenchUnits = {
    Unit{"µg/m³", "microgramme par mètre cube", "microgrammes par mètre cube"},
    Unit{"mg/m³", "milligramme par mètre cube", "milligrammes par mètre cube"},
    Unit{"km/h", "kilomètre heure", "kilomètres heure"},
    Unit{"m/s", "mètre par seconde", "mètres par seconde"},
    Unit{"°C", "degré Celsius", "degrés Celsius"},
    Unit{"°", "degré", "degrés"},
    Unit{"dB(A)", "décibel A", "décibels A"},
    Unit{"dBA", "décibel A", "décibels A"},
    Unit{"dB", "décibel", "décibels"},
    Unit{"ppm", "partie par million", "parties par million"},
    Unit{"km", "kilomètre", "kilomètres"},
    Unit{"m³", "mètre cube", "mètres cubes"},
    Unit{"m3", "mètre cube", "mètres cubes"},
    Unit{"m²", "mètre carré", "mètres carrés"},
    Unit{"m2", "mètre carré", "mètres carrés"},
    Unit{"cm", "centimètre", "centimètres"},
    Unit{"mm", "millimètre", "millimètres"},
    Unit{"min", "minute", "minutes"},
    Unit{"mn", "minute", "minutes"},
    Unit{"ha", "hectare", "hectares"},
    Unit{"kg", "kilogramme", "kilogrammes"},
    Unit{"MW", "mégawatt", "mégawatts"},
    Unit{"m", "mètre", "mètres"},
    Unit{"L", "litre", "litres"},
    Unit{"%", "pour cent", "pour cent"},
    Unit{"€", "euro", "euros"},
};

constexpr std::array englishUnits = {
    Unit{"µg/m³", "microgram per cubic metre", "micrograms per cubic metre"},
    Unit{"mg/m³", "milligram per cubic metre", "milligrams per cubic metre"},
    Unit{"km/h", "kilometre per hour", "kilometres per hour"},
    Unit{"m/s", "metre per second", "metres per second"},
    Unit{"mph", "mile per hour", "miles per hour"},
    Unit{"°C", "degree Celsius", "degrees Celsius"},
    Unit{"°", "degree", "degrees"},
    Unit{"dB(A)", "decibel A", "decibels A"},
    Unit{"dBA", "decibel A", "decibels A"},
    Unit{"dB", "decibel", "decibels"},
    Unit{"ppm", "part per million", "parts per million"},
    Unit{"km", "kilometre", "kilometres"},
    Unit{"m³", "cubic metre", "cubic metres"},
    Unit{"m3", "cubic metre", "cubic metres"},
    Unit{"m²", "square metre", "square metres"},
    Unit{"m2", "square metre", "square metres"},
    Unit{"cm", "centimetre", "centimetres"},
    Unit{"mm", "millimetre", "millimetres"},
    Unit{"min", "minute", "minutes"},
    Unit{"ha", "hectare", "hectares"},
    Unit{"kg", "kilogram", "kilograms"},
    Unit{"MW", "megawatt", "megawatts"},
    Unit{"m", "metre", "metres"},
    Unit{"L", "litre", "litres"},
    Unit{"%", "per cent", "per cent"},
    Unit{"€", "euro", "euros"},
};

// Replaces every match of pattern with what spell returns for it.
QString replaceEach(const QString &text, const QRegularExpression &pattern,
                    const std::function<QString(const QRegularExpressionMatch &)> &spell)
{
    QString result;
    qsizetype from = 0;
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        result += QStringView(text).sliced(from, m.capturedStart(0) - from);
        result += spell(m);
        from = m.capturedEnd(0);
    }
    return result + QStringView(text).sliced(from);
}

// HTML tags and entities, Markdown emphasis, links and headings: a voice would read the signs.
// Each line is a sentence: one without final punctuation gets a full stop, so the voice pauses.
QString withoutMarkup(const QString &text)
{
    static const QRegularExpression tag(QStringLiteral(R"(</?[a-zA-Z][^<>]*>)"));
    static const QRegularExpression markdownLink(QStringLiteral(R"(\[([^\]\n]+)\]\([^)\s]+\))"));
    static const QRegularExpression emphasis(QStringLiteral(R"(\*+|`+|~~|(?<!\w)_+|_+(?!\w))"),
                                             QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression lineMark(QStringLiteral(R"(^\s*(?:#{1,6}|[-*>]|\d+[.)])\s+)"));
    // The patterns run on every keystroke: only for the signs the text holds.
    QString s = text;
    if (s.contains(QLatin1Char('<')))
        s.replace(tag, QStringLiteral(" "));
    if (s.contains(QLatin1Char('&')))
        s.replace(QLatin1String("&nbsp;"), QLatin1String(" "))
            .replace(QLatin1String("&lt;"), QLatin1String("<"))
            .replace(QLatin1String("&gt;"), QLatin1String(">"))
            .replace(QLatin1String("&quot;"), QLatin1String("\""))
            .replace(QLatin1String("&#39;"), QLatin1String("'"))
            .replace(QLatin1String("&apos;"), QLatin1String("'"))
            .replace(QLatin1String("&amp;"), QLatin1String("&"));
    if (s.contains(QLatin1String("](")))
        s.replace(markdownLink, QStringLiteral("\\1"));
    static const QRegularExpression signs(QStringLiteral("[*`~_]"));
    const bool emphasised = s.contains(signs);
    QStringList lines;
    for (QString line : s.split(QLatin1Char('\n'))) {
        const QString start = line.trimmed().left(1);
        if (!start.isEmpty() && QStringLiteral("#-*>0123456789").contains(start))
            line.remove(lineMark);
        if (emphasised)
            line.remove(emphasis);
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    }
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        if (!QStringLiteral(".!?:;,…").contains(lines.at(i).back()))
            lines[i] += QLatin1Char('.');
    }
    return lines.join(QLatin1Char(' '));
}

// No-break, narrow, thin and other typographic spaces are spaces to a voice; invisible joins
// and soft hyphens are nothing.
QString plainSpaces(QString text)
{
    for (QChar &c : text) {
        const char16_t u = c.unicode();
        if (u == 0x00A0 || u == 0x202F || u == 0x205F || (u >= 0x2000 && u <= 0x200A))
            c = QLatin1Char(' ');
    }
    text.remove(QChar(0x200B)).remove(QChar(0x2060)).remove(QChar(0x00AD));
    return text;
}

// A link ends before the punctuation that closes its sentence or bracket.
qsizetype trimmedEnd(const QString &text, qsizetype start, qsizetype end)
{
    static const QString closing = QStringLiteral(".,;:!?)]}»\"'’…");
    while (end > start && closing.contains(text.at(end - 1)))
        --end;
    return end;
}

// Links with a protocol (whatever the domain: nothing of them is said), "www." addresses, the
// domains X finds without a protocol, and e-mail addresses.
QString withoutAddresses(const QString &text, const QString &website, const QString &mailbox)
{
    static const QRegularExpression email(
        QStringLiteral(R"((?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression link(
        QStringLiteral(R"((?<![\w.+-])(?:[a-zA-Z][a-zA-Z0-9+.-]*://|www\.)\S+)"));
    QString result = text;
    if (result.contains(QLatin1Char('@')))
        result.replace(email, mailbox);
    if (result.contains(QLatin1String("://")) || result.contains(QLatin1String("www.")))
        result = replaceEach(result, link, [&](const QRegularExpressionMatch &m) -> QString {
            const qsizetype end = trimmedEnd(result, m.capturedStart(0), m.capturedEnd(0));
            return website + QStringView(result).sliced(end, m.capturedEnd(0) - end);
        });
    const QList<UrlExtractor::Range> urls = UrlExtractor::find(result, true);
    for (auto it = urls.crbegin(); it != urls.crend(); ++it)
        result.replace(it->start, it->length, website);
    // "à le site", "de le site" contract in French.
    if (result != text && website.startsWith(QLatin1String("le "))) {
        const QString rest = website.mid(3);
        result.replace(QStringLiteral("à ") + website, QStringLiteral("au ") + rest);
        result.replace(QStringLiteral("À ") + website, QStringLiteral("Au ") + rest);
        result.replace(QStringLiteral("de ") + website, QStringLiteral("du ") + rest);
    }
    return result;
}

// "AlloIndustrieRM" → "Allo Industrie RM": a mention or a hashtag said as its words.
QString handleWords(const QString &handle)
{
    static const QRegularExpression boundary(
        QStringLiteral(R"((?<=\p{Ll})(?=\p{Lu})|(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})|_)"));
    QString words = handle;
    words.replace(boundary, QStringLiteral(" "));
    return words.simplified();
}

QString withoutSigils(const QString &text)
{
    if (!text.contains(QLatin1Char('@')) && !text.contains(QLatin1Char('#')))
        return text;
    static const QRegularExpression sigil(QStringLiteral(R"((?<![\w@#])[@#](\w+))"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    return replaceEach(text, sigil,
                       [](const QRegularExpressionMatch &m) { return handleWords(m.captured(1)); });
}

// A group of a phone number as written: in French a number ("805" → "huit cent cinq"), each
// leading zero said ("05" → "zéro cinq"); in English digit by digit.
QString phoneGroup(QStringView group, const QString &language)
{
    if (!isFrench(language))
        return NumberWords::digits(group, language);
    QStringList words;
    qsizetype i = 0;
    while (i < group.size() - 1 && group.at(i) == u'0') {
        words << NumberWords::say(0, language);
        ++i;
    }
    words << NumberWords::say(group.sliced(i).toInt(), language);
    return words.join(QLatin1Char(' '));
}

// "05 61 23 45 67", "0 805 691 282", "0561234567", "+33 5 61 23 45 67": by the groups written,
// pairs where more than three digits are run together.
QString spokenPhoneNumbers(const QString &text, const QString &language)
{
    static const QRegularExpression phone(
        QStringLiteral(R"((?<![\p{N}+])(?:\+33|0)(?:[ .-]?\d){9}(?!\p{N}))"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression separator(QStringLiteral("[ .-]"));
    return replaceEach(text, phone, [&](const QRegularExpressionMatch &m) {
        QString number = m.captured(0);
        QStringList said;
        if (number.startsWith(QLatin1Char('+'))) {
            said << QStringLiteral("plus ") + phoneGroup(u"33", language);
            number = number.mid(3);
        }
        const QStringList groups = number.split(separator, Qt::SkipEmptyParts);
        for (const QString &group : groups) {
            if (group.size() <= 3) {
                said << phoneGroup(group, language);
                continue;
            }
            // Digits run together are said in pairs: 0561234567; 561234567 after +33 is 5, then
            // pairs.
            qsizetype i = group.size() % 2;
            if (i == 1)
                said << phoneGroup(group.first(1), language);
            for (; i < group.size(); i += 2)
                said << phoneGroup(QStringView(group).sliced(i, 2), language);
        }
        return said.join(QStringLiteral(", "));
    });
}

// An abbreviation's patterns, compiled once: this runs on every keystroke.
struct CompiledAbbreviation
{
    QString written;
    QString spoken;
    QRegularExpression explained; // "plan d'opération interne (POI)": keep the words only
    QRegularExpression word;      // the form as a whole word
};

template<typename Table> QList<CompiledAbbreviation> compileAbbreviations(const Table &table)
{
    QList<CompiledAbbreviation> list;
    for (const Abbreviation &a : table) {
        const QString written = QString::fromUtf8(a.written);
        const QString spoken = QString::fromUtf8(a.spoken);
        // Whole words: no letter or digit glued on the side where the form has a letter.
        const QString before =
            written.front().isLetterOrNumber() ? QStringLiteral(R"((?<![\w]))") : QString();
        const QString after = written.back().isLetterOrNumber() || written.back() == u'.'
                                  ? QStringLiteral(R"((?![\w]))")
                                  : QString();
        list.append(
            {written, spoken,
             QRegularExpression(QRegularExpression::escape(spoken).replace(QStringLiteral("\\'"),
                                                                           QStringLiteral("['’]")) +
                                    QStringLiteral(R"(\s*\()") +
                                    QRegularExpression::escape(written) + QStringLiteral(R"(\))"),
                                QRegularExpression::CaseInsensitiveOption),
             // An English article before the form agrees with the words said instead.
             QRegularExpression(QStringLiteral(R"((?:(?<![\w'’])([aA]n?) )?)") + before +
                                    QRegularExpression::escape(written) + after,
                                QRegularExpression::UseUnicodePropertiesOption)});
    }
    return list;
}

QString spokenAbbreviations(const QString &text, const QString &language)
{
    static const QList<CompiledAbbreviation> french = compileAbbreviations(frenchAbbreviations);
    static const QList<CompiledAbbreviation> english = compileAbbreviations(englishAbbreviations);
    QString result = text;
    for (const CompiledAbbreviation &a : isFrench(language) ? french : english) {
        // Most texts hold few of the forms: skip the regular expressions for the others (the
        // forms are matched case-sensitively, and a case-sensitive search is the fast one).
        if (!result.contains(a.written))
            continue;
        result.replace(a.explained, a.spoken);
        // A form glued to a number ("n°2") is set apart by spaces.
        result = replaceEach(result, a.word, [&](const QRegularExpressionMatch &m) {
            const qsizetype at = m.capturedStart(0);
            const qsizetype end = m.capturedEnd(0);
            const bool gluedBefore = at > 0 && result.at(at - 1).isLetterOrNumber();
            // "Saint-Étienne" stays one word.
            const bool gluedAfter = end < result.size() && result.at(end).isLetterOrNumber() &&
                                    !a.spoken.endsWith(QLatin1Char('-'));
            QString article = m.captured(1);
            if (!article.isEmpty()) {
                if (!isFrench(language))
                    article = article.first(1) + (QStringLiteral("aeiou").contains(a.spoken.front())
                                                      ? QStringLiteral("n")
                                                      : QString());
                article += QLatin1Char(' ');
            }
            return QString((gluedBefore ? QStringLiteral(" ") : QString()) + article + a.spoken +
                           (gluedAfter ? QStringLiteral(" ") : QString()));
        });
    }
    return result;
}

struct CompiledUnits
{
    QRegularExpression pattern; // a number, then one of the symbols
    QHash<QString, std::pair<QString, QString>> words;
};

template<typename Table> CompiledUnits compileUnits(const Table &table)
{
    CompiledUnits units;
    QStringList symbols;
    for (const Unit &u : table) {
        const QString symbol = QString::fromUtf8(u.symbol);
        symbols << QRegularExpression::escape(symbol);
        units.words.insert(symbol, {QString::fromUtf8(u.one), QString::fromUtf8(u.many)});
    }
    units.pattern = QRegularExpression(
        QStringLiteral(
            R"((?<![\w.,])(\d{1,3}(?: \d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?) ?(%1)(?![\w³²]))")
            .arg(symbols.join(u'|')),
        QRegularExpression::UseUnicodePropertiesOption);
    return units;
}

// "2 km" → "2 kilomètres", "1,5 km" → "1,5 kilomètre" (French: singular below two; English:
// singular for one alone).
QString spokenUnits(const QString &text, const QString &language)
{
    static const CompiledUnits french = compileUnits(frenchUnits);
    static const CompiledUnits english = compileUnits(englishUnits);
    const bool fr = isFrench(language);
    const CompiledUnits &units = fr ? french : english;
    return replaceEach(text, units.pattern, [&](const QRegularExpressionMatch &m) -> QString {
        const QString number = m.captured(1);
        const double value = QString(number)
                                 .remove(QLatin1Char(' '))
                                 .replace(QLatin1Char(','), QLatin1Char('.'))
                                 .toDouble();
        const bool one = fr ? value < 2 : value == 1;
        const std::pair<QString, QString> words = units.words.value(m.captured(2));
        return number + QLatin1Char(' ') + (one ? words.first : words.second);
    });
}

// Emoji, pictographs and other symbols a voice would name or skip unpredictably.
QString withoutSymbols(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char32_t c = text.at(i).isHighSurrogate() && i + 1 < text.size()
                               ? QChar::surrogateToUcs4(text.at(i), text.at(i + 1))
                               : text.at(i).unicode();
        const bool pair = c > 0xFFFF;
        const auto category = QChar::category(c);
        const bool drop = category == QChar::Symbol_Other || c == 0x200D || c == 0xFE0F ||
                          c == 0xFE0E || c == 0x20E3 || c == 0x2022 ||
                          (c >= 0x1F3FB && c <= 0x1F3FF) || (c >= 0xE0020 && c <= 0xE007F);
        if (!drop)
            result.append(QStringView(text).sliced(i, pair ? 2 : 1)); // no string per character
        i += pair ? 1 : 0;
    }
    return result;
}

QString spokenDates(const QString &text, const QString &language, int year)
{
    // 27/03, 27/03/2026, 27/03/26; 2026-03-27
    static const QRegularExpression slashed(
        QStringLiteral(R"((?<![\d/])(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?(?![\d/]))"));
    static const QRegularExpression iso(
        QStringLiteral(R"((?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-]))"));
    const QString first = replaceEach(text, iso, [&](const QRegularExpressionMatch &m) {
        const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        return date.isValid() ? PeriodText::date(date, language, true) : m.captured(0);
    });
    return replaceEach(first, slashed, [&](const QRegularExpressionMatch &m) -> QString {
        const int day = m.captured(1).toInt();
        const int month = m.captured(2).toInt();
        int known = year;
        if (m.capturedLength(3) == 4)
            known = m.captured(3).toInt();
        else if (m.capturedLength(3) == 2)
            known = 2000 + m.captured(3).toInt();
        // Without a year, a leap year so that 29/02 still reads as a date.
        const QDate date(known > 0 ? known : 2000, month, day);
        if (!date.isValid())
            return m.captured(0);
        // The weekday only where the year is known, so it is right.
        if (known > 0)
            return PeriodText::date(date, language, m.capturedLength(3) > 0);
        return PeriodText::dayAndMonth(date, language);
    });
}

// "8h30", "8 h 30", "18 h", "08:30", "6:30 a.m.", "6pm", "6.30 pm": in words, with a.m. or p.m.
// said once; "pendant 12 h" is a duration, not midday.
QString spokenTimes(const QString &text, const QString &language)
{
    // An a.m. or p.m. after a time, its full stops included: "am", "a.m.", "PM".
    static const QString meridiem = QStringLiteral(R"((?: ?([aApP])\.? ?[mM](?![a-zA-Z])\.?))");
    static const QRegularExpression twelveHour(
        QStringLiteral(R"((?<![\d,.:])(1[0-2]|0?[1-9])(?:[.:]([0-5]\d))?)") + meridiem);
    static const QRegularExpression hours(
        QStringLiteral(R"((?<![\d,.:])([01]?\d|2[0-4]) ?[hH](?: ?([0-5]\d))?(?![\w]))"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression colon(
        QStringLiteral(R"((?<![\d,.:])([01]?\d|2[0-3]):([0-5]\d)(?![\d:]))"));
    static const QRegularExpression duration(
        QStringLiteral(R"((?:pendant|durant|environ|dans|sous|for|about|within)\s$)"),
        QRegularExpression::CaseInsensitiveOption);
    const bool fr = isFrench(language);
    const auto spell = [&](const QString &source, const QRegularExpressionMatch &m,
                           int hour) -> QString {
        const int minute = m.captured(2).toInt();
        if (duration.match(QStringView(source).first(m.capturedStart(0))).hasMatch()) {
            const QString unit =
                fr ? (hour > 1 ? QStringLiteral(" heures") : QStringLiteral(" heure"))
                   : (hour > 1 ? QStringLiteral(" hours") : QStringLiteral(" hour"));
            const auto gender = fr ? NumberWords::Gender::Feminine : NumberWords::Gender::Masculine;
            return NumberWords::say(hour, language, gender) + unit +
                   (minute ? QLatin1Char(' ') + NumberWords::say(minute, language, gender)
                           : QString());
        }
        return PeriodText::spokenTime(hour, minute, fr ? QStringLiteral("fr") : language);
    };
    const QString a = replaceEach(text, twelveHour, [&](const QRegularExpressionMatch &m) {
        const bool pm = m.captured(3).compare(QLatin1String("p"), Qt::CaseInsensitive) == 0;
        return spell(text, m, m.captured(1).toInt() % 12 + (pm ? 12 : 0));
    });
    const QString b = replaceEach(a, hours, [&](const QRegularExpressionMatch &m) {
        return spell(a, m, m.captured(1).toInt() % 24);
    });
    // "at 18:05." → "at six oh five p.m.": the full stop of p.m. ends the sentence too.
    static const QRegularExpression doubleStop(QStringLiteral(R"(([ap]\.m)\.\.(?!\.))"));
    return replaceEach(
               b, colon,
               [&](const QRegularExpressionMatch &m) { return spell(b, m, m.captured(1).toInt()); })
        .replace(doubleStop, QStringLiteral("\\1."));
}

} // namespace

QString SpokenForm::website(const QString &language, const QString &service)
{
    const QString name = service.isEmpty() ? QStringLiteral("Allo Industrie") : service;
    if (!isFrench(language))
        return QStringLiteral("the %1 website").arg(name);
    return QStringLiteral("le site internet ") + ofName(name);
}

QString SpokenForm::ofName(const QString &name)
{
    static const QString vowels = QStringLiteral("AEIOUYÉÈÊHaeiouyéèêh");
    return !name.isEmpty() && vowels.contains(name.front()) ? QStringLiteral("d'") + name
                                                            : QStringLiteral("de ") + name;
}

QString SpokenForm::mailbox(const QString &language, const QString &service)
{
    return (isFrench(language) ? QStringLiteral("l'adresse électronique indiquée sur ")
                               : QStringLiteral("the e-mail address given on ")) +
           website(language, service);
}

QString SpokenForm::of(const QString &text, const QString &language, int year,
                       const QString &service)
{
    QString s = plainSpaces(withoutMarkup(text));
    s = withoutAddresses(s, website(language, service), mailbox(language, service));
    s = withoutSigils(s);
    s = spokenPhoneNumbers(s, language);
    s = spokenAbbreviations(s, language);
    s = spokenUnits(s, language);
    s = withoutSymbols(s);
    s = spokenDates(s, language, year);
    s = spokenTimes(s, language);
    // What dropped symbols leave behind: "prévu ." → "prévu."
    static const QRegularExpression orphanSpace(QStringLiteral(R"(\s+([.,]))"));
    return s.simplified().replace(orphanSpace, QStringLiteral("\\1"));
}
