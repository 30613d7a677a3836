#include "NoticeTemplate.h"

#include "PeriodText.h"
#include "Vocabulary.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

const NoticeTemplate &NoticeTemplate::builtIn()
{
    static const NoticeTemplate instance = [] {
        QFile file(QStringLiteral(":/allo/templates.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The built-in templates are missing from the resources");
        return NoticeTemplate(QJsonDocument::fromJson(file.readAll()).object());
    }();
    return instance;
}

NoticeTemplate::NoticeTemplate(const QJsonObject &data)
    : m_data(data)
{}

bool NoticeTemplate::hasType(const QString &type) const
{
    return m_data.value(QLatin1String("types")).toObject().contains(type);
}

QStringList NoticeTemplate::effects(const QString &type) const
{
    QStringList result;
    const QJsonArray list = m_data.value(QLatin1String("types"))
                                .toObject()
                                .value(type)
                                .toObject()
                                .value(QLatin1String("effects"))
                                .toArray();
    for (const QJsonValue &v : list)
        result.append(v.toString());
    return result;
}

QString NoticeTemplate::effectsSentence(const Notice &notice, const QString &language) const
{
    const QJsonObject phrases =
        m_data.value(QLatin1String("phrases")).toObject().value(language).toObject();
    const QJsonObject names = phrases.value(QLatin1String("effects")).toObject();
    QStringList parts;
    for (const QString &effect : notice.effects()) {
        if (names.contains(effect))
            parts.append(names.value(effect).toString());
    }
    if (parts.isEmpty())
        return {};
    QString list = parts.takeLast();
    if (!parts.isEmpty())
        list =
            parts.join(QLatin1String(", ")) + phrases.value(QLatin1String("and")).toString() + list;
    const char *key = notice.intermittent() ? "perceiveIntermittent" : "perceive";
    return phrases.value(QLatin1String(key)).toString().arg(list);
}

QString NoticeTemplate::text(const Notice &notice, const QString &language,
                             const QTimeZone &zone) const
{
    const QString pattern = m_data.value(QLatin1String("types"))
                                .toObject()
                                .value(notice.type())
                                .toObject()
                                .value(language)
                                .toString();
    if (pattern.isEmpty() || !notice.start().isValid())
        return {};
    const QString period = PeriodText::written(notice.start(), notice.end(), zone, language);
    // Two spaces where a part is empty would show; fold them.
    return pattern.arg(period, effectsSentence(notice, language)).simplified();
}

void NoticeTemplate::apply(Notice &notice, const QString &type, const QTimeZone &zone) const
{
    notice.setType(type);
    notice.setEffects(effects(type));
    refreshText(notice, zone);
}

void NoticeTemplate::refreshText(Notice &notice, const QTimeZone &zone) const
{
    for (const QString &language : Vocabulary::languages()) {
        const QString written = text(notice, language, zone);
        notice.setText(language, written);
        notice.setLinkedPeriodPhrase(
            language, written.isEmpty()
                          ? QString()
                          : PeriodText::written(notice.start(), notice.end(), zone, language));
    }
}

void NoticeTemplate::followPeriod(Notice &notice, const QTimeZone &zone)
{
    if (!notice.start().isValid() || (notice.end() && !notice.end()->isValid()))
        return;
    for (const QString &language : Vocabulary::languages()) {
        const QString linked = notice.linkedPeriodPhrase(language);
        if (linked.isEmpty())
            continue;
        QString text = notice.text(language);
        if (!text.contains(linked)) {
            notice.setLinkedPeriodPhrase(language, {});
            continue;
        }
        const QString now = PeriodText::written(notice.start(), notice.end(), zone, language);
        notice.setText(language, text.replace(linked, now));
        notice.setLinkedPeriodPhrase(language, now);
    }
}
