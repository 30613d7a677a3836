#include "SocialPost.h"

#include "FrenchTypography.h"
#include "MastodonCounter.h"
#include "PostShortener.h"
#include "SmsCounter.h"
#include "TweetCounter.h"

#include <QRegularExpression>

namespace {

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

// French puts a space before the colon (a no-break one once typeset).
QString prefix(const Notice &notice, const QString &language)
{
    return notice.company().trimmed() +
           (isFrench(language) ? QStringLiteral(" : ") : QStringLiteral(": ")) +
           mark(notice, language);
}

QString suffix(const Notice &notice)
{
    const QString link = notice.link().trimmed();
    return link.isEmpty() ? QString() : QLatin1Char(' ') + link;
}

// Where an override's opening ends: after its test or exercise mark ("Exercice :", in either
// language), or else after the company's name and colon; 0 when it has neither.
qsizetype openingEnd(const QString &own, const Notice &notice)
{
    const QString space = QStringLiteral("[ \\x{00A0}\\x{202F}]*:\\s*");
    QStringList words;
    for (const QString &language : {QStringLiteral("fr"), QStringLiteral("en")}) {
        const QString word = mark(notice, language).section(QLatin1Char(':'), 0, 0).trimmed();
        if (!word.isEmpty())
            words.append(QRegularExpression::escape(word));
    }
    if (!words.isEmpty()) {
        const QRegularExpression marked(QStringLiteral("^.{0,120}?\\b(?:") +
                                            words.join(QLatin1Char('|')) + QLatin1Char(')') + space,
                                        QRegularExpression::CaseInsensitiveOption);
        if (const auto m = marked.match(own); m.hasMatch())
            return m.capturedEnd();
    }
    const QString company = notice.company().trimmed();
    if (company.isEmpty())
        return 0;
    const auto m =
        QRegularExpression(QLatin1Char('^') + QRegularExpression::escape(company) + space)
            .match(own);
    return m.hasMatch() ? m.capturedEnd() : 0;
}

} // namespace

QString SocialPost::compose(const Notice &notice, const RenderContext &context,
                            const QString &channel, const QString &language)
{
    Q_UNUSED(context)
    const QString own = override(notice, channel, language);
    return published(
        own.isEmpty() ? prefix(notice, language) + body(notice, language) + suffix(notice) : own,
        channel, language);
}

QString SocialPost::shortened(const Notice &notice, const RenderContext &context,
                              const QString &channel, const QString &language)
{
    Q_UNUSED(context)
    const QStringList places = {notice.site().name, notice.site().commune};
    const QString own = override(notice, channel, language);
    if (own.isEmpty())
        return PostShortener::shorten(
            {prefix(notice, language), body(notice, language), suffix(notice)}, places, channel,
            language);
    // An override keeps its own opening and the notice's link when it ends with it.
    const qsizetype opening = openingEnd(own, notice);
    QString text = own.mid(opening);
    QString closing;
    const QString link = suffix(notice);
    if (!link.isEmpty() && text.endsWith(link)) {
        closing = link;
        text.chop(link.size());
    }
    return PostShortener::shorten({own.left(opening), text.simplified(), closing}, places, channel,
                                  language);
}

QString SocialPost::published(const QString &post, const QString &channel, const QString &language)
{
    if (channel == QLatin1String("sms"))
        return SmsCounter::fewestParts(post);
    const bool social = channel == QLatin1String("x") || channel == QLatin1String("mastodon");
    return social && isFrench(language) ? FrenchTypography::apply(post) : post;
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
