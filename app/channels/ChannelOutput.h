#pragma once

#include <QString>

// What one channel would publish, with the measure its limit applies to.
struct ChannelOutput
{
    enum class Unit
    {
        None,               // web, cap: no limit
        WeightedCharacters, // x (twitter-text)
        Characters,         // mastodon (URLs count 23)
        Parts,              // sms
        Seconds             // hotline, at the context's speaking rate
    };

    QString text;
    Unit unit = Unit::None;
    double measure = 0;
    double limit = 0; // 0 when the channel has none
    bool overLimit = false;
    // The text is one written for the channel (the notice's override), not composed from it.
    bool fromOverride = false;
    // hotline: the measure is the words' estimate, not the voice's measured duration.
    bool estimated = false;
    // Why nothing could be rendered, in the UI language; empty when text holds the output.
    QString error;

    bool ok() const { return error.isEmpty(); }
};
