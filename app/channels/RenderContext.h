#pragma once

#include "Territory.h"

#include <QDateTime>

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
};
