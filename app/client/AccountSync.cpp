#include "AccountSync.h"

#include "AccountCache.h"
#include "PlatformRequest.h"

#include <QJsonArray>
#include <QJsonObject>

AccountSync::AccountSync(PlatformConnection &connection, Session &session, AccountCache &cache,
                         QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_session(session)
    , m_cache(cache)
{}

void AccountSync::fetch()
{
    fetchList(
        QStringLiteral("/v1/territories"),
        [this](const QList<QJsonObject> &items) { return m_cache.replaceTerritories(items); },
        [this] {
            fetchList(
                QStringLiteral("/v1/sites"),
                [this](const QList<QJsonObject> &items) { return m_cache.replaceSites(items); },
                [this] { emit finished(true, {}); });
        });
}

void AccountSync::fetchList(const QString &path,
                            const std::function<bool(const QList<QJsonObject> &)> &store,
                            const std::function<void()> &then)
{
    const auto received = [this, path, store, then](const ApiCall::Result &r) {
        if (!r.succeeded()) {
            emit finished(false, tr("The account's territories and sites could not be updated "
                                    "(%1): the ones kept from the last time are used.")
                                     .arg(r.error));
            return;
        }
        const QJsonValue items = r.json.object().value(QLatin1String("items"));
        if (!items.isArray()) {
            emit finished(false, tr("The platform's answer to %1 has no list of items: the "
                                    "territories and sites kept from the last time are used.")
                                     .arg(path));
            return;
        }
        QList<QJsonObject> list;
        for (const QJsonValue &item : items.toArray()) {
            if (item.isObject())
                list.append(item.toObject());
        }
        if (!store(list)) {
            emit finished(false, tr("The account's territories and sites could not be saved in "
                                    "the profile: check the free disk space."));
            return;
        }
        then();
    };
    PlatformRequest::send(m_connection, &m_session, "GET", path, {}, this, received);
}
