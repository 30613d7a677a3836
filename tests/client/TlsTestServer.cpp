#include "TlsTestServer.h"

#include "CertificateFactory.h"

#include <QDir>
#include <QFile>
#include <QSslKey>
#include <QSslSocket>
#include <QTemporaryDir>

#include <algorithm>
#include <memory>

namespace {

QTemporaryDir &caDir()
{
    static QTemporaryDir dir;
    static const bool made = CertificateFactory::ensureTrainingCertificates(dir.path()).isEmpty();
    if (!made)
        qFatal("The test CA could not be made");
    return dir;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("Cannot read %s", qPrintable(path));
    return f.readAll();
}

} // namespace

TlsTestServer::TlsTestServer(const QStringList &names, int fromDays, int toDays)
{
    const QString dir = caDir().path();
    const auto [certPem, keyPem] = CertificateFactory::issueServer(
        readFile(dir + QLatin1Char('/') + QLatin1String(CertificateFactory::caFile)),
        readFile(dir + QLatin1Char('/') + QLatin1String(CertificateFactory::caKeyFile)), names,
        fromDays, toDays);
    m_certificate = QSslCertificate(certPem, QSsl::Pem);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(m_certificate);
    tls.setPrivateKey(QSslKey(keyPem, QSsl::Ec, QSsl::Pem));
    listen(tls);
}

TlsTestServer::TlsTestServer(const QList<QSslCertificate> &chain, const QSslKey &key)
    : m_certificate(chain.value(0))
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    listen(tls);
}

void TlsTestServer::listen(QSslConfiguration tls)
{
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_server.setSslConfiguration(tls);
    connect(&m_server, &QSslServer::startedEncryptionHandshake, this,
            [this](QSslSocket *socket) { m_sockets.append(socket); });
    connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            auto pending = std::make_shared<QByteArray>();
            const auto receive = [this, socket, pending] {
                const QByteArray bytes = socket->readAll();
                m_lastRequest += bytes;
                *pending += bytes;
                if (!pending->contains("\r\n\r\n") || m_response.isEmpty())
                    return;
                socket->write(m_response);
                if (m_keepAlive)
                    pending->clear();
                else
                    socket->disconnectFromHost();
            };
            connect(socket, &QTcpSocket::readyRead, socket, receive);
            // Bytes that came with the end of the handshake, before anyone listened.
            if (socket->bytesAvailable() > 0)
                receive();
        }
    });
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        qFatal("The test server cannot listen");
}

int TlsTestServer::openConnections() const
{
    return int(std::count_if(m_sockets.begin(), m_sockets.end(), [](const auto &socket) {
        return socket && socket->state() != QAbstractSocket::UnconnectedState;
    }));
}

QString TlsTestServer::caFile() const
{
    return caDir().path() + QLatin1Char('/') + QLatin1String(CertificateFactory::caFile);
}

QByteArray TlsTestServer::http(int status, const QByteArray &body, const QByteArray &extraHeaders,
                               const QByteArray &contentType)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: " + contentType +
           "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n" +
           extraHeaders + "\r\n" + body;
}
