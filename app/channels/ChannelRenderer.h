#pragma once

#include "CapAlert.h"
#include "ChannelOutput.h"
#include "Notice.h"
#include "RenderContext.h"

#include <QString>

// The one entry point for every channel (web, hotline, x, mastodon, sms, cap): what the console
// previews is what the platform publishes. The output depends on the notice and the context
// alone, never on the process locale or the machine's time zone.
class ChannelRenderer
{
public:
    static constexpr const char *defaultCapSender = "allo-industrie.fr";

    // language: "fr" or "en"; cap ignores it (one info block per language of the notice).
    static ChannelOutput render(const Notice &notice, const RenderContext &context,
                                const QString &channel, const QString &language,
                                CapAlert::Intent capIntent = CapAlert::Intent::Publish);
    // The context of a first revision sent at sentAt, from the built-in territory catalogue.
    static RenderContext context(const Notice &notice, const QDateTime &sentAt);
};
