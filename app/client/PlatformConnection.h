#pragma once

#include "PlatformAddress.h"

#include <QNetworkAccessManager>
#include <QSslConfiguration>

#include <optional>

class QNetworkReply;

// The one connection to the platform: one QNetworkAccessManager, the address, the TLS policy
// (TLS 1.2 or later, the system CAs plus an optional CA file, an optional SPKI pin of the
// platform's own certificate), the limits every request obeys, and the access token, which
// lives only in memory.
class PlatformConnection : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultTimeoutMs = 30000;
    static constexpr qint64 kDefaultMaxResponseBytes = qint64(8) * 1024 * 1024;
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    explicit PlatformConnection(QObject *parent = nullptr);

    // Returns a sentence naming what is wrong (address, CA file or pin), or "". New settings
    // close the connections kept alive and stop the requests under way: those were checked
    // against the old ones.
    QString configure(const QString &address, const QString &caFile, const QString &pin);

    // The one place requests are made: the TLS policy, HTTP/1.1 only, the access token. The
    // pin is checked on every new connection, before its first request byte.
    QNetworkReply *send(const QByteArray &method, const QString &path, const Headers &headers,
                        const QByteArray &body);
    // "" when there is no pin or the certificate the server authenticated with (the leaf) has
    // the pinned key; otherwise the sentence for the user.
    QString checkPin(const QSslConfiguration &peer) const;
    // The sentence a reply was stopped with because of the pin, or "".
    static QString pinRefusal(const QNetworkReply *reply);

    const PlatformAddress &address() const { return m_address; }
    QNetworkAccessManager &network() { return m_network; }

    int timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    qint64 maxResponseBytes() const { return m_maxResponseBytes; }
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }

    QString accessToken() const { return m_accessToken; }
    void setAccessToken(const QString &token) { m_accessToken = token; }

private:
    void checkEncrypted(QNetworkReply *reply);
    void forgetConnections();

    QNetworkAccessManager m_network;
    PlatformAddress m_address{QString()};
    QSslConfiguration m_tls;
    std::optional<QByteArray> m_pin;
    QString m_pinText;
    int m_timeoutMs = kDefaultTimeoutMs;
    qint64 m_maxResponseBytes = kDefaultMaxResponseBytes;
    QString m_accessToken;
    int m_forgotten = 0; // how often the connections were closed
};
