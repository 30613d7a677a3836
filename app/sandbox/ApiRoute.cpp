#include "ApiRoute.h"

#include <QStringList>

namespace {

// The public paths' last segment and the channel of the renderer it publishes.
constexpr std::pair<const char *, const char *> kPublicChannels[] = {{"notices", "web"},
                                                                     {"hotline", "hotline"},
                                                                     {"x", "x"},
                                                                     {"mastodon", "mastodon"},
                                                                     {"cap", "cap"}};

} // namespace

ApiRoute ApiRoute::match(const QByteArray &method, const QString &path)
{
    using Op = Operation;
    ApiRoute route;
    const QStringList s = path.split(QLatin1Char('/'));
    // A path starts with '/', so s[0] is empty; trailing slashes are not accepted.
    if (s.size() < 3 || !s.at(0).isEmpty() || s.at(1) != QLatin1String("v1"))
        return route;
    const bool get = method == "GET";
    const bool post = method == "POST";
    const QString &a = s.at(2);
    const auto is = [](const QString &segment, const char *word) {
        return segment == QLatin1String(word);
    };
    if (s.size() == 3) {
        if (get && is(a, "health"))
            route.operation = Op::Health;
        else if (get && is(a, "me"))
            route.operation = Op::Me;
        else if (get && is(a, "territories"))
            route.operation = Op::Territories;
        else if (get && is(a, "sites"))
            route.operation = Op::Sites;
        else if (is(a, "notices"))
            route.operation = get ? Op::ListNotices : post ? Op::SubmitNotice : Op::None;
        return route;
    }
    const QString &b = s.at(3);
    if (b.isEmpty())
        return route;
    if (s.size() == 4) {
        if (post && is(a, "auth") && is(b, "token"))
            route.operation = Op::SignIn;
        else if (post && is(a, "auth") && is(b, "refresh"))
            route.operation = Op::Refresh;
        else if (post && is(a, "auth") && is(b, "logout"))
            route.operation = Op::SignOut;
        else if (is(a, "notices") && (get || method == "PUT")) {
            route.operation = get ? Op::GetNotice : Op::ReviseNotice;
            route.noticeId = b;
        }
        return route;
    }
    if (s.size() == 7 && method == "PUT" && is(a, "notices") && is(s.at(4), "revisions") &&
        is(s.at(6), "hotline-audio")) {
        bool number = false;
        route.revision = s.at(5).toInt(&number);
        if (number && route.revision > 0) {
            route.operation = Op::PutHotlineAudio;
            route.noticeId = b;
        }
        return route;
    }
    if (s.size() == 6 && get && is(a, "public") && is(b, "notices") && !s.at(4).isEmpty() &&
        is(s.at(5), "hotline.wav")) {
        route.operation = Op::PublicHotlineAudio;
        route.noticeId = s.at(4);
        return route;
    }
    if (s.size() != 5)
        return route;
    const QString &c = s.at(4);
    if (post && is(a, "notices")) {
        route.operation = is(c, "end")      ? Op::EndNotice
                          : is(c, "cancel") ? Op::CancelNotice
                          : is(c, "review") ? Op::ReviewNotice
                                            : Op::None;
        if (route.operation != Op::None)
            route.noticeId = b;
    } else if (get && is(a, "public")) {
        for (const auto &[segment, channel] : kPublicChannels) {
            if (c == QLatin1String(segment)) {
                route.operation = Op::PublicChannel;
                route.territory = b;
                route.channel = QLatin1String(channel);
            }
        }
    }
    return route;
}

QString ApiRoute::pathTemplate() const
{
    using Op = Operation;
    switch (operation) {
    case Op::None:
        return {};
    case Op::Health:
        return QStringLiteral("/v1/health");
    case Op::SignIn:
        return QStringLiteral("/v1/auth/token");
    case Op::Refresh:
        return QStringLiteral("/v1/auth/refresh");
    case Op::SignOut:
        return QStringLiteral("/v1/auth/logout");
    case Op::Me:
        return QStringLiteral("/v1/me");
    case Op::Territories:
        return QStringLiteral("/v1/territories");
    case Op::Sites:
        return QStringLiteral("/v1/sites");
    case Op::SubmitNotice:
    case Op::ListNotices:
        return QStringLiteral("/v1/notices");
    case Op::GetNotice:
    case Op::ReviseNotice:
        return QStringLiteral("/v1/notices/{id}");
    case Op::EndNotice:
        return QStringLiteral("/v1/notices/{id}/end");
    case Op::CancelNotice:
        return QStringLiteral("/v1/notices/{id}/cancel");
    case Op::ReviewNotice:
        return QStringLiteral("/v1/notices/{id}/review");
    case Op::PutHotlineAudio:
        return QStringLiteral("/v1/notices/{id}/revisions/{rev}/hotline-audio");
    case Op::PublicHotlineAudio:
        return QStringLiteral("/v1/public/notices/{id}/hotline.wav");
    case Op::PublicChannel:
        for (const auto &[segment, name] : kPublicChannels) {
            if (channel == QLatin1String(name))
                return QStringLiteral("/v1/public/{territory}/") + QLatin1String(segment);
        }
        return {};
    }
    return {};
}

bool ApiRoute::isMutation() const
{
    using Op = Operation;
    return operation == Op::SubmitNotice || operation == Op::ReviseNotice ||
           operation == Op::EndNotice || operation == Op::CancelNotice ||
           operation == Op::ReviewNotice || operation == Op::PutHotlineAudio;
}

qsizetype ApiRoute::maxBody() const
{
    return operation == Operation::PutHotlineAudio ? kMaxAudioBody : kMaxJsonBody;
}
