#pragma once

#include "Notice.h"
#include "RenderContext.h"

#include <QString>

// The short post of the x, mastodon and sms channels: "COMPANY: text link", with "Test : " or
// "Exercice : " after the colon for those statuses, or the notice's override for the channel.
class SocialPost
{
public:
    // channel: "x", "mastodon" or "sms".
    static QString compose(const Notice &notice, const RenderContext &context,
                           const QString &channel, const QString &language);
    // The composed post cut at a word boundary to fit the channel's limit, ending with "…" and
    // keeping the link and the test/exercise mark; the post unchanged when it already fits.
    static QString shortened(const Notice &notice, const RenderContext &context,
                             const QString &channel, const QString &language);
    // The text written for this channel that is published instead of the composed post in this
    // language; empty when the post is composed.
    static QString override(const Notice &notice, const QString &channel, const QString &language);
    // Whether a post fits the channel (x: weighted 280, mastodon: 500, sms: always).
    static bool fits(const QString &post, const QString &channel);
};
