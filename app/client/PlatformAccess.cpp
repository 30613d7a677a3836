#include "PlatformAccess.h"

#include "Settings.h"

PlatformAccess::PlatformAccess(Settings &settings)
    : m_settings(settings)
    , m_credentials(CredentialStore::standardService())
    , m_session(m_connection, m_credentials)
    , m_proxy(m_connection.network(), m_credentials)
{}

QString PlatformAccess::configure(const QString &address, const QString &caFile, const QString &pin)
{
    // The address only picks the system's proxy for it; a bad one is named just below.
    if (const QString error = m_proxy.configure(
            m_settings.value(Settings::Key::ProxyUrl).toString(), PlatformAddress(address).url());
        !error.isEmpty())
        return error;
    return m_connection.configure(address, caFile, pin);
}

QString PlatformAccess::configureSaved()
{
    const QString address = m_settings.value(Settings::Key::PlatformUrl).toString();
    if (address.isEmpty())
        return m_proxy.configure(m_settings.value(Settings::Key::ProxyUrl).toString(), QUrl());
    return configure(address, m_settings.value(Settings::Key::PlatformCaFile).toString(),
                     m_settings.value(Settings::Key::PlatformPin).toString());
}
