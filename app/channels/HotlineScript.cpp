#include "HotlineScript.h"

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

struct Abbreviation
{
    const char *written; // as members type it
    const char *spoken;  // as the voice must say it
};

// Abbreviations a voice misreads, spelled out. Matched as whole words, case-sensitively, in this
// order (longer forms first); "expansion (ABBR)" keeps only the expansion.
constexpr std::array frenchAbbreviations = {
    Abbreviation{"24h/24", "24 heures sur 24"},
    Abbreviation{"7j/7", "7 jours sur 7"},
    Abbreviation{"POI", "plan d'opération interne"},
    Abbreviation{"PPI", "plan particulier d'intervention"},
    Abbreviation{"PPRT", "plan de prévention des risques technologiques"},
    Abbreviation{"ICPE", "installation classée pour la protection de l'environnement"},
    Abbreviation{"SDIS", "service départemental d'incendie et de secours"},
    Abbreviation{"DREAL", "direction régionale de l'environnement"},
    Abbreviation{"env.", "environ"},
    Abbreviation{"etc.", "et cetera"},
    Abbreviation{"cf.", "voir"},
    Abbreviation{"tél.", "téléphone"},
    Abbreviation{"Tél.", "téléphone"},
    Abbreviation{"n°", "numéro"},
    Abbreviation{"N°", "numéro"},
    Abbreviation{"km/h", "kilomètres heure"},
    Abbreviation{"°C", "degrés Celsius"},
    Abbreviation{"%", "pour cent"},
    Abbreviation{"€", "euros"},
    Abbreviation{"km", "kilomètres"},
    Abbreviation{"dB", "décibels"},
    Abbreviation{"min", "minutes"},
    Abbreviation{"mn", "minutes"},
    Abbreviation{"&", "et"},
};

constexpr std::array englishAbbreviations = {
    Abbreviation{"24/7", "day and night"},
    Abbreviation{"POI", "internal emergency plan"},
    Abbreviation{"PPI", "off-site emergency plan"},
    Abbreviation{"approx.", "approximately"},
    Abbreviation{"e.g.", "for example"},
    Abbreviation{"etc.", "et cetera"},
    Abbreviation{"km/h", "kilometres per hour"},
    Abbreviation{"mph", "miles per hour"},
    Abbreviation{"°C", "degrees Celsius"},
    Abbreviation{"%", "per cent"},
    Abbreviation{"€", "euros"},
    Abbreviation{"km", "kilometres"},
    Abbreviation{"dB", "decibels"},
    Abbreviation{"min", "minutes"},
    Abbreviation{"&", "and"},
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

// "de" before a name, elided before a vowel: "d'Allo Industrie", "de Chimie de la Vallée".
QString ofName(const QString &name)
{
    static const QString vowels = QStringLiteral("AEIOUYÉÈÊHaeiouyéèêh");
    return !name.isEmpty() && vowels.contains(name.front()) ? QStringLiteral("d'") + name
                                                            : QStringLiteral("de ") + name;
}

// "à Rouen", "au Havre", "aux Andelys".
QString inCommune(const QString &commune)
{
    if (commune.startsWith(QLatin1String("Le ")))
        return QStringLiteral("au ") + commune.mid(3);
    if (commune.startsWith(QLatin1String("Les ")))
        return QStringLiteral("aux ") + commune.mid(4);
    return QStringLiteral("à ") + commune;
}

QString pointer(const QString &language, const QString &service)
{
    if (!isFrench(language))
        return service.isEmpty() ? QStringLiteral("the Allo Industrie website")
                                 : QStringLiteral("the %1 website").arg(service);
    return QStringLiteral("le site internet ") +
           ofName(service.isEmpty() ? QStringLiteral("Allo Industrie") : service);
}

QString withoutAddresses(const QString &text, const QString &link)
{
    static const QRegularExpression email(QStringLiteral(R"([\w.+-]+@[\w-]+(?:\.[\w-]+)+)"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    QString result = text;
    result.replace(email, link);
    const QList<UrlExtractor::Range> urls = UrlExtractor::find(result, true);
    for (auto it = urls.crbegin(); it != urls.crend(); ++it) {
        // A protocol before a recognised domain goes with it.
        qsizetype start = it->start;
        while (start > 0 && !result.at(start - 1).isSpace())
            --start;
        result.replace(start, it->start + it->length - start, link);
    }
    // "à le site", "de le site" contract in French.
    if (link.startsWith(QLatin1String("le "))) {
        result.replace(QStringLiteral("à ") + link, QStringLiteral("au ") + link.mid(3));
        result.replace(QStringLiteral("de ") + link, QStringLiteral("du ") + link.mid(3));
    }
    return result;
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
            result += text.mid(i, pair ? 2 : 1);
        i += pair ? 1 : 0;
    }
    return result;
}

// An abbreviation's patterns, compiled once: this runs on every keystroke.
struct CompiledAbbreviation
{
    QString written;
    QString spoken;
    QRegularExpression explained; // "plan d'opération interne (POI)": keep the words only
    QRegularExpression word;      // the form as a whole word
};

template<typename Table> QList<CompiledAbbreviation> compile(const Table &table)
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
             QRegularExpression(QRegularExpression::escape(spoken) + QStringLiteral(R"(\s*\()") +
                                    QRegularExpression::escape(written) + QStringLiteral(R"(\))"),
                                QRegularExpression::CaseInsensitiveOption),
             QRegularExpression(before + QRegularExpression::escape(written) + after,
                                QRegularExpression::UseUnicodePropertiesOption)});
    }
    return list;
}

QString spokenAbbreviations(const QString &text, const QString &language)
{
    static const QList<CompiledAbbreviation> french = compile(frenchAbbreviations);
    static const QList<CompiledAbbreviation> english = compile(englishAbbreviations);
    QString result = text;
    for (const CompiledAbbreviation &a : isFrench(language) ? french : english) {
        // Most texts hold few of the forms: skip the regular expressions for the others.
        if (!result.contains(a.written, Qt::CaseInsensitive))
            continue;
        result.replace(a.explained, a.spoken);
        // A form glued to a number ("30%", "20°C", "n°2") is set apart by spaces.
        result = replaceEach(result, a.word, [&](const QRegularExpressionMatch &m) {
            const qsizetype at = m.capturedStart(0);
            const qsizetype end = m.capturedEnd(0);
            const bool gluedBefore = at > 0 && result.at(at - 1).isLetterOrNumber();
            const bool gluedAfter = end < result.size() && result.at(end).isLetterOrNumber();
            return QString((gluedBefore ? QStringLiteral(" ") : QString()) + a.spoken +
                           (gluedAfter ? QStringLiteral(" ") : QString()));
        });
    }
    return result;
}

QString spokenTimes(const QString &text, const QString &language)
{
    // 8h30, 8 h 30, 18 h, 08:30 ("h" not followed by a letter: "5 hectares" stays)
    static const QRegularExpression hours(
        QStringLiteral(R"((?<![\d,.:])([01]?\d|2[0-4])\s?[hH](?:\s?([0-5]\d))?(?![\w]))"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression colon(
        QStringLiteral(R"((?<![\d,.:])([01]?\d|2[0-3]):([0-5]\d)(?![\d:]))"));
    // A duration ("pendant 12 h") is not a time of day: no "midi" there.
    static const QRegularExpression duration(
        QStringLiteral(R"((?:pendant|durant|environ|dans|sous|for|about|within)\s$)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto spell = [&](const QString &source, const QRegularExpressionMatch &m) -> QString {
        const int hour = m.captured(1).toInt() % 24;
        const int minute = m.captured(2).toInt();
        if (duration.match(QStringView(source).first(m.capturedStart(0))).hasMatch()) {
            const QString unit =
                isFrench(language)
                    ? (hour > 1 ? QStringLiteral(" heures") : QStringLiteral(" heure"))
                    : (hour > 1 ? QStringLiteral(" hours") : QStringLiteral(" hour"));
            return QString::number(hour) + unit +
                   (minute ? QLatin1Char(' ') + QString::number(minute) : QString());
        }
        return PeriodText::spokenTime(hour, minute, language);
    };
    const QString first =
        replaceEach(text, hours, [&](const QRegularExpressionMatch &m) { return spell(text, m); });
    return replaceEach(first, colon,
                       [&](const QRegularExpressionMatch &m) { return spell(first, m); });
}

QString spokenDates(const QString &text, const QString &language, int year)
{
    // 27/03, 27/03/2026, 27/03/26
    static const QRegularExpression pattern(
        QStringLiteral(R"((?<![\d/])(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?(?![\d/]))"));
    return replaceEach(text, pattern, [&](const QRegularExpressionMatch &m) -> QString {
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

QString mark(const Notice &notice, const QString &language, bool closing)
{
    const QString status = notice.status();
    const bool fr = isFrench(language);
    if (status == QLatin1String("test"))
        return closing ? (fr ? QStringLiteral("Fin du message de test.")
                             : QStringLiteral("End of this test message."))
                       : (fr ? QStringLiteral("Ceci est un message de test.")
                             : QStringLiteral("This is a test message."));
    if (status == QLatin1String("exercise"))
        return closing ? (fr ? QStringLiteral("Fin du message d'exercice.")
                             : QStringLiteral("End of this exercise message."))
                       : (fr ? QStringLiteral("Ceci est un message d'exercice.")
                             : QStringLiteral("This is an exercise message."));
    return {};
}

QString sentence(const QString &text)
{
    QString s = text.trimmed();
    if (!s.isEmpty() && !QStringLiteral(".!?").contains(s.back()))
        s += QLatin1Char('.');
    return s;
}

} // namespace

QString HotlineScript::render(const Notice &notice, const RenderContext &context,
                              const QString &language)
{
    const QString text = notice.text(language);
    if (text.trimmed().isEmpty())
        return {};
    const bool fr = isFrench(language);
    const QTimeZone zone = context.territory.timeZone;
    const QDateTime start = notice.start();
    const int year = start.isValid() ? start.toTimeZone(zone).date().year() : 0;

    QStringList parts;
    parts << mark(notice, language, false);
    const QString service = context.territory.name;
    if (!service.isEmpty())
        parts << (fr ? QStringLiteral("Vous êtes sur %1.") : QStringLiteral("This is %1."))
                     .arg(service);
    const Site site = notice.site();
    const QString company = spoken(notice.company(), language, year, service);
    const QString siteName = spoken(site.name, language, year, service);
    const QString commune = spoken(site.commune, language, year, service);
    parts << (fr ? QStringLiteral("Message %1, %2, %3.")
                       .arg(ofName(company), siteName, inCommune(commune))
                 : QStringLiteral("A message from %1, %2, in %3.").arg(company, siteName, commune));
    if (start.isValid()) {
        const QString period = PeriodText::spoken(start, notice.end(), zone, language);
        // sentence(): an English period ending in "p.m." takes no second full stop.
        parts << sentence(
            (fr ? QStringLiteral("Prévu %1") : QStringLiteral("Planned %1")).arg(period));
    }
    // The introduction, period and marks stay with an override, so a test is never taken for a
    // real event.
    const QString override = HotlineScript::override(notice, language);
    parts << sentence(spoken(override.isEmpty() ? text : override, language, year, service));
    parts << mark(notice, language, true);
    parts.removeAll(QString());
    return parts.join(QLatin1Char(' '));
}

QString HotlineScript::override(const Notice &notice, const QString &language)
{
    // A single-string hotline text stands for the French script only (Notice reads it so): an
    // English voice reading a French text would be lost on callers.
    return notice.override(QStringLiteral("hotline"), language).trimmed();
}

QString HotlineScript::spoken(const QString &text, const QString &language, int year,
                              const QString &service)
{
    QString s = withoutAddresses(text, pointer(language, service));
    s = spokenAbbreviations(s, language);
    s = withoutSymbols(s);
    s = spokenDates(s, language, year);
    s = spokenTimes(s, language);
    // The voice needs no typographic spaces.
    s.replace(QChar(0x00A0), QLatin1Char(' ')).replace(QChar(0x202F), QLatin1Char(' '));
    // What dropped symbols leave behind: "prévu ." → "prévu."
    static const QRegularExpression orphanSpace(QStringLiteral(R"(\s+([.,]))"));
    return s.simplified().replace(orphanSpace, QStringLiteral("\\1"));
}

int HotlineScript::words(const QString &script)
{
    int count = 0;
    bool inWord = false;
    for (const QChar c : script) {
        if (c.isSpace()) {
            inWord = false;
        } else if (!inWord && c.isLetterOrNumber()) {
            inWord = true;
            ++count;
        }
    }
    return count;
}

double HotlineScript::seconds(const QString &script, double wordsPerMinute)
{
    if (wordsPerMinute <= 0)
        return 0;
    return words(script) * 60.0 / wordsPerMinute;
}
