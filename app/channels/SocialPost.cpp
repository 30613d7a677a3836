#include "SocialPost.h"

#include "MastodonCounter.h"
#include "TweetCounter.h"

namespace {

const QString ellipsis = QStringLiteral("…");

bool isFrench(const QString &language)
{
    return language != QLatin1String("en");
}

// "Test : " / "Exercice : " right after the company's colon, so a reader never takes a test
// for a real event.
QString mark(const Notice &notice, const QString &language)
{
    const QString status = notice.status();
    if (status == QLatin1String("test"))
        return isFrench(language) ? QStringLiteral("Test : ") : QStringLiteral("Test: ");
    if (status == QLatin1String("exercise"))
        return isFrench(language) ? QStringLiteral("Exercice : ") : QStringLiteral("Exercise: ");
    return {};
}

QString body(const Notice &notice, const QString &language)
{
    const QString text = notice.text(language).simplified();
    return text.isEmpty() ? notice.text(QStringLiteral("fr")).simplified() : text;
}

QString prefix(const Notice &notice, const QString &language)
{
    return notice.company().trimmed() + QStringLiteral(": ") + mark(notice, language);
}

QString suffix(const Notice &notice)
{
    const QString link = notice.link().trimmed();
    return link.isEmpty() ? QString() : QLatin1Char(' ') + link;
}

// The longest start of text, cut at a space, that fits between head and tail with "…".
QString cut(const QString &head, const QString &text, const QString &tail, const QString &channel)
{
    QList<qsizetype> spaces;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isSpace())
            spaces.append(i);
    }
    const auto candidate = [&](qsizetype end) -> QString {
        QString kept = text.left(end);
        while (!kept.isEmpty() && QStringLiteral(" ,;:.!?").contains(kept.back()))
            kept.chop(1);
        return head + kept + ellipsis + tail;
    };
    // Longer cuts never weigh less, so the best one is found by bisection.
    qsizetype low = 0;
    qsizetype high = spaces.size() - 1;
    QString best = candidate(0);
    while (low <= high) {
        const qsizetype middle = (low + high) / 2;
        const QString post = candidate(spaces.at(middle));
        if (SocialPost::fits(post, channel)) {
            best = post;
            low = middle + 1;
        } else {
            high = middle - 1;
        }
    }
    return best;
}

} // namespace

QString SocialPost::compose(const Notice &notice, const RenderContext &context,
                            const QString &channel, const QString &language)
{
    Q_UNUSED(context)
    const QString own = override(notice, channel, language);
    if (!own.isEmpty())
        return own;
    return prefix(notice, language) + body(notice, language) + suffix(notice);
}

QString SocialPost::shortened(const Notice &notice, const RenderContext &context,
                              const QString &channel, const QString &language)
{
    const QString post = compose(notice, context, channel, language);
    if (fits(post, channel))
        return post;
    const QString own = override(notice, channel, language);
    if (own.isEmpty())
        return cut(prefix(notice, language), body(notice, language), suffix(notice), channel);
    // An override keeps its own opening mark and the notice's link when it ends with it.
    QString head;
    QString text = own;
    const QString opening = prefix(notice, language);
    if (text.startsWith(opening)) {
        head = opening;
        text.remove(0, opening.size());
    }
    QString tail;
    const QString link = suffix(notice);
    if (!link.isEmpty() && text.endsWith(link)) {
        tail = link;
        text.chop(link.size());
    }
    return cut(head, text, tail, channel);
}

QString SocialPost::override(const Notice &notice, const QString &channel, const QString &language)
{
    return notice.override(channel, language);
}

bool SocialPost::fits(const QString &post, const QString &channel)
{
    if (channel == QLatin1String("x"))
        return TweetCounter::count(post).valid;
    if (channel == QLatin1String("mastodon"))
        return MastodonCounter::count(post).valid;
    return true; // an SMS is split into parts rather than refused
}
