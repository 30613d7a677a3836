#include "ChannelRenderer.h"

#include "HotlineScript.h"
#include "MastodonCounter.h"
#include "SmsCounter.h"
#include "SocialPost.h"
#include "TerritoryCatalog.h"
#include "TweetCounter.h"
#include "Vocabulary.h"
#include "WebCard.h"

#include <QCoreApplication>

namespace {

ChannelOutput failure(const QString &error)
{
    ChannelOutput out;
    out.error = error;
    return out;
}

ChannelOutput measured(const QString &text, ChannelOutput::Unit unit, double measure, double limit)
{
    ChannelOutput out;
    out.text = text;
    out.unit = unit;
    out.measure = measure;
    out.limit = limit;
    out.overLimit = limit > 0 && measure > limit;
    return out;
}

} // namespace

RenderContext ChannelRenderer::context(const Notice &notice, const QDateTime &sentAt)
{
    RenderContext context;
    context.territory = TerritoryCatalog::builtIn().find(notice.territory());
    context.sentAt = sentAt;
    context.capSender = QLatin1String(defaultCapSender);
    context.wordsPerMinute = context.territory.hotlineWordsPerMinute;
    return context;
}

ChannelOutput ChannelRenderer::render(const Notice &notice, const RenderContext &context,
                                      const QString &channel, const QString &language,
                                      CapAlert::Intent capIntent)
{
    using Unit = ChannelOutput::Unit;
    if (!Vocabulary::channels().contains(channel))
        return failure(QCoreApplication::translate(
                           "ChannelRenderer",
                           "Unknown channel \"%1\": use web, hotline, x, mastodon, sms or cap.")
                           .arg(channel));
    if (!Vocabulary::languages().contains(language))
        return failure(
            QCoreApplication::translate("ChannelRenderer", "Unknown language \"%1\": use fr or en.")
                .arg(language));
    // Without a territory there is no time zone, and local times would be guessed.
    if (!context.territory.isValid() || !context.territory.timeZone.isValid())
        return failure(QCoreApplication::translate("ChannelRenderer", "Unknown territory \"%1\".")
                           .arg(notice.territory()));
    if (!context.sentAt.isValid())
        return failure(
            QCoreApplication::translate("ChannelRenderer", "The time of sending is missing."));

    if (channel == QLatin1String("cap")) {
        const QString xml = CapAlert::render(notice, context, capIntent);
        if (xml.isEmpty())
            return failure(QCoreApplication::translate(
                "ChannelRenderer", "A cancellation needs the reference of the alert it cancels."));
        return measured(xml, Unit::None, 0, 0);
    }
    if (notice.text(language).trimmed().isEmpty())
        return failure(
            QCoreApplication::translate("ChannelRenderer", "The notice has no text in \"%1\".")
                .arg(language));
    if (channel == QLatin1String("web"))
        return measured(WebCard::render(notice, context, language), Unit::None, 0, 0);
    if (channel == QLatin1String("hotline")) {
        const QString script = HotlineScript::render(notice, context, language);
        const std::optional<double> spoken = context.spokenSeconds(script);
        ChannelOutput out =
            measured(script, Unit::Seconds,
                     spoken.value_or(HotlineScript::seconds(script, context.wordsPerMinute)),
                     HotlineScript::maximumSeconds);
        out.estimated = !spoken;
        out.fromOverride = !HotlineScript::override(notice, language).isEmpty();
        return out;
    }
    const QString post = SocialPost::compose(notice, context, channel, language);
    ChannelOutput out;
    if (channel == QLatin1String("x"))
        out = measured(post, Unit::WeightedCharacters, TweetCounter::weightedLength(post),
                       TweetCounter::limit);
    else if (channel == QLatin1String("mastodon"))
        out =
            measured(post, Unit::Characters, MastodonCounter::length(post), MastodonCounter::limit);
    else
        out = measured(post, Unit::Parts, SmsCounter::count(post).parts,
                       context.territory.smsMaxParts);
    out.fromOverride = !SocialPost::override(notice, channel, language).isEmpty();
    return out;
}
