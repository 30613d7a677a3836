#pragma once

#include <QString>

// The X (Twitter) length of a text, as twitter-text 3.1.0's parseTweet counts it: NFC first,
// weight 1 or 2 per code point, 23 per URL twitter-text recognises, 2 per emoji sequence.
class TweetCounter
{
public:
    static constexpr int limit = 280;
    static constexpr int urlLength = 23;

    struct Result
    {
        int weightedLength = 0;
        bool valid = false; // not empty and within the limit
    };

    static Result count(const QString &text);
    static int weightedLength(const QString &text) { return count(text).weightedLength; }
    static bool isValid(const QString &text) { return count(text).valid; }
};
