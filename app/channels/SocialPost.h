#pragma once

#include "Notice.h"
#include "RenderContext.h"

#include <QString>

// The short post of the x, mastodon and sms channels: "COMPANY: text link" ("COMPANY : text
// link" in French), with "Test : " or "Exercice : " after the colon for those statuses, or the
// notice's override for the channel; as published (see published()).
class SocialPost
{
public:
    // channel: "x", "mastodon" or "sms".
    static QString compose(const Notice &notice, const RenderContext &context,
                           const QString &channel, const QString &language);
    // The post cut down to whole sentences by importance to fit the channel's limit, keeping the
    // opening (company, test/exercise mark) and the link (PostShortener); the plain post, before
    // published(), when it already fits.
    static QString shortened(const Notice &notice, const RenderContext &context,
                             const QString &channel, const QString &language);
    // The text written for this channel that is published instead of the composed post in this
    // language; empty when the post is composed.
    static QString override(const Notice &notice, const QString &channel, const QString &language);
    // A post as residents get it: French typography on X and Mastodon (FrenchTypography); on
    // SMS, GSM-7 replacements when they save parts (SmsCounter::fewestParts); else unchanged.
    static QString published(const QString &post, const QString &channel, const QString &language);
    // Whether a post fits the channel (x: weighted 280, mastodon: 500, sms: always).
    static bool fits(const QString &post, const QString &channel);
};
