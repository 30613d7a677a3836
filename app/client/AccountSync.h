#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>

#include <functional>

class AccountCache;
class PlatformConnection;
class Session;

// Copies the account's territories and sites from the platform into the profile's cache, so a
// notice composed offline still names a real site. Run after a sign-in or a restore; an access
// token that expired meanwhile is refreshed through the session; a failure leaves the previous
// cache as it was.
class AccountSync : public QObject
{
    Q_OBJECT

public:
    AccountSync(PlatformConnection &connection, Session &session, AccountCache &cache,
                QObject *parent = nullptr);

    // GET /v1/territories, then GET /v1/sites; finished(ok, error) once both are stored.
    void fetch();

signals:
    void finished(bool ok, const QString &error);

private:
    void fetchList(const QString &path,
                   const std::function<bool(const QList<QJsonObject> &)> &store,
                   const std::function<void()> &then);

    PlatformConnection &m_connection;
    Session &m_session;
    AccountCache &m_cache;
};
