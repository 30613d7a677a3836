#include "AccountCache.h"

#include "Clock.h"
#include "Database.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

QString compact(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QString field(const QJsonObject &json, const char *key)
{
    return Database::text(json.value(QLatin1String(key)).toString());
}

} // namespace

AccountCache::AccountCache(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

bool AccountCache::replaceTerritories(const QList<QJsonObject> &territories)
{
    const QString now = m_clock.now().toUTC().toString(Qt::ISODateWithMs);
    return m_db.write(Database::Durability::Normal, [&] {
        if (!m_db.exec(QStringLiteral("DELETE FROM cached_territories")))
            return false;
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO cached_territories (id, name, json, fetched_at) "
                                 "VALUES (?, ?, ?, ?)"));
        for (const QJsonObject &t : territories) {
            q.bindValue(0, field(t, "id"));
            q.bindValue(1, field(t, "name"));
            q.bindValue(2, compact(t));
            q.bindValue(3, now);
            if (!m_db.exec(q))
                return false;
        }
        return true;
    });
}

bool AccountCache::replaceSites(const QList<QJsonObject> &sites)
{
    const QString now = m_clock.now().toUTC().toString(Qt::ISODateWithMs);
    return m_db.write(Database::Durability::Normal, [&] {
        if (!m_db.exec(QStringLiteral("DELETE FROM cached_sites")))
            return false;
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO cached_sites (id, territory, company, name, "
                                 "commune, json, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        for (const QJsonObject &s : sites) {
            q.bindValue(0, field(s, "id"));
            q.bindValue(1, field(s, "territory"));
            q.bindValue(2, field(s, "company"));
            q.bindValue(3, field(s, "name"));
            q.bindValue(4, field(s, "commune"));
            q.bindValue(5, compact(s));
            q.bindValue(6, now);
            if (!m_db.exec(q))
                return false;
        }
        return true;
    });
}

QList<QJsonObject> AccountCache::territories()
{
    QList<QJsonObject> result;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT json FROM cached_territories ORDER BY name"))) {
        m_db.fail(q.lastError());
        return result;
    }
    while (q.next())
        result.append(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
    return result;
}

QList<QJsonObject> AccountCache::sites(const QString &territory)
{
    QList<QJsonObject> result;
    QSqlQuery q(m_db.connection());
    q.prepare(
        territory.isEmpty()
            ? QStringLiteral("SELECT json FROM cached_sites ORDER BY name")
            : QStringLiteral("SELECT json FROM cached_sites WHERE territory = ? ORDER BY name"));
    if (!territory.isEmpty())
        q.bindValue(0, territory);
    if (!q.exec()) {
        m_db.fail(q.lastError());
        return result;
    }
    while (q.next())
        result.append(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
    return result;
}

QDateTime AccountCache::sitesFetchedAt()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT max(fetched_at) FROM cached_sites")) || !q.next() ||
        q.value(0).isNull())
        return {};
    return QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
}
