#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>

class Clock;
class Database;

// The account's territories and sites as the platform last sent them, so a notice composed
// offline still names a real site. Each list is replaced whole, in one transaction.
class AccountCache
{
public:
    AccountCache(Database &db, const Clock &clock);

    // Each object has at least "id" and "name".
    bool replaceTerritories(const QList<QJsonObject> &territories);
    // Each object has "id", "territory" and "name"; "company" and "commune" when known.
    bool replaceSites(const QList<QJsonObject> &sites);
    QList<QJsonObject> territories();
    // All sites, or those of one territory; by name.
    QList<QJsonObject> sites(const QString &territory = {});
    // When the sites were last replaced; invalid if never.
    QDateTime sitesFetchedAt();

private:
    Database &m_db;
    const Clock &m_clock;
};
