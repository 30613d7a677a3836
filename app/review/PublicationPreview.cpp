#include "PublicationPreview.h"

#include "CapAlert.h"
#include "ChannelRenderer.h"

#include <QCoreApplication>

RenderContext PublicationPreview::context(const PlatformNotice &notice, int revision,
                                          const QDateTime &notYetSentAt)
{
    RenderContext context;
    const PlatformNotice::Revision *previous = nullptr;
    for (const PlatformNotice::Revision &r : notice.revisions) {
        if (r.revision == revision) {
            context = ChannelRenderer::context(r.notice, r.publishedAt.isValid() ? r.publishedAt
                                                                                 : notYetSentAt);
            context.revision = revision;
            if (previous)
                context.previousReference = CapAlert::reference(
                    previous->notice,
                    PublicationPreview::context(notice, previous->revision, notYetSentAt));
            break;
        }
        if (r.publishedAt.isValid())
            previous = &r;
    }
    return context;
}

ChannelOutput PublicationPreview::render(const PlatformNotice &notice, int revision,
                                         const QDateTime &notYetSentAt, const QString &channel,
                                         const QString &language)
{
    const PlatformNotice::Revision *r = notice.findRevision(revision);
    if (!r) {
        ChannelOutput missing;
        missing.error =
            QCoreApplication::translate("PublicationPreview", "The notice has no revision %1.")
                .arg(revision);
        return missing;
    }
    const RenderContext ctx = context(notice, revision, notYetSentAt);
    ChannelOutput out = ChannelRenderer::render(r->notice, ctx, channel, language);
    if (!out.ok() && language != QLatin1String("fr"))
        out = ChannelRenderer::render(r->notice, ctx, channel, QStringLiteral("fr"));
    return out;
}
