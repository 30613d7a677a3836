#include "TestPublishable.h"

#include "ChannelRenderer.h"
#include "PublicationRules.h"
#include "SocialPost.h"
#include "TestData.h"

QJsonObject TestData::publishable(const QJsonObject &json)
{
    Notice notice(json);
    const RenderContext context = ChannelRenderer::context(notice, TestData::sampleNow());
    for (const ValidationIssue &issue : PublicationRules::check(notice, context)) {
        const QString channel = PublicationRules::channelOf(issue);
        const QString language = PublicationRules::languageOf(issue);
        if (issue.isError() && notice.override(channel, language).isEmpty())
            notice.setOverride(channel, language,
                               SocialPost::shortened(notice, context, channel, language));
    }
    return notice.toJson();
}
