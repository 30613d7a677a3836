#pragma once

#include <QUrl>

// The platform's base address. HTTPS only: plain http is refused, except to this machine's
// loopback, where tests and the training sandbox may run without TLS. No user name or password
// in it: those go through the sign-in.
class PlatformAddress
{
public:
    // Empty error() when the address is usable.
    explicit PlatformAddress(const QString &text);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QUrl url() const { return m_url; }
    // The base joined with an API path such as "/v1/health".
    QUrl resolve(const QString &path) const;
    static bool isLoopback(const QString &host);

private:
    QUrl m_url;
    QString m_error;
};
