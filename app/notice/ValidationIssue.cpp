#include "ValidationIssue.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

struct Sentence
{
    const char *code;
    const char *text;
};

// %1, %2… are the issue's args. Every code the validator and the publication rules emit has a
// sentence here.
constexpr Sentence kSentences[] = {
    {"required", QT_TRANSLATE_NOOP("Validation", "This field is required.")},
    {"wrong_type", QT_TRANSLATE_NOOP("Validation", "Expected %1 here.")},
    {"invalid_uuid",
     QT_TRANSLATE_NOOP("Validation", "\"%1\" is not a UUID: the console makes one for each new "
                                     "notice; keep the one it made.")},
    {"unknown_territory",
     QT_TRANSLATE_NOOP("Validation", "Unknown territory \"%1\": choose one of %2.")},
    {"unknown_type", QT_TRANSLATE_NOOP("Validation", "Unknown type \"%1\": choose one of %2.")},
    {"unknown_status", QT_TRANSLATE_NOOP("Validation", "Unknown status \"%1\": choose one of %2.")},
    {"unknown_effect", QT_TRANSLATE_NOOP("Validation", "Unknown effect \"%1\": choose among %2.")},
    {"unknown_language",
     QT_TRANSLATE_NOOP("Validation", "Unknown language \"%1\": choose one of %2.")},
    {"duplicate_effect",
     QT_TRANSLATE_NOOP("Validation", "The effect \"%1\" is listed twice: remove one.")},
    {"invalid_time",
     QT_TRANSLATE_NOOP("Validation", "\"%1\" is not a time: write it as ISO 8601 with an offset, "
                                     "for example 2026-03-27T07:00:00+01:00.")},
    {"end_before_start", QT_TRANSLATE_NOOP("Validation", "The end must come after the start.")},
    {"text_empty", QT_TRANSLATE_NOOP("Validation", "The text is empty: write what will happen.")},
    {"text_too_long",
     QT_TRANSLATE_NOOP("Validation", "The text has %1 characters; the limit is %2. Shorten it.")},
    {"control_character",
     QT_TRANSLATE_NOOP("Validation", "The text contains an invisible control character (%1) at "
                                     "position %2: remove it.")},
    {"link_not_https", QT_TRANSLATE_NOOP("Validation", "The link must be an https:// address.")},
    {"link_too_long",
     QT_TRANSLATE_NOOP("Validation", "The link has %1 characters; the limit is %2.")},
    {"out_of_range",
     QT_TRANSLATE_NOOP("Validation", "%1 is out of range: it must be between %2 and %3.")},
    {"start_far_ahead",
     QT_TRANSLATE_NOOP("Validation", "The start is more than %1 days ahead: check the date.")},
    {"period_over",
     QT_TRANSLATE_NOOP("Validation", "The period is already over: check the dates.")},
    {"period_too_long",
     QT_TRANSLATE_NOOP("Validation", "The period lasts more than %1 days: check the end.")},
    // The publication rules' codes (app/channels/PublicationRules): the path names the channel
    // and the language.
    {"x_over_limit",
     QT_TRANSLATE_NOOP("Validation", "The X post weighs %1 characters; X takes %2 at most. Shorten "
                                     "the text, or write a shorter X post for this channel (the "
                                     "composer and allo-cli shorten offer one).")},
    {"mastodon_over_limit",
     QT_TRANSLATE_NOOP("Validation",
                       "The Mastodon post has %1 characters; Mastodon takes %2 at "
                       "most. Shorten the text, or write a shorter Mastodon post for "
                       "this channel (the composer and allo-cli shorten offer one).")},
    {"override_over_limit",
     QT_TRANSLATE_NOOP("Validation", "The text written for %3 has %1 characters; %3 takes %2 at "
                                     "most. Shorten it.")},
    {"sms_too_many_parts",
     QT_TRANSLATE_NOOP("Validation", "The SMS needs %1 parts (%3); this territory sends %2 at "
                                     "most without a warning. Shorten the text or write a "
                                     "shorter SMS.")},
    {"hotline_too_long",
     QT_TRANSLATE_NOOP("Validation", "The hotline script lasts about %1 s at the hotline's %3 "
                                     "words a minute; callers should not have to listen for more "
                                     "than %2 s. Shorten the text or write a shorter script.")},
    {"override_same_as_other_language",
     QT_TRANSLATE_NOOP("Validation",
                       "The English text written for this channel is the same as the French one: "
                       "English-speaking readers get French. Write it in English, or empty it to "
                       "use the notice's English text.")},
    {"override_stale",
     QT_TRANSLATE_NOOP("Validation", "This channel's text was written before the notice's text "
                                     "last changed: check that it still agrees, then edit it, or "
                                     "empty it to use the notice's text.")},

    {"period_text_mismatch",
     QT_TRANSLATE_NOOP("Validation", "\"%1\" no longer says the period, which is now \"%2\": "
                                     "rewrite the phrase (the composer's \"Rewrite the period in "
                                     "the texts\" or allo-cli validate --fix does it), or check "
                                     "the start and end.")},
    {"no_english_text",
     QT_TRANSLATE_NOOP("Validation", "There is no English text: English-speaking residents will "
                                     "only get the French.")},
};

} // namespace

QString ValidationIssue::message() const
{
    for (const Sentence &s : kSentences) {
        if (code == QLatin1String(s.code)) {
            const QString text = QCoreApplication::translate("Validation", s.text);
            // All at once, so that a "%1" inside a value is not substituted again.
            switch (args.size()) {
            case 0:
                return text;
            case 1:
                return text.arg(args.at(0));
            case 2:
                return text.arg(args.at(0), args.at(1));
            default:
                return text.arg(args.at(0), args.at(1), args.at(2));
            }
        }
    }
    return code;
}

QJsonObject ValidationIssue::toJson() const
{
    return {{QStringLiteral("path"), path},
            {QStringLiteral("code"), code},
            {QStringLiteral("severity"),
             severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning")},
            {QStringLiteral("args"), QJsonArray::fromStringList(args)},
            {QStringLiteral("message"), message()}};
}

bool hasErrors(const ValidationIssues &issues)
{
    return std::any_of(issues.begin(), issues.end(),
                       [](const ValidationIssue &i) { return i.isError(); });
}
