#include "NoticeValidator.h"

#include "IsoTime.h"
#include "TerritoryCatalog.h"
#include "Vocabulary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>
#include <QUrl>
#include <QUuid>

namespace {

using Severity = ValidationIssue::Severity;

// Collects issues while walking the JSON, so each check is one line.
class Checker
{
public:
    explicit Checker(ValidationIssues &issues)
        : m_issues(issues)
    {}

    void error(const QString &path, const char *code, const QStringList &args = {})
    {
        m_issues.append({path, QLatin1String(code), args, Severity::Error});
    }
    void warning(const QString &path, const char *code, const QStringList &args = {})
    {
        m_issues.append({path, QLatin1String(code), args, Severity::Warning});
    }

    // A string field: required or optional; a missing one is reported once, a wrong type once.
    std::optional<QString> string(const QJsonObject &o, const QString &key, const QString &path,
                                  bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty())) {
            if (required)
                error(path, "required");
            return std::nullopt;
        }
        if (!v.isString()) {
            error(path, "wrong_type", {QCoreApplication::translate("Validation", "a text")});
            return std::nullopt;
        }
        if (!controlFree(v.toString(), path, false))
            return std::nullopt;
        return v.toString();
    }

    // Only the notice's texts are multi-line; every other field is one line.
    bool controlFree(const QString &value, const QString &path, bool multiLine)
    {
        const auto issue = NoticeValidator::controlCharacter(value, path, multiLine);
        if (issue)
            m_issues.append(*issue);
        return !issue;
    }

    void oneOf(const std::optional<QString> &value, const QStringList &allowed, const QString &path,
               const char *code)
    {
        if (value && !allowed.contains(*value))
            error(path, code, {*value, allowed.join(QLatin1String(", "))});
    }

    std::optional<QDateTime> time(const QJsonObject &o, const QString &key, bool required)
    {
        const auto text = string(o, key, key, required);
        if (!text)
            return std::nullopt;
        const auto t = IsoTime::parse(*text);
        if (!t)
            error(key, "invalid_time", {*text});
        return t;
    }

    void text(const QJsonObject &o, const QString &key, const QString &path, bool required)
    {
        const QJsonValue v = o.value(key);
        if (!v.isUndefined() && !v.isNull() && !v.isString()) {
            error(path, "wrong_type", {QCoreApplication::translate("Validation", "a text")});
            return;
        }
        const QString value = v.toString();
        const QString trimmed = value.trimmed();
        if (trimmed.isEmpty()) {
            if (required)
                error(path, v.isString() ? "text_empty" : "required");
            return;
        }
        const qsizetype length = trimmed.toUcs4().size();
        if (length > NoticeValidator::kMaxTextLength)
            error(path, "text_too_long",
                  {QString::number(length), QString::number(NoticeValidator::kMaxTextLength)});
        controlFree(value, path, true);
    }

    void number(const QJsonObject &o, const QString &key, const QString &path, double min,
                double max)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isDouble()) {
            error(path, "wrong_type", {QCoreApplication::translate("Validation", "a number")});
            return;
        }
        if (v.toDouble() < min || v.toDouble() > max)
            error(path, "out_of_range",
                  {QString::number(v.toDouble()), QString::number(min), QString::number(max)});
    }

    QJsonObject object(const QJsonObject &o, const QString &key, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isObject())
            return v.toObject();
        if (!v.isUndefined() && !v.isNull())
            error(key, "wrong_type", {QCoreApplication::translate("Validation", "an object")});
        else if (required)
            error(key, "required");
        return {};
    }

private:
    ValidationIssues &m_issues;
};

} // namespace

std::optional<ValidationIssue>
NoticeValidator::controlCharacter(const QString &value, const QString &path, bool multiLine)
{
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (multiLine && (c == QLatin1Char('\n') || c == QLatin1Char('\t')))
            continue;
        if (c.category() == QChar::Other_Control)
            return ValidationIssue{
                path,
                QStringLiteral("control_character"),
                {QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper(),
                 QString::number(i + 1)},
                Severity::Error};
    }
    return std::nullopt;
}

NoticeValidator::NoticeValidator(const TerritoryCatalog &territories, const QDateTime &now)
    : m_territories(territories)
    , m_now(now)
{}

ValidationIssues NoticeValidator::validate(const QJsonObject &n) const
{
    ValidationIssues issues;
    Checker check(issues);
    const auto s = [](const char *key) { return QString::fromLatin1(key); };

    if (const auto id = check.string(n, s("id"), s("id"), true)) {
        const QUuid uuid = QUuid::fromString(*id);
        if (uuid.isNull() || id->size() != 36)
            check.error(s("id"), "invalid_uuid", {*id});
    }

    QStringList territoryIds;
    for (const Territory &t : m_territories.all())
        territoryIds.append(t.id);
    check.oneOf(check.string(n, s("territory"), s("territory"), true), territoryIds, s("territory"),
                "unknown_territory");
    check.string(n, s("company"), s("company"), true);

    if (n.value(s("site")).isObject()) {
        const QJsonObject site = n.value(s("site")).toObject();
        check.string(site, s("id"), s("site.id"), false);
        check.string(site, s("name"), s("site.name"), true);
        check.string(site, s("commune"), s("site.commune"), true);
        check.number(site, s("lat"), s("site.lat"), -90, 90);
        check.number(site, s("lon"), s("site.lon"), -180, 180);
    } else {
        check.object(n, s("site"), true);
    }

    check.oneOf(check.string(n, s("type"), s("type"), true), Vocabulary::types(), s("type"),
                "unknown_type");
    check.oneOf(check.string(n, s("status"), s("status"), true), Vocabulary::statuses(),
                s("status"), "unknown_status");

    const auto start = check.time(n, s("start"), true);
    const auto end = check.time(n, s("end"), false);
    if (start && end && *end <= *start)
        check.error(s("end"), "end_before_start");

    const QJsonValue effects = n.value(s("effects"));
    if (effects.isArray()) {
        QSet<QString> seen;
        const QJsonArray list = effects.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString path = QStringLiteral("effects[%1]").arg(i);
            if (!list.at(i).isString()) {
                check.error(path, "wrong_type",
                            {QCoreApplication::translate("Validation", "a text")});
                continue;
            }
            const QString effect = list.at(i).toString();
            if (!check.controlFree(effect, path, false))
                continue;
            if (!Vocabulary::effects().contains(effect))
                check.oneOf(effect, Vocabulary::effects(), path, "unknown_effect");
            else if (seen.contains(effect))
                check.error(path, "duplicate_effect", {effect});
            seen.insert(effect);
        }
    } else if (!effects.isUndefined() && !effects.isNull()) {
        check.error(s("effects"), "wrong_type",
                    {QCoreApplication::translate("Validation", "a list")});
    }

    const QJsonValue intermittent = n.value(s("intermittent"));
    if (!intermittent.isUndefined() && !intermittent.isNull() && !intermittent.isBool())
        check.error(s("intermittent"), "wrong_type",
                    {QCoreApplication::translate("Validation", "true or false")});

    const QJsonValue textValue = n.value(s("text"));
    if (textValue.isUndefined() || textValue.isNull()) {
        check.error(s("text.fr"), "required");
    } else if (!textValue.isObject()) {
        check.error(s("text"), "wrong_type",
                    {QCoreApplication::translate("Validation", "an object")});
    } else {
        const QJsonObject text = textValue.toObject();
        for (const QString &lang : Vocabulary::languages())
            check.text(text, lang, QLatin1String("text.") + lang, lang == QLatin1String("fr"));
        if (text.value(s("en")).toString().trimmed().isEmpty())
            check.warning(s("text.en"), "no_english_text");
    }

    // A channel's text is one string (every language it serves) or, since API 1.2.0, an object
    // of texts by language.
    const QJsonObject overrides = check.object(n, s("overrides"), false);
    for (const QString &channel : Vocabulary::channels()) {
        const QString path = QLatin1String("overrides.") + channel;
        const QJsonValue value = overrides.value(channel);
        if (!value.isObject()) {
            check.text(overrides, channel, path, false);
            continue;
        }
        const QJsonObject byLanguage = value.toObject();
        for (auto it = byLanguage.constBegin(); it != byLanguage.constEnd(); ++it) {
            if (Vocabulary::languages().contains(it.key()))
                check.text(byLanguage, it.key(), path + QLatin1Char('.') + it.key(), false);
            else
                check.oneOf(it.key(), Vocabulary::languages(), path + QLatin1Char('.') + it.key(),
                            "unknown_language");
        }
    }
    if (const auto link = check.string(n, s("link"), s("link"), false)) {
        const QUrl url(*link, QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty())
            check.error(s("link"), "link_not_https");
        if (link->size() > kMaxLinkLength)
            check.error(s("link"), "link_too_long",
                        {QString::number(link->size()), QString::number(kMaxLinkLength)});
    }
    check.string(n, s("contact"), s("contact"), false);

    if (start && m_now.isValid()) {
        if (m_now.secsTo(*start) > qint64(kFarAheadDays) * 24 * 3600)
            check.warning(s("start"), "start_far_ahead", {QString::number(kFarAheadDays)});
        if (end && *end < m_now)
            check.warning(s("end"), "period_over");
        if (end && start->secsTo(*end) > qint64(kLongPeriodDays) * 24 * 3600)
            check.warning(s("end"), "period_too_long", {QString::number(kLongPeriodDays)});
    }
    return issues;
}
