#pragma once

#include <QString>

// Whole numbers in words, as a voice must say them where digits would be misread (times, phone
// numbers): "quatre-vingt-onze", "vingt et une" / "ninety-one", "one hundred and five".
// French follows the traditional spelling (hyphens below a hundred, "et" before un and onze);
// English is British ("and" after the hundreds).
class NumberWords
{
public:
    enum class Gender
    {
        Masculine,
        Feminine
    };

    // 0 to 999,999; language "fr" or "en". Feminine changes "un" into "une" (heures, minutes).
    static QString say(int number, const QString &language, Gender gender = Gender::Masculine);
    // Each digit on its own: "zero eight zero five" / "zéro huit zéro cinq".
    static QString digits(QStringView digits, const QString &language);
};
