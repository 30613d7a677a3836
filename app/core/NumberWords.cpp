#include "NumberWords.h"

#include <QStringList>

#include <array>

namespace {

constexpr std::array<const char *, 20> frenchUnits = {
    "zéro",     "un",     "deux",  "trois",    "quatre",   "cinq",    "six",
    "sept",     "huit",   "neuf",  "dix",      "onze",     "douze",   "treize",
    "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"};
constexpr std::array<const char *, 10> frenchTens = {
    "",          "dix",      "vingt",    "trente",       "quarante",
    "cinquante", "soixante", "soixante", "quatre-vingt", "quatre-vingt"};
constexpr std::array<const char *, 20> englishUnits = {
    "zero",     "one",     "two",     "three",     "four",     "five",    "six",
    "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",  "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
constexpr std::array<const char *, 10> englishTens = {
    "", "ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};

QString frenchBelowHundred(int n, bool finalPlural)
{
    if (n < 20)
        return QString::fromUtf8(frenchUnits.at(size_t(n)));
    int tens = n / 10;
    int units = n % 10;
    // 70-79 and 90-99 are sixty and eighty followed by ten to nineteen.
    if (tens == 7 || tens == 9)
        units += 10;
    const QString ten = QString::fromUtf8(frenchTens.at(size_t(tens)));
    if (units == 0)
        return tens == 8 && finalPlural ? ten + QLatin1Char('s') : ten;
    // "vingt et un", "soixante et onze", but "quatre-vingt-un".
    if ((units == 1 || units == 11) && tens != 8 && tens != 9)
        return ten + QStringLiteral(" et ") + QString::fromUtf8(frenchUnits.at(size_t(units)));
    return ten + QLatin1Char('-') + QString::fromUtf8(frenchUnits.at(size_t(units)));
}

QString frenchBelowThousand(int n, bool finalPlural)
{
    const int hundreds = n / 100;
    const int rest = n % 100;
    QString out;
    if (hundreds > 0) {
        out = hundreds == 1
                  ? QStringLiteral("cent")
                  : QString::fromUtf8(frenchUnits.at(size_t(hundreds))) + QStringLiteral(" cent");
        // "deux cents", but "deux cent un" and "deux cent mille".
        if (hundreds > 1 && rest == 0 && finalPlural)
            out += QLatin1Char('s');
        if (rest == 0)
            return out;
        out += QLatin1Char(' ');
    }
    return out + frenchBelowHundred(rest, finalPlural);
}

QString french(int n)
{
    if (n < 1000)
        return frenchBelowThousand(n, true);
    const int thousands = n / 1000;
    const int rest = n % 1000;
    QString out = thousands == 1 ? QStringLiteral("mille")
                                 : frenchBelowThousand(thousands, false) + QStringLiteral(" mille");
    return rest == 0 ? out : out + QLatin1Char(' ') + frenchBelowThousand(rest, true);
}

QString englishBelowHundred(int n)
{
    if (n < 20)
        return QString::fromUtf8(englishUnits.at(size_t(n)));
    const QString ten = QString::fromUtf8(englishTens.at(size_t(n / 10)));
    return n % 10 == 0
               ? ten
               : ten + QLatin1Char('-') + QString::fromUtf8(englishUnits.at(size_t(n % 10)));
}

QString englishBelowThousand(int n)
{
    if (n < 100)
        return englishBelowHundred(n);
    const QString hundreds =
        QString::fromUtf8(englishUnits.at(size_t(n / 100))) + QStringLiteral(" hundred");
    return n % 100 == 0 ? hundreds
                        : hundreds + QStringLiteral(" and ") + englishBelowHundred(n % 100);
}

QString english(int n)
{
    if (n < 1000)
        return englishBelowThousand(n);
    const QString thousands = englishBelowThousand(n / 1000) + QStringLiteral(" thousand");
    const int rest = n % 1000;
    if (rest == 0)
        return thousands;
    return thousands + (rest < 100 ? QStringLiteral(" and ") : QStringLiteral(" ")) +
           englishBelowThousand(rest);
}

} // namespace

QString NumberWords::say(int number, const QString &language, Gender gender)
{
    if (number < 0 || number > 999'999)
        return QString::number(number);
    if (language == QLatin1String("en"))
        return english(number);
    QString words = french(number);
    // Only a final "un" agrees: "vingt et une heures", "trente et une minutes".
    if (gender == Gender::Feminine &&
        (words == QLatin1String("un") || words.endsWith(QLatin1String(" un")) ||
         words.endsWith(QLatin1String("-un"))))
        words += QLatin1Char('e');
    return words;
}

QString NumberWords::digits(QStringView digits, const QString &language)
{
    QStringList words;
    for (const QChar c : digits) {
        if (c.isDigit())
            words << say(c.digitValue(), language);
    }
    return words.join(QLatin1Char(' '));
}
