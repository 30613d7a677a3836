#include "PublicFeed.h"

#include "ChannelRenderer.h"
#include "HotlineAudioCheck.h"
#include "IsoTime.h"
#include "TerritoryCatalog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimeZone>

namespace {

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

// A revision's context without the reference of the one before it.
RenderContext baseContext(const SandboxStore::Revision &r)
{
    RenderContext context =
        ChannelRenderer::context(Notice(r.json), utc(r.publishedAt.value_or(0)));
    context.revision = r.revision;
    return context;
}

} // namespace

RenderContext PublicFeed::context(SandboxStore &store, const SandboxStore::Notice &notice,
                                  int revision)
{
    const auto published = store.revision(notice.id, revision);
    if (!published)
        return {};
    RenderContext context = baseContext(*published);
    // A CAP reference names only its own alert (sender, identifier, sent), not the one before
    // it: so two rows are enough, however many revisions came before (one query each, not one
    // recursion per earlier revision).
    if (const auto previous = store.publishedBefore(notice.id, revision))
        context.previousReference =
            CapAlert::reference(Notice(previous->json), baseContext(*previous));
    return context;
}

ApiResponse PublicFeed::render(SandboxStore &store, const QString &territory,
                               const QString &channel, const QString &language)
{
    if (!TerritoryCatalog::builtIn().contains(territory))
        return ApiResponse::problem(
            404, QStringLiteral("unknown_territory"),
            QCoreApplication::translate("PublicFeed", "There is no territory \"%1\".")
                .arg(territory));
    if (language != QLatin1String("fr") && language != QLatin1String("en"))
        return ApiResponse::problem(
            400, QStringLiteral("invalid_query"),
            QCoreApplication::translate("PublicFeed", "lang must be fr or en."));
    QJsonArray items;
    for (const SandboxStore::Notice &n : store.live(territory)) {
        const auto revision = store.revision(n.id, n.publishedRevision);
        if (!revision)
            continue;
        const Notice notice(revision->json);
        const RenderContext ctx = context(store, n, n.publishedRevision);
        // A notice without text in the asked language is published in French, as on the page.
        QString used = language;
        ChannelOutput out = ChannelRenderer::render(notice, ctx, channel, used);
        if (!out.ok() && used != QLatin1String("fr")) {
            used = QStringLiteral("fr");
            out = ChannelRenderer::render(notice, ctx, channel, used);
        }
        if (!out.ok())
            continue;
        QJsonObject item{{QStringLiteral("id"), n.id},
                         {QStringLiteral("revision"), n.publishedRevision},
                         {QStringLiteral("sent_at"), IsoTime::format(ctx.sentAt, QTimeZone::utc())},
                         {QStringLiteral("language"), used},
                         {QStringLiteral("text"), out.text}};
        // The recording the line plays; without one, its phone server reads the text above.
        if (channel == QLatin1String("hotline")) {
            if (const auto audio = store.hotlineAudio(n.id, n.publishedRevision, used)) {
                QJsonObject sound{{QStringLiteral("url"), hotlineAudioPath(n.id, used)},
                                  {QStringLiteral("seconds"), audio->seconds}};
                const QJsonArray warnings = HotlineAudioCheck::lengthWarnings(audio->seconds);
                if (!warnings.isEmpty())
                    sound.insert(QStringLiteral("warnings"), warnings);
                item.insert(QStringLiteral("audio"), sound);
            }
        }
        items.append(item);
    }
    return ApiResponse::json(200, {{QStringLiteral("territory"), territory},
                                   {QStringLiteral("channel"), channel},
                                   {QStringLiteral("language"), language},
                                   {QStringLiteral("items"), items}});
}

QString PublicFeed::hotlineAudioPath(const QString &id, const QString &language)
{
    return QStringLiteral("/v1/public/notices/%1/hotline.wav?lang=%2").arg(id, language);
}
