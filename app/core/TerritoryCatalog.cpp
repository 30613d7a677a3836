#include "TerritoryCatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

const TerritoryCatalog &TerritoryCatalog::builtIn()
{
    static const TerritoryCatalog catalog = [] {
        QFile file(QStringLiteral(":/allo/territories.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The built-in territory list is missing from the resources");
        return fromJson(file.readAll());
    }();
    return catalog;
}

TerritoryCatalog TerritoryCatalog::fromJson(const QByteArray &json)
{
    TerritoryCatalog catalog;
    const QJsonArray list = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &value : list) {
        const QJsonObject o = value.toObject();
        Territory t;
        t.id = o.value(QLatin1String("id")).toString();
        t.name = o.value(QLatin1String("name")).toString();
        t.hotline = o.value(QLatin1String("hotline")).toString();
        t.xAccount = o.value(QLatin1String("x")).toString();
        t.mastodonAccount = o.value(QLatin1String("mastodon")).toString();
        t.webSection = o.value(QLatin1String("web")).toString();
        t.timeZone = QTimeZone(o.value(QLatin1String("timezone")).toString().toUtf8());
        t.smsMaxParts = o.value(QLatin1String("smsMaxParts")).toInt(0);
        t.hotlineWordsPerMinute = o.value(QLatin1String("hotlineWordsPerMinute")).toDouble(150);
        if (o.contains(QLatin1String("publishedAtOnce"))) {
            t.publishedAtOnce.clear();
            for (const QJsonValue &type : o.value(QLatin1String("publishedAtOnce")).toArray())
                t.publishedAtOnce.append(type.toString());
        }
        if (t.isValid())
            catalog.m_territories.append(t);
    }
    return catalog;
}

Territory TerritoryCatalog::find(const QString &id) const
{
    for (const Territory &t : m_territories) {
        if (t.id == id)
            return t;
    }
    return {};
}
