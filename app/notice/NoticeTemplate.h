#pragma once

#include "Notice.h"

#include <QJsonObject>
#include <QTimeZone>

// The starting text for each type, in French and English, that reads naturally once the site,
// the period and the effects are chosen. Kept as data in resources/templates.json.
class NoticeTemplate
{
public:
    static const NoticeTemplate &builtIn();
    explicit NoticeTemplate(const QJsonObject &data);

    bool hasType(const QString &type) const;
    QStringList effects(const QString &type) const;
    // The text for the notice's type, period and effects in that language ("" if none).
    QString text(const Notice &notice, const QString &language, const QTimeZone &zone) const;
    // Sets the type, its usual effects and the text in every language.
    void apply(Notice &notice, const QString &type, const QTimeZone &zone) const;
    // Fills the text again from the notice's current period and effects, and links the period
    // phrase it wrote in each language to the period.
    void refreshText(Notice &notice, const QTimeZone &zone) const;
    // After a change of period: each linked phrase still in its text says the new period; one
    // the user has changed is no longer linked (Notice::linkedPeriodPhrase).
    static void followPeriod(Notice &notice, const QTimeZone &zone);

private:
    QString effectsSentence(const Notice &notice, const QString &language) const;

    QJsonObject m_data;
};
