#pragma once

#include "Notice.h"
#include "ValidationIssue.h"

#include <QTimeZone>

// Whether the words of a notice still say its period: every period phrase (PeriodPhrase) of its
// texts and per-channel texts, read in the territory's zone, against its start and end. A phrase
// that no longer agrees is a warning, never a refusal: free text also holds other moments.
class PeriodConsistency
{
public:
    // "period_text_mismatch" at "text.LANG" or "overrides.CHANNEL.LANG"; args: the phrase as
    // written, the phrase as the period now says it.
    static ValidationIssues check(const Notice &notice, const QTimeZone &zone);
    // The notice with every stale phrase replaced by the period's, in every text and
    // per-channel text (what the composer's one undoable step and `allo-cli validate --fix` do).
    static Notice rewrite(const Notice &notice, const QTimeZone &zone);

    // The text written for one channel in one language, and setting it: the one place that
    // knows how per-channel texts are keyed.
    static QString channelText(const Notice &notice, const QString &channel,
                               const QString &language);
    static void setChannelText(Notice &notice, const QString &channel, const QString &language,
                               const QString &text);
};
