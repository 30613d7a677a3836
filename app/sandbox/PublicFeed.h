#pragma once

#include "ApiResponse.h"
#include "RenderContext.h"
#include "SandboxStore.h"

// What the platform publishes for a territory on one channel, rendered by the console's own
// channel library from each live notice's public revision and the time it was published: so the
// public endpoints hold byte for byte what the console previewed.
class PublicFeed
{
public:
    // channel: web, hotline, x, mastodon or cap; language: fr or en (cap holds every language).
    static ApiResponse render(SandboxStore &store, const QString &territory, const QString &channel,
                              const QString &language);
    // The render context of a published revision: its territory, revision, time of publication
    // and, for a revision after an earlier published one, the CAP reference of that one.
    static RenderContext context(SandboxStore &store, const SandboxStore::Notice &notice,
                                 int revision);
    // Where the public revision's hotline audio in that language is served.
    static QString hotlineAudioPath(const QString &id, const QString &language);
};
