#pragma once

#include <QString>

// French typography for what residents read on the web card, X and Mastodon (never the SMS,
// where these characters would force UCS-2): a no-break space (U+00A0) before ":" and inside
// « », times ("6 h 40") and phone numbers ("0 805 691 282"), a narrow no-break space (U+202F)
// before ";", "!" and "?", and the typographic apostrophe (U+2019) between two letters.
// Only spaces and apostrophes change, never a word; URLs, e-mail addresses, hashtags and
// mentions are left exactly as written. Applying it twice changes nothing more.
class FrenchTypography
{
public:
    static QString apply(const QString &text);
    // Phone numbers alone, for a text in any language: no line break inside one.
    static QString keepPhoneNumbersTogether(const QString &text);
};
