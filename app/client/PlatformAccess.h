#pragma once

#include "CredentialStore.h"
#include "PlatformConnection.h"
#include "ProxyPolicy.h"
#include "Session.h"

class Settings;

// What reaches the platform, assembled once for the console and allo-cli: the connection, the
// keychain, the session and the proxy policy, configured from the settings in one order. The
// proxy comes first, so it applies to every request to every platform — a sign-in to an
// address typed after a bad saved one included — then the address, CA file and pin.
class PlatformAccess
{
public:
    explicit PlatformAccess(Settings &settings);

    // The settings' proxy, then the address, CA file and pin. Returns a sentence naming what is
    // wrong (proxy, address, CA file or pin) and what to do, or "".
    QString configure(const QString &address, const QString &caFile, const QString &pin);
    // configure() with the saved address, CA file and pin. Without a saved address only the
    // proxy is applied and "" returned: a sign-in sets an address later.
    QString configureSaved();
    // Who to ask when a proxy wants credentials the keychain does not hold (a dialog, a prompt).
    void setProxyAsk(ProxyPolicy::Ask ask) { m_proxy.setAsk(std::move(ask)); }

    Settings &settings() { return m_settings; }
    PlatformConnection &connection() { return m_connection; }
    CredentialStore &credentials() { return m_credentials; }
    Session &session() { return m_session; }
    ProxyPolicy &proxy() { return m_proxy; }

private:
    Settings &m_settings;
    PlatformConnection m_connection;
    CredentialStore m_credentials;
    Session m_session;
    ProxyPolicy m_proxy;
};
