#pragma once

#include <QByteArray>
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

    quint16 port() const { return m_server.serverPort(); }
    QString url() const { return QStringLiteral("https://127.0.0.1:%1").arg(port()); }
    QString caFile() const;
    QSslCertificate certificate() const { return m_certificate; }

    // The raw HTTP response to send; empty means never answer (for time-outs).
    void setResponse(const QByteArray &response) { m_response = response; }
    static QByteArray http(int status, const QByteArray &body, const QByteArray &extraHeaders = {},
                           const QByteArray &contentType = "application/json");
    QByteArray lastRequest() const { return m_lastRequest; }

private:
    QSslServer m_server;
    QSslCertificate m_certificate;
    QByteArray m_response;
    QByteArray m_lastRequest;
};
