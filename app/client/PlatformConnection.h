#pragma once

#include "PlatformAddress.h"

#include <QNetworkAccessManager>
#include <QSslConfiguration>

#include <optional>

// The one connection to the platform: one QNetworkAccessManager, the address, the TLS policy
// (TLS 1.2 or later, the system CAs plus an optional CA file, an optional SPKI pin), the
// limits every request obeys, and the access token, which lives only in memory.
class PlatformConnection : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultTimeoutMs = 30000;
    static constexpr qint64 kDefaultMaxResponseBytes = qint64(8) * 1024 * 1024;

    explicit PlatformConnection(QObject *parent = nullptr);

    // Returns a sentence naming what is wrong (address, CA file or pin), or "".
    QString configure(const QString &address, const QString &caFile, const QString &pin);

    const PlatformAddress &address() const { return m_address; }
    QNetworkAccessManager &network() { return m_network; }
    const QSslConfiguration &tls() const { return m_tls; }
    const std::optional<QByteArray> &pin() const { return m_pin; }
    QString pinText() const { return m_pinText; }

    int timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    qint64 maxResponseBytes() const { return m_maxResponseBytes; }
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }

    QString accessToken() const { return m_accessToken; }
    void setAccessToken(const QString &token) { m_accessToken = token; }

private:
    QNetworkAccessManager m_network;
    PlatformAddress m_address{QString()};
    QSslConfiguration m_tls;
    std::optional<QByteArray> m_pin;
    QString m_pinText;
    int m_timeoutMs = kDefaultTimeoutMs;
    qint64 m_maxResponseBytes = kDefaultMaxResponseBytes;
    QString m_accessToken;
};
