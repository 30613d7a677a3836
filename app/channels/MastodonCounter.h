#pragma once

#include <QString>

// The Mastodon length of a text: characters (code points), every URL counting 23.
class MastodonCounter
{
public:
    static constexpr int limit = 500;
    static constexpr int urlLength = 23;

    struct Result
    {
        int length = 0;
        bool valid = false; // not empty and within the limit
    };

    static Result count(const QString &text);
    static int length(const QString &text) { return count(text).length; }
    static bool isValid(const QString &text) { return count(text).valid; }
};
