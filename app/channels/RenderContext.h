#pragma once

#include "Territory.h"

#include <QDateTime>
#include <QList>

#include <optional>

// How long the voice really takes to say one script at one rate (HotlineVoice, app/voice).
struct SpokenLength
{
    QString script;
    double wordsPerMinute = 0;
    double seconds = 0;
};

// Everything a rendering needs that is not in the notice. Output depends on the notice and this
// alone: never on the process locale or the machine's time zone.
struct RenderContext
{
    Territory territory; // name, hotline number, accounts, web section, time zone
    QDateTime sentAt;    // the time of sending (CAP "sent", "current" wording)
    int revision = 1;    // the platform's revision of the notice
    QString capSender;   // CAP sender: no spaces, commas, '<' or '&'
    // CAP references of the previous revision ("sender,identifier,sent"); empty for a first one.
    QString previousReference;
    // The rate the hotline's voice speaks at (the territory's), which its length is judged at.
    double wordsPerMinute = 150;
    // Durations the voice was measured at. The hotline's measure is the one of exactly its
    // script at this rate; without one (not measured yet, no engine) it is the words' estimate.
    QList<SpokenLength> spokenLengths;

    std::optional<double> spokenSeconds(const QString &script) const
    {
        for (const SpokenLength &length : spokenLengths) {
            if (length.script == script && length.wordsPerMinute == wordsPerMinute)
                return length.seconds;
        }
        return std::nullopt;
    }
};
