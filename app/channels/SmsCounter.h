#pragma once

#include <QString>
#include <QStringList>

// The SMS encoding and parts of a text: GSM-7 (160, then 153 a part; extension characters count
// 2) unless one character is outside it, which switches the whole message to UCS-2 (70, then 67
// a part, counted in UTF-16 units).
class SmsCounter
{
public:
    enum class Encoding
    {
        Gsm7,
        Ucs2
    };

    struct Result
    {
        Encoding encoding = Encoding::Gsm7;
        int length = 0; // in septets (GSM-7) or UTF-16 units (UCS-2)
        int parts = 0;  // 0 for an empty text
        // The distinct characters that force UCS-2, in order of appearance, so the UI can offer
        // to replace them.
        QStringList ucs2Characters;
    };

    static Result count(const QString &text);
    static QString encodingName(Encoding encoding); // "GSM-7" or "UCS-2"
    // A GSM-7 replacement for a character that forces UCS-2 (’ → ', œ → oe, « → "), or an empty
    // string when there is none.
    static QString replacement(const QString &character);
    // The text as an SMS is best sent: with every replacement made when that takes fewer parts
    // (a French text back in GSM-7), unchanged otherwise, so accents are kept when they cost
    // nothing.
    static QString fewestParts(const QString &text);
};
