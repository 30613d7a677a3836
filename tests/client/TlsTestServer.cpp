#include "TlsTestServer.h"

#include "CertificateFactory.h"

#include <QDir>
#include <QFile>
#include <QSslKey>
#include <QSslSocket>
#include <QTemporaryDir>

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
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_server.setSslConfiguration(tls);
    connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                m_lastRequest += socket->readAll();
                if (m_lastRequest.contains("\r\n\r\n") && !m_response.isEmpty()) {
                    socket->write(m_response);
                    socket->disconnectFromHost();
                }
            });
        }
    });
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        qFatal("The test server cannot listen");
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
