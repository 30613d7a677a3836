#pragma once

#include <QByteArray>
#include <QPointer>
#include <QSslKey>
#include <QSslServer>
#include <QStringList>

// A one-purpose HTTPS server on 127.0.0.1 for client tests: it answers every request with the
// response it was given (or never answers), with a certificate made for the test.
class TlsTestServer : public QObject
{
    Q_OBJECT

public:
    // Makes a test CA once per process, then a server certificate for names, valid from
    // fromDays to toDays around now.
    TlsTestServer(const QStringList &names, int fromDays = -1, int toDays = 30);
    // Presents chain (its own certificate first, then whatever it chooses to append) with key.
    TlsTestServer(const QList<QSslCertificate> &chain, const QSslKey &key);

    quint16 port() const { return m_server.serverPort(); }
    QString url() const { return QStringLiteral("https://127.0.0.1:%1").arg(port()); }
    QString caFile() const;
    QSslCertificate certificate() const { return m_certificate; }

    // The raw HTTP response to send; empty means never answer (for time-outs).
    void setResponse(const QByteArray &response) { m_response = response; }
    static QByteArray http(int status, const QByteArray &body, const QByteArray &extraHeaders = {},
                           const QByteArray &contentType = "application/json");
    // Every byte of application data received after the handshakes, all connections together.
    QByteArray lastRequest() const { return m_lastRequest; }
    // TCP connections accepted (their TLS handshake started).
    int connections() const { return int(m_sockets.size()); }
    // Those not closed yet: once 0, everything the client sent has been read.
    int openConnections() const;
    // Answers each request on a connection and keeps it open (the response must then not say
    // "Connection: close"), instead of closing after the first answer.
    void setKeepAlive(bool keepAlive) { m_keepAlive = keepAlive; }

private:
    void listen(QSslConfiguration tls);

    QSslServer m_server;
    QSslCertificate m_certificate;
    QByteArray m_response;
    QByteArray m_lastRequest;
    QList<QPointer<QSslSocket>> m_sockets;
    bool m_keepAlive = false;
};
