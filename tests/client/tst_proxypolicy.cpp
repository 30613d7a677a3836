#include "CertificateFactory.h"
#include "CredentialStore.h"
#include "PlatformConnection.h"
#include "ProxyPolicy.h"
#include "SandboxHarness.h"
#include "Session.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>

namespace {

constexpr int kWaitMs = 20000;

// A tiny HTTP CONNECT proxy on loopback that wants Basic credentials: 407 without the right
// ones, otherwise a tunnel to the asked host.
class AuthenticatingProxy : public QObject
{
public:
    AuthenticatingProxy(const QByteArray &user, const QByteArray &password)
        : m_expected("Basic " + QByteArray(user + ':' + password).toBase64())
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                serve(client);
        });
        if (!m_server.listen(QHostAddress::LocalHost, 0))
            qFatal("The test proxy cannot listen");
    }

    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    int refusals() const { return m_refusals; }
    int tunnels() const { return m_tunnels; }

private:
    void serve(QTcpSocket *client)
    {
        auto *buffer = new QByteArray;
        connect(client, &QObject::destroyed, this, [buffer] { delete buffer; });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(client, &QTcpSocket::readyRead, this, [this, client, buffer] {
            *buffer += client->readAll();
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = buffer->left(end);
            buffer->clear();
            const QList<QByteArray> lines = head.split('\n');
            const QList<QByteArray> request = lines.value(0).trimmed().split(' ');
            QByteArray authorization;
            for (const QByteArray &line : lines) {
                if (line.toLower().startsWith("proxy-authorization:"))
                    authorization = line.mid(line.indexOf(':') + 1).trimmed();
            }
            if (request.value(0) != "CONNECT" || authorization != m_expected) {
                ++m_refusals;
                client->write("HTTP/1.1 407 Proxy Authentication Required\r\n"
                              "Proxy-Authenticate: Basic realm=\"allo-test\"\r\n"
                              "Content-Length: 0\r\n\r\n");
                return;
            }
            tunnel(client, request.value(1));
        });
    }

    void tunnel(QTcpSocket *client, const QByteArray &hostPort)
    {
        ++m_tunnels;
        disconnect(client, &QTcpSocket::readyRead, this, nullptr);
        auto *upstream = new QTcpSocket(client);
        const qsizetype colon = hostPort.lastIndexOf(':');
        connect(upstream, &QTcpSocket::connected, client,
                [client] { client->write("HTTP/1.1 200 Connection established\r\n\r\n"); });
        connect(upstream, &QTcpSocket::readyRead, client,
                [client, upstream] { client->write(upstream->readAll()); });
        connect(client, &QTcpSocket::readyRead, upstream,
                [client, upstream] { upstream->write(client->readAll()); });
        connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
        upstream->connectToHost(QString::fromLatin1(hostPort.left(colon)),
                                quint16(hostPort.mid(colon + 1).toUInt()));
    }

    QTcpServer m_server;
    QByteArray m_expected;
    int m_refusals = 0;
    int m_tunnels = 0;
};

// A client program whose connection goes through the proxy of its settings.
struct Client
{
    PlatformConnection connection;
    CredentialStore credentials;
    Session session{connection, credentials};
    ProxyPolicy proxies{connection.network(), credentials};
    QStringList problems;

    Client(SandboxHarness &sandbox, const QString &service, const QString &proxyUrl,
           std::optional<ProxyPolicy::Credentials> answer)
        : credentials(service)
    {
        connection.configure(
            QStringLiteral("https://127.0.0.1:%1").arg(sandbox.port()),
            QDir(sandbox.dataDir()).filePath(QLatin1String(CertificateFactory::caFile)), {});
        proxies.setAsk([this, answer](const QNetworkProxy &, const QString &problem) {
            problems.append(problem);
            return problems.size() == 1 ? answer : std::nullopt;
        });
        const QString error = proxies.configure(proxyUrl, connection.address().url());
        if (!error.isEmpty())
            qFatal("%s", qPrintable(error));
    }

    std::pair<bool, QString> signIn()
    {
        if (!proxies.isReady() && !QSignalSpy(&proxies, &ProxyPolicy::ready).wait(kWaitMs))
            return {false, QStringLiteral("the keychain did not answer")};
        QSignalSpy finished(&session, &Session::finished);
        session.signIn(QStringLiteral("issuer.chimie"),
                       SandboxHarness::passwordOf("issuer.chimie"));
        if (!finished.wait(kWaitMs))
            return {false, QStringLiteral("no answer")};
        return {finished.first().at(0).toBool(), finished.first().at(1).toString()};
    }
};

QString freshService()
{
    return QLatin1String("allo-test-proxy-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

class TestProxyPolicy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_sandbox.isReady()); }

    void askedOnce_keptInTheKeychain_nextRunAsksNothing()
    {
        AuthenticatingProxy proxy("alice", "s3cret");
        const QString service = freshService();
        {
            Client first(
                m_sandbox, service, proxy.url(),
                ProxyPolicy::Credentials{QStringLiteral("alice"), QStringLiteral("s3cret")});
            const auto [ok, error] = first.signIn();
            QVERIFY2(ok, qPrintable(error));
            QCOMPARE(first.problems, QStringList{QString()});
            QVERIFY(proxy.refusals() >= 1);
            QVERIFY(proxy.tunnels() >= 1);
        }
        // The credentials are in the keychain, not in any setting.
        CredentialStore store(service);
        std::optional<CredentialStore::Answer> kept;
        store.read(ProxyPolicy::account(QNetworkProxy(QNetworkProxy::HttpProxy,
                                                      QStringLiteral("127.0.0.1"),
                                                      quint16(QUrl(proxy.url()).port()))),
                   [&](const CredentialStore::Answer &a) { kept = a; });
        QTRY_VERIFY_WITH_TIMEOUT(kept.has_value(), kWaitMs);
        QVERIFY(kept->secret);
        QCOMPARE(QJsonDocument::fromJson(kept->secret->toUtf8())["user"].toString(),
                 QStringLiteral("alice"));

        Client next(m_sandbox, service, proxy.url(), std::nullopt);
        const int tunnelsBefore = proxy.tunnels();
        const auto [ok, error] = next.signIn();
        QVERIFY2(ok, qPrintable(error));
        QVERIFY(next.problems.isEmpty()); // never asked
        QVERIFY(proxy.tunnels() > tunnelsBefore);
    }

    void refusedAnswer_isAskedAgainWithTheReason_thenDeclined()
    {
        AuthenticatingProxy proxy("alice", "s3cret");
        Client client(m_sandbox, freshService(), proxy.url(),
                      ProxyPolicy::Credentials{QStringLiteral("alice"), QStringLiteral("wrong")});
        const auto [ok, error] = client.signIn();
        QVERIFY(!ok);
        QVERIFY2(error.contains(QLatin1String("roxy")), qPrintable(error));
        QCOMPARE(client.problems.size(), 2);
        QVERIFY(client.problems.at(0).isEmpty());
        QVERIFY2(client.problems.at(1).contains(QLatin1String("refused")),
                 qPrintable(client.problems.at(1)));
        QCOMPARE(proxy.tunnels(), 0);
    }

    void proxyAddressWithAPassword_isRefused()
    {
        QNetworkAccessManager network;
        CredentialStore store(freshService());
        ProxyPolicy policy(network, store);
        const QString error = policy.configure(QStringLiteral("http://bob:pw@proxy.example:3128"),
                                               QUrl(QStringLiteral("https://platform.example")));
        QVERIFY2(error.contains(QLatin1String("keychain")), qPrintable(error));
        QVERIFY(!policy.configure(QStringLiteral("ftp://proxy.example:21"), {}).isEmpty());
        QCOMPARE(policy.configure(QStringLiteral("socks5://proxy.example:1080"), {}), QString());
    }

private:
    SandboxHarness m_sandbox;
};

QTEST_GUILESS_MAIN(TestProxyPolicy)
#include "tst_proxypolicy.moc"
