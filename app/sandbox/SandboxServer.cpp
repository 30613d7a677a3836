#include "SandboxServer.h"

#include "ApiRequest.h"
#include "ApiResponse.h"
#include "FaultInjector.h"
#include "SandboxApi.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QLoggingCategory>
#include <QPointer>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSandbox, "allo.sandbox", QtInfoMsg)

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    using M = QHttpServerRequest::Method;
    switch (method) {
    case M::Get:
        return "GET";
    case M::Put:
        return "PUT";
    case M::Delete:
        return "DELETE";
    case M::Post:
        return "POST";
    case M::Head:
        return "HEAD";
    case M::Options:
        return "OPTIONS";
    case M::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

} // namespace

SandboxServer::SandboxServer(SandboxApi &api, FaultInjector &faults, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_api(api)
    , m_faults(faults)
{}

quint16 SandboxServer::listenTls(const QHostAddress &address, quint16 port,
                                 const QSslCertificate &certificate, const QSslKey &key,
                                 QString *error)
{
    auto *server = new QSslServer(this);
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(certificate);
    config.setPrivateKey(key);
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setPeerVerifyMode(QSslSocket::VerifyNone); // clients authenticate with tokens
    server->setSslConfiguration(config);
    server->setHandshakeTimeout(m_handshakeMs);
    connect(server, &QSslServer::startedEncryptionHandshake, this, &SandboxServer::watch);
    if (!server->listen(address, port)) {
        *error = server->errorString();
        delete server;
        return 0;
    }
    bind(server);
    return server->serverPort();
}

void SandboxServer::setTimeouts(int handshakeMs, int idleMs)
{
    m_handshakeMs = handshakeMs;
    m_idleMs = idleMs;
}

void SandboxServer::watch(QSslSocket *socket) const
{
    // Owned by the socket, so it goes with it. Activity counts only once the handshake is done:
    // a handshake dribbled one byte at a time still ends at handshakeMs.
    auto *timer = new QTimer(socket);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, socket, [socket] {
        qCDebug(lcSandbox) << "closing a silent connection from" << socket->peerAddress();
        socket->abort();
    });
    const int idleMs = m_idleMs;
    connect(socket, &QSslSocket::encrypted, timer, [socket, timer, idleMs] {
        timer->start(idleMs);
        connect(socket, &QIODevice::readyRead, timer, qOverload<>(&QTimer::start));
        connect(socket, &QSslSocket::encryptedBytesWritten, timer, qOverload<>(&QTimer::start));
    });
    timer->start(m_handshakeMs);
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ApiRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path(QUrl::FullyDecoded);
    r.query = request.query();
    r.headers = request.headers();
    r.body = request.body();
    r.peer = socket->peerAddress().toString();

    using Fault = FaultInjector::Fault;
    const Fault fault = m_faults.draw();
    qCDebug(lcSandbox) << r.method << r.path << "fault" << int(fault);
    switch (fault) {
    case Fault::Reset:
        cut(socket);
        return true;
    case Fault::Http500:
        write(socket, ApiResponse::problem(500, QStringLiteral("fault"),
                                           QCoreApplication::translate(
                                               "SandboxServer", "Injected fault: server error.")));
        return true;
    case Fault::Http503:
    case Fault::Http429: {
        const bool busy = fault == Fault::Http429;
        ApiResponse refusal = ApiResponse::problem(
            busy ? 429 : 503, busy ? QStringLiteral("rate_limited") : QStringLiteral("unavailable"),
            busy
                ? QCoreApplication::translate("SandboxServer", "Injected fault: too many requests.")
                : QCoreApplication::translate("SandboxServer", "Injected fault: unavailable."));
        refusal.setHeader("Retry-After", "1");
        write(socket, refusal);
        return true;
    }
    case Fault::Garbage: {
        ApiResponse garbage;
        garbage.setHeader("Content-Type", "application/json");
        garbage.body = QByteArrayLiteral("{\"id\": \"\xff\xfe not json at all");
        write(socket, garbage);
        return true;
    }
    default:
        break;
    }

    const SandboxApi::Outcome outcome = m_api.handle(r);
    if (fault == Fault::DropAfterCommit && outcome.committed) {
        cut(socket);
        return true;
    }
    if (fault == Fault::Slow) {
        QTimer::singleShot(m_faults.slowMilliseconds(), this,
                           [socket = QPointer<QTcpSocket>(socket), outcome] {
                               if (socket && socket->state() == QAbstractSocket::ConnectedState)
                                   write(socket, outcome.response);
                           });
        return true;
    }
    write(socket, outcome.response);
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest answers every request, unknown routes included; this is only a safety net.
    Q_UNUSED(request);
    write(socket,
          ApiResponse::problem(404, QStringLiteral("no_route"),
                               QCoreApplication::translate("SandboxServer", "No such route.")));
}

void SandboxServer::write(QTcpSocket *socket, const ApiResponse &response)
{
    socket->write(response.toHttp());
}

void SandboxServer::cut(QTcpSocket *socket)
{
    // Queued, so that the server finishes with the request before its socket goes.
    QMetaObject::invokeMethod(
        socket, [socket] { socket->abort(); }, Qt::QueuedConnection);
}
