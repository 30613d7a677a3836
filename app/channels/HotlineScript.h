#pragma once

#include "Notice.h"
#include "RenderContext.h"

#include <QString>

// The spoken hotline message: an introduction, the period in spoken form as it stands when the
// message is played (planned, under way or over), and the text rewritten for the ear by
// SpokenForm (as is every name it says). The notice's "hotline" override, when it has one, is
// said instead of its text.
class HotlineScript
{
public:
    static constexpr double maximumSeconds = 60;

    // language: "fr" or "en"; empty when the notice has no text in that language.
    static QString render(const Notice &notice, const RenderContext &context,
                          const QString &language);
    // The text written for the hotline that replaces the notice's in this language; empty when
    // the script says the notice's own text.
    static QString override(const Notice &notice, const QString &language);
    static int words(const QString &script);
    static double seconds(const QString &script, double wordsPerMinute);
    static bool tooLong(const QString &script, double wordsPerMinute)
    {
        return seconds(script, wordsPerMinute) > maximumSeconds;
    }
};
