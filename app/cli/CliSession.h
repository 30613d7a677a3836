#pragma once

#include "PlatformAccess.h"
#include "Settings.h"

#include <functional>
#include <memory>

// The platform session of allo-cli's platform commands (login, logout, whoami, queue flush,
// review…): the address, CA file and pin from the user's settings, the user signed in, the
// refresh token from the keychain. Everything blocks: a command is one short run.
class CliSession
{
public:
    CliSession();

    // Connects with the saved address, CA file and pin, then restores the saved user's session.
    // "" when signed in and the platform answered; otherwise what is wrong and what to do.
    // After an error, session().state() is still SignedIn when only the platform could not be
    // reached (the token is kept; the next call may work).
    QString restore();
    // Applies an address, CA file and pin (login) and the proxy of the settings; "" or what is
    // wrong with them. A proxy that asks for credentials gets the keychain's, or a prompt.
    QString configure(const QString &address, const QString &caFile, const QString &pin);
    // Starts a sign-in, restore or sign-out and waits for its end; "" or the error.
    QString wait(const std::function<void()> &start);

    Settings &settings() { return *m_settings; }
    PlatformConnection &connection() { return m_access.connection(); }
    CredentialStore &credentials() { return m_access.credentials(); }
    Session &session() { return m_access.session(); }

private:
    // Blocks until the proxy's credentials are read from the keychain (or the time-out).
    void waitForProxy();

    std::unique_ptr<Settings> m_settings;
    PlatformAccess m_access; // after m_settings, which it reads
};
