#include "PeriodConsistency.h"

#include "PeriodPhrase.h"
#include "Vocabulary.h"

namespace {

const QStringList &overrideChannels()
{
    static const QStringList all = {QStringLiteral("x"), QStringLiteral("mastodon"),
                                    QStringLiteral("sms"), QStringLiteral("hotline")};
    return all;
}

bool hasPeriod(const Notice &notice, const QTimeZone &zone)
{
    return zone.isValid() && notice.start().isValid() && (!notice.end() || notice.end()->isValid());
}

} // namespace

QString PeriodConsistency::channelText(const Notice &notice, const QString &channel,
                                       const QString &language)
{
    // An old single text is read in every language it serves (Notice::override); each phrase
    // is read in the language it is written in, so a French text holds no English phrase.
    return notice.override(channel, language);
}

void PeriodConsistency::setChannelText(Notice &notice, const QString &channel,
                                       const QString &language, const QString &text)
{
    notice.setOverride(channel, language, text);
}

ValidationIssues PeriodConsistency::check(const Notice &notice, const QTimeZone &zone)
{
    ValidationIssues issues;
    if (!hasPeriod(notice, zone))
        return issues;
    const QDateTime start = notice.start();
    const auto end = notice.end();
    const auto judge = [&](const QString &text, const QString &language, const QString &path) {
        for (const PeriodPhrase &phrase : PeriodPhrase::find(text, language)) {
            if (!phrase.agrees(start, end, zone))
                issues.append({path,
                               QStringLiteral("period_text_mismatch"),
                               {phrase.text, phrase.current(start, end, zone, language)},
                               ValidationIssue::Severity::Warning});
        }
    };
    for (const QString &language : Vocabulary::languages())
        judge(notice.text(language), language, QStringLiteral("text.") + language);
    for (const QString &channel : overrideChannels()) {
        for (const QString &language : Vocabulary::languages())
            judge(channelText(notice, channel, language), language,
                  QStringLiteral("overrides.%1.%2").arg(channel, language));
    }
    return issues;
}

Notice PeriodConsistency::rewrite(const Notice &notice, const QTimeZone &zone)
{
    Notice result = notice;
    if (!hasPeriod(notice, zone))
        return result;
    const QDateTime start = notice.start();
    const auto end = notice.end();
    for (const QString &language : Vocabulary::languages())
        result.setText(language,
                       PeriodPhrase::rewrite(result.text(language), language, start, end, zone));
    for (const QString &channel : overrideChannels()) {
        for (const QString &language : Vocabulary::languages()) {
            // Read again each time: one text may serve several languages.
            const QString text = channelText(result, channel, language);
            const QString fixed = PeriodPhrase::rewrite(text, language, start, end, zone);
            if (fixed != text)
                setChannelText(result, channel, language, fixed);
        }
    }
    return result;
}
