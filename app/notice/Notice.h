#pragma once

#include "Site.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <QUuid>

#include <optional>

// A notice as the console and the platform exchange it. It keeps the whole JSON object, so
// fields this version does not know survive a load and a save unchanged; the accessors read and
// write the known ones.
class Notice
{
public:
    Notice() = default;
    explicit Notice(const QJsonObject &json)
        : m_json(json)
    {}
    // A new draft: a fresh UUID v4, status actual, no end.
    static Notice create();

    const QJsonObject &toJson() const { return m_json; }
    bool operator==(const Notice &other) const { return m_json == other.m_json; }

    QString id() const;
    void setId(const QString &id);
    QString territory() const;
    void setTerritory(const QString &territory);
    QString company() const;
    void setCompany(const QString &company);
    Site site() const;
    void setSite(const Site &site);
    QString type() const;
    void setType(const QString &type);
    QString status() const;
    void setStatus(const QString &status);

    // Invalid when absent or malformed (the validator says which).
    QDateTime start() const;
    void setStart(const QDateTime &start);
    // No value means "until further notice" (end: null).
    std::optional<QDateTime> end() const;
    void setEnd(const std::optional<QDateTime> &end);

    bool intermittent() const;
    void setIntermittent(bool intermittent);
    QStringList effects() const;
    void setEffects(const QStringList &effects);

    QString text(const QString &language) const;
    void setText(const QString &language, const QString &text);
    // A channel's own text (x, mastodon, sms, hotline) in one language, "" for none. Two shapes
    // are read: {"x": "..."} (before API 1.2.0: one text for every language it serves, see
    // singleTextLanguages()) and {"x": {"fr": "...", "en": "..."}}.
    QString override(const QString &channel, const QString &language) const;
    // An empty text removes that language's. The one-string shape is written whenever it says
    // the same (one text for exactly the languages it serves), so a reader older than 1.2.0
    // meets the per-language shape only when the languages really differ. A changed text also
    // records which main text it was written on (see overrideStale()).
    void setOverride(const QString &channel, const QString &language, const QString &text);
    // One text for every language a single text serves (the shape before 1.2.0).
    void setOverride(const QString &channel, const QString &text);
    // The languages a single-string override serves: all of them for x, mastodon and sms; only
    // French for the hotline, whose English script kept the notice's English text.
    static QStringList singleTextLanguages(const QString &channel);
    // Whether some channel's texts can only be said in the per-language shape (API 1.2.0).
    bool needsLanguageOverrides() const;
    // The channel's text in that language was written on a main text (text(language)) that has
    // changed since. Unknown for texts written before this was recorded: not stale.
    bool overrideStale(const QString &channel, const QString &language) const;
    // The channel's text was checked against today's main text: no longer stale.
    void confirmOverride(const QString &channel, const QString &language);

    // The period phrase the template wrote in that language's text, which follows the period
    // until the user changes it (NoticeTemplate::followPeriod). Kept in the notice as
    // "periodPhrases", a field the platform keeps and ignores, so it survives a save and a
    // restart; an empty phrase removes the link.
    QString linkedPeriodPhrase(const QString &language) const;
    void setLinkedPeriodPhrase(const QString &language, const QString &phrase);

    QString link() const;
    void setLink(const QString &link);
    QString contact() const;
    void setContact(const QString &contact);

private:
    QString string(QLatin1String key) const;
    void setString(QLatin1String key, const QString &value);
    void setInObject(QLatin1String object, const QString &key, const QString &value);
    void writeOverrides(const QString &channel, const QHash<QString, QString> &texts);
    void recordBasis(const QString &channel, const QString &language);

    QJsonObject m_json;
};
