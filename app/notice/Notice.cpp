#include "Notice.h"

#include "IsoTime.h"
#include "Vocabulary.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTimeZone>

namespace {

const QLatin1String kSite("site");
const QLatin1String kText("text");
const QLatin1String kOverrides("overrides");
// What each channel text was written on: see Notice::overrideStale().
const QLatin1String kOverrideBasis("overrideBasis");

const QLatin1String kPeriodPhrases("periodPhrases");

void setOptionalNumber(QJsonObject &o, QLatin1String key, const std::optional<double> &value)
{
    if (value)
        o.insert(key, *value);
    else
        o.remove(key);
}

std::optional<double> optionalNumber(const QJsonObject &o, QLatin1String key)
{
    const QJsonValue v = o.value(key);
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

} // namespace

Notice Notice::create()
{
    Notice notice;
    notice.setId(QUuid::createUuid().toString(QUuid::WithoutBraces));
    notice.setStatus(QStringLiteral("actual"));
    notice.setEnd(std::nullopt);
    notice.setIntermittent(false);
    notice.setEffects({});
    return notice;
}

QString Notice::string(QLatin1String key) const
{
    return m_json.value(key).toString();
}

void Notice::setString(QLatin1String key, const QString &value)
{
    m_json.insert(key, value);
}

void Notice::setInObject(QLatin1String object, const QString &key, const QString &value)
{
    const QJsonValue current = m_json.value(object);
    QJsonObject o = current.toObject();
    // The composer sets every text at each keystroke; changing one copies the whole object.
    if (current.isObject() && (value.isEmpty() ? !o.contains(key) : o.value(key) == value))
        return;
    if (value.isEmpty())
        o.remove(key);
    else
        o.insert(key, value);
    m_json.insert(object, o);
}

QString Notice::id() const
{
    return string(QLatin1String("id"));
}
void Notice::setId(const QString &id)
{
    setString(QLatin1String("id"), id);
}
QString Notice::territory() const
{
    return string(QLatin1String("territory"));
}
void Notice::setTerritory(const QString &t)
{
    setString(QLatin1String("territory"), t);
}
QString Notice::company() const
{
    return string(QLatin1String("company"));
}
void Notice::setCompany(const QString &c)
{
    setString(QLatin1String("company"), c);
}
QString Notice::type() const
{
    return string(QLatin1String("type"));
}
void Notice::setType(const QString &type)
{
    setString(QLatin1String("type"), type);
}
QString Notice::status() const
{
    return string(QLatin1String("status"));
}
void Notice::setStatus(const QString &s)
{
    setString(QLatin1String("status"), s);
}
QString Notice::link() const
{
    return string(QLatin1String("link"));
}
void Notice::setLink(const QString &link)
{
    setString(QLatin1String("link"), link);
}
QString Notice::contact() const
{
    return string(QLatin1String("contact"));
}
void Notice::setContact(const QString &c)
{
    setString(QLatin1String("contact"), c);
}

Site Notice::site() const
{
    const QJsonObject o = m_json.value(kSite).toObject();
    return {o.value(QLatin1String("id")).toString(), o.value(QLatin1String("name")).toString(),
            o.value(QLatin1String("commune")).toString(), optionalNumber(o, QLatin1String("lat")),
            optionalNumber(o, QLatin1String("lon"))};
}

void Notice::setSite(const Site &site)
{
    // Edits the known keys in place, so unknown keys of the site object survive.
    QJsonObject o = m_json.value(kSite).toObject();
    o.insert(QLatin1String("id"), site.id);
    o.insert(QLatin1String("name"), site.name);
    o.insert(QLatin1String("commune"), site.commune);
    setOptionalNumber(o, QLatin1String("lat"), site.lat);
    setOptionalNumber(o, QLatin1String("lon"), site.lon);
    m_json.insert(kSite, o);
}

QDateTime Notice::start() const
{
    return IsoTime::parse(string(QLatin1String("start"))).value_or(QDateTime());
}

void Notice::setStart(const QDateTime &start)
{
    setString(QLatin1String("start"), IsoTime::format(start, start.timeZone()));
}

std::optional<QDateTime> Notice::end() const
{
    const QJsonValue v = m_json.value(QLatin1String("end"));
    if (v.isNull() || v.isUndefined())
        return std::nullopt;
    return IsoTime::parse(v.toString()).value_or(QDateTime());
}

void Notice::setEnd(const std::optional<QDateTime> &end)
{
    if (end)
        setString(QLatin1String("end"), IsoTime::format(*end, end->timeZone()));
    else
        m_json.insert(QLatin1String("end"), QJsonValue::Null);
}

bool Notice::intermittent() const
{
    return m_json.value(QLatin1String("intermittent")).toBool();
}

void Notice::setIntermittent(bool intermittent)
{
    m_json.insert(QLatin1String("intermittent"), intermittent);
}

QStringList Notice::effects() const
{
    QStringList result;
    const QJsonArray list = m_json.value(QLatin1String("effects")).toArray();
    for (const QJsonValue &v : list)
        result.append(v.toString());
    return result;
}

void Notice::setEffects(const QStringList &effects)
{
    m_json.insert(QLatin1String("effects"), QJsonArray::fromStringList(effects));
}

QString Notice::text(const QString &language) const
{
    return m_json.value(kText).toObject().value(language).toString();
}

void Notice::setText(const QString &language, const QString &text)
{
    setInObject(kText, language, text);
}

QStringList Notice::singleTextLanguages(const QString &channel)
{
    if (channel == QLatin1String("hotline"))
        return {QStringLiteral("fr")};
    return Vocabulary::languages();
}

QString Notice::override(const QString &channel, const QString &language) const
{
    const QJsonValue value = m_json.value(kOverrides).toObject().value(channel);
    if (value.isObject())
        return value.toObject().value(language).toString();
    return singleTextLanguages(channel).contains(language) ? value.toString() : QString();
}

void Notice::setOverride(const QString &channel, const QString &language, const QString &text)
{
    // Unchanged: keep what it was based on, since the composer sets every field at each keystroke.
    if (override(channel, language) == text)
        return;
    QHash<QString, QString> texts;
    for (const QString &each : Vocabulary::languages())
        texts.insert(each, each == language ? text : override(channel, each));
    writeOverrides(channel, texts);
    recordBasis(channel, language);
}

void Notice::setOverride(const QString &channel, const QString &text)
{
    QHash<QString, QString> texts;
    for (const QString &language : singleTextLanguages(channel))
        texts.insert(language, text);
    writeOverrides(channel, texts);
    for (const QString &language : Vocabulary::languages())
        recordBasis(channel, language);
}

void Notice::writeOverrides(const QString &channel, const QHash<QString, QString> &texts)
{
    QJsonObject byLanguage;
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        if (!it.value().isEmpty())
            byLanguage.insert(it.key(), it.value());
    }
    QJsonObject overrides = m_json.value(kOverrides).toObject();
    // The old shape when it says exactly this: one text for exactly the languages it serves.
    const QStringList served = singleTextLanguages(channel);
    const QString first = byLanguage.value(served.constFirst()).toString();
    bool single = byLanguage.size() == served.size();
    for (const QString &language : served)
        single = single && byLanguage.value(language).toString() == first;
    if (byLanguage.isEmpty())
        overrides.remove(channel);
    else if (single)
        overrides.insert(channel, first);
    else
        overrides.insert(channel, byLanguage);
    if (overrides.isEmpty())
        m_json.remove(kOverrides);
    else
        m_json.insert(kOverrides, overrides);
}

bool Notice::needsLanguageOverrides() const
{
    const QJsonObject overrides = m_json.value(kOverrides).toObject();
    for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it) {
        if (it.value().isObject())
            return true;
    }
    return false;
}

namespace {

// A short fingerprint of a main text: enough to tell it changed, without copying it (up to
// 2,000 characters) once per channel and language into every notice sent.
QString basisOf(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.trimmed().toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(16));
}

} // namespace

void Notice::recordBasis(const QString &channel, const QString &language)
{
    QJsonObject all = m_json.value(kOverrideBasis).toObject();
    QJsonObject ofChannel = all.value(channel).toObject();
    if (override(channel, language).isEmpty())
        ofChannel.remove(language);
    else
        ofChannel.insert(language, basisOf(text(language)));
    if (ofChannel.isEmpty())
        all.remove(channel);
    else
        all.insert(channel, ofChannel);
    if (all.isEmpty())
        m_json.remove(kOverrideBasis);
    else
        m_json.insert(kOverrideBasis, all);
}

bool Notice::overrideStale(const QString &channel, const QString &language) const
{
    const QJsonValue basis =
        m_json.value(kOverrideBasis).toObject().value(channel).toObject().value(language);
    return basis.isString() && !override(channel, language).isEmpty() &&
           basis.toString() != basisOf(text(language));
}

void Notice::confirmOverride(const QString &channel, const QString &language)
{
    recordBasis(channel, language);
}

QString Notice::linkedPeriodPhrase(const QString &language) const
{
    return m_json.value(kPeriodPhrases).toObject().value(language).toString();
}

void Notice::setLinkedPeriodPhrase(const QString &language, const QString &phrase)
{
    if (phrase.isEmpty() && !m_json.contains(kPeriodPhrases))
        return;
    setInObject(kPeriodPhrases, language, phrase);
    if (m_json.value(kPeriodPhrases).toObject().isEmpty())
        m_json.remove(kPeriodPhrases);
}
