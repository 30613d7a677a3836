#include "PublicationRules.h"

#include "ChannelRenderer.h"
#include "NoticeValidator.h"
#include "PeriodConsistency.h"
#include "SmsCounter.h"
#include "TerritoryCatalog.h"
#include "Vocabulary.h"

namespace {

QString number(double value)
{
    return QString::number(qRound(value));
}

ValidationIssue problem(const ChannelOutput &out, const QString &channel, const QString &language,
                        const QString &code, const QStringList &args,
                        ValidationIssue::Severity severity)
{
    const QString root =
        out.fromOverride ? QStringLiteral("overrides.") : QStringLiteral("channels.");
    return {root + channel + QLatin1Char('.') + language, code, args, severity};
}

// What one channel's text in one language breaks, if anything.
std::optional<ValidationIssue> judge(const ChannelOutput &out, const QString &channel,
                                     const QString &language, const RenderContext &context)
{
    using Severity = ValidationIssue::Severity;
    if (!out.ok() || !out.overLimit)
        return std::nullopt;
    const QStringList measure = {number(out.measure), number(out.limit)};
    if (channel == QLatin1String("x") || channel == QLatin1String("mastodon")) {
        // The network itself would refuse the post: nothing may promise to publish it.
        if (out.fromOverride)
            return problem(out, channel, language, QStringLiteral("override_over_limit"),
                           measure + QStringList{channel == QLatin1String("x")
                                                     ? QStringLiteral("X")
                                                     : QStringLiteral("Mastodon")},
                           Severity::Error);
        return problem(out, channel, language, channel + QStringLiteral("_over_limit"), measure,
                       Severity::Error);
    }
    if (channel == QLatin1String("sms")) {
        // Operators deliver long SMS; it costs more and reads worse, so it is only a warning.
        const QString encoding = SmsCounter::encodingName(SmsCounter::count(out.text).encoding);
        return problem(out, channel, language, QStringLiteral("sms_too_many_parts"),
                       measure + QStringList{encoding}, Severity::Warning);
    }
    // The hotline plays a long message to the end; callers may hang up first.
    return problem(out, channel, language, QStringLiteral("hotline_too_long"),
                   measure + QStringList{number(context.wordsPerMinute)}, Severity::Warning);
}

// What a channel's own text says against the notice: English left in French, or written on a
// main text that has changed since (Notice::overrideStale).
std::optional<ValidationIssue> compareOverride(const Notice &notice, const QString &channel,
                                               const QString &language)
{
    const QString own = notice.override(channel, language).trimmed();
    if (own.isEmpty())
        return std::nullopt;
    const QString path = QStringLiteral("overrides.") + channel + QLatin1Char('.') + language;
    if (language == QLatin1String("en") &&
        own == notice.override(channel, QStringLiteral("fr")).trimmed())
        return ValidationIssue{path,
                               QStringLiteral("override_same_as_other_language"),
                               {},
                               ValidationIssue::Severity::Warning};
    if (notice.overrideStale(channel, language))
        return ValidationIssue{
            path, QStringLiteral("override_stale"), {}, ValidationIssue::Severity::Warning};
    return std::nullopt;
}

} // namespace

bool PublicationRules::isLength(const ValidationIssue &issue)
{
    static const QStringList codes = {
        QStringLiteral("x_over_limit"), QStringLiteral("mastodon_over_limit"),
        QStringLiteral("override_over_limit"), QStringLiteral("sms_too_many_parts"),
        QStringLiteral("hotline_too_long")};
    return codes.contains(issue.code);
}

const QStringList &PublicationRules::channels()
{
    static const QStringList all = {QStringLiteral("x"), QStringLiteral("mastodon"),
                                    QStringLiteral("sms"), QStringLiteral("hotline")};
    return all;
}

ValidationIssues PublicationRules::check(const Notice &notice, const RenderContext &context)
{
    ValidationIssues issues;
    for (const QString &language : Vocabulary::languages()) {
        // A language without a text is not published; the validator reports a missing French.
        if (notice.text(language).trimmed().isEmpty())
            continue;
        for (const QString &channel : channels()) {
            const ChannelOutput out = ChannelRenderer::render(notice, context, channel, language);
            if (const auto issue = judge(out, channel, language, context))
                issues.append(*issue);
            if (const auto issue = compareOverride(notice, channel, language))
                issues.append(*issue);
        }
    }
    return issues;
}

ValidationIssues PublicationRules::checkAll(const Notice &notice, const RenderContext &context)
{
    ValidationIssues issues =
        NoticeValidator(TerritoryCatalog::builtIn(), context.sentAt).validate(notice.toJson());
    issues.append(check(notice, context));
    issues.append(PeriodConsistency::check(notice, context.territory.timeZone));
    return issues;
}

ValidationIssues PublicationRules::blocking(const Notice &notice, const QDateTime &queuedAt)
{
    ValidationIssues errors = check(notice, ChannelRenderer::context(notice, queuedAt));
    errors.removeIf([](const ValidationIssue &issue) { return !issue.isError(); });
    return errors;
}

QString PublicationRules::channelOf(const ValidationIssue &issue)
{
    const QStringList parts = issue.path.split(QLatin1Char('.'));
    if (parts.size() != 3 ||
        (parts.at(0) != QLatin1String("channels") && parts.at(0) != QLatin1String("overrides")))
        return {};
    return parts.at(1);
}

QString PublicationRules::languageOf(const ValidationIssue &issue)
{
    return channelOf(issue).isEmpty() ? QString() : issue.path.section(QLatin1Char('.'), 2);
}
