#pragma once

#include "ChannelOutput.h"
#include "PlatformNotice.h"
#include "RenderContext.h"

// What the platform publishes for one revision, computed on this side with the same channel
// library and the same context as the platform's public endpoints: sent at the revision's
// publication, its revision number, and for CAP the reference of the revision published before.
namespace PublicationPreview {

// notice must hold its revisions (GET /v1/notices/{id}). A revision not public yet is given
// the sending time notYetSentAt: the moment it would be approved.
RenderContext context(const PlatformNotice &notice, int revision, const QDateTime &notYetSentAt);
// The channel's output as the public endpoint gives it: a notice without text in the language
// is published in French.
ChannelOutput render(const PlatformNotice &notice, int revision, const QDateTime &notYetSentAt,
                     const QString &channel, const QString &language);

} // namespace PublicationPreview
