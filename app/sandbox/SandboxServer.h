#pragma once

#include <QAbstractHttpServer>
#include <QHostAddress>

class FaultInjector;
class QSslCertificate;
class QSslKey;
class QSslSocket;
class SandboxApi;
struct ApiResponse;

// The HTTPS front of the sandbox: QAbstractHttpServer over a QSslServer, one thread. It turns
// each request into an ApiRequest for SandboxApi and writes the answer, after the fault
// injector has had its say. A slow answer is deferred with a timer, never slept.
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    SandboxServer(SandboxApi &api, FaultInjector &faults, QObject *parent = nullptr);

    // A connection whose TLS handshake is not done after handshakeMs, or that then sends and
    // receives nothing for idleMs, is closed: otherwise each holds a socket for ever. Before
    // listenTls.
    void setTimeouts(int handshakeMs, int idleMs);

    // TLS 1.2 or later on address:port (0 picks a free port). Returns the port, or 0 with
    // error set.
    quint16 listenTls(const QHostAddress &address, quint16 port, const QSslCertificate &certificate,
                      const QSslKey &key, QString *error);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    // Straight to the socket: a 6.4 QHttpServerResponder keeps a reference to the request, which
    // is gone by the time a deferred answer is written.
    static void write(QTcpSocket *socket, const ApiResponse &response);
    static void cut(QTcpSocket *socket);
    void watch(QSslSocket *socket) const;

    SandboxApi &m_api;
    FaultInjector &m_faults;
    int m_handshakeMs = 10000;
    int m_idleMs = 60000;
};
