#pragma once

#include "Notice.h"
#include "RenderContext.h"
#include "ValidationIssue.h"

// The rule book: whether a notice can be published, channel by channel and language by language.
// The console, allo-cli and the platform all ask it, so none of them lets through what another
// would refuse. Problems have the notice validator's shape; their paths are, for good,
// "channels.CHANNEL.LANGUAGE" for a post composed from the notice and
// "overrides.CHANNEL.LANGUAGE" for a text written for the channel. docs/channels.md lists the
// codes and which block.
class PublicationRules
{
public:
    // The channels' problems, for every language the notice has a text in.
    static ValidationIssues check(const Notice &notice, const RenderContext &context);
    // Everything that stops or warns: the notice validator's problems (judged at
    // context.sentAt, with the built-in territories), then the channels', then the period
    // phrases of the texts that no longer say the period (PeriodConsistency, warnings).
    static ValidationIssues checkAll(const Notice &notice, const RenderContext &context);
    // The channels' blocking problems of a notice queued at queuedAt: what the platform would
    // refuse of a create or update already in the outbox (perhaps queued before today's rules).
    static ValidationIssues blocking(const Notice &notice, const QDateTime &queuedAt);
    // The channel ("x") and language ("en") a problem of check() is about; empty for the others.
    static QString channelOf(const ValidationIssue &issue);
    static QString languageOf(const ValidationIssue &issue);
    // A channel's text over its length (or duration) limit, as opposed to a warning about
    // what a channel's own text says (same in English as in French, stale).
    static bool isLength(const ValidationIssue &issue);
    // The channels whose texts are judged, in the order their problems come.
    static const QStringList &channels();
};
