#include "ApiCall.h"
#include "CredentialStore.h"
#include "PlatformConnection.h"
#include "Session.h"
#include "SpkiPin.h"
#include "TlsTestServer.h"
#include "TrustedCaPair.h"

#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <memory>

Q_DECLARE_METATYPE(ApiCall::Result)

namespace {

const QByteArray kKeptAlive = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                              "Content-Length: 2\r\n\r\n{}";

QString pinOf(const QSslCertificate &certificate)
{
    return SpkiPin::toBase64(SpkiPin::of(certificate));
}

ApiCall::Result run(PlatformConnection &connection)
{
    auto *call = new ApiCall(connection, "GET", QStringLiteral("/v1/health"));
    QSignalSpy done(call, &ApiCall::finished);
    call->start();
    if (!done.wait(10000))
        qFatal("The call did not finish");
    return done.first().first().value<ApiCall::Result>();
}

} // namespace

// The pin names the platform's own certificate, over real TLS on loopback: a server holding a
// certificate for the platform's host from another trusted CA cannot borrow the platform's
// public certificate by appending it to its chain, and a new pin is never bypassed by a
// connection kept alive from before.
class TestPinnedLeaf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<ApiCall::Result>(); }

    void attackerChainCarryingThePinnedCertificate_receivesNoByteOfTheSignIn()
    {
        TlsTestServer attacker({m_certificates.attacker, m_certificates.platform},
                               m_certificates.attackerKey);
        attacker.setResponse(TlsTestServer::http(200, R"({"access_token":"x"})"));
        PlatformConnection connection;
        QCOMPARE(connection.configure(attacker.url(), m_certificates.bothCasFile(),
                                      pinOf(m_certificates.platform)),
                 QString());
        CredentialStore credentials(QStringLiteral("allo-test-pinnedleaf"));
        credentials.setMemoryOnly(true);
        Session session(connection, credentials);
        QSignalSpy finished(&session, &Session::finished);
        session.signIn(QStringLiteral("issuer.chimie"), QStringLiteral("training-chimie"));
        QVERIFY(finished.wait(10000));
        QCOMPARE(attacker.connections(), 1); // the handshake happened: the pin is what refused
        QTRY_COMPARE(attacker.openConnections(), 0);
        QCOMPARE(attacker.lastRequest().size(), 0);
        QCOMPARE(finished.first().at(0).toBool(), false);
        const QString error = finished.first().at(1).toString();
        QVERIFY2(error.contains(QLatin1String("leaf, server")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("platform/caFile")), qPrintable(error));
    }

    void genuinePlatform_withItsPin_answers()
    {
        TlsTestServer platform({m_certificates.platform}, m_certificates.platformKey);
        platform.setResponse(TlsTestServer::http(200, "{}"));
        PlatformConnection connection;
        QCOMPARE(connection.configure(platform.url(), m_certificates.bothCasFile(),
                                      pinOf(m_certificates.platform)),
                 QString());
        connection.setAccessToken(QStringLiteral("tok"));
        const ApiCall::Result r = run(connection);
        QVERIFY2(r.succeeded(), qPrintable(r.error));
        QVERIFY(platform.lastRequest().contains("Authorization: Bearer tok"));
    }

    void pinOfTheCa_isRefusedAskingForTheLeaf()
    {
        PlatformConnection connection;
        const QString caPin = pinOf(m_certificates.platformCa);
        const QString error = connection.configure(QStringLiteral("https://127.0.0.1:1"),
                                                   m_certificates.bothCasFile(), caPin);
        QVERIFY2(error.contains(caPin), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("leaf, server")), qPrintable(error));
    }

    void pinOverPlainHttp_isRefused()
    {
        PlatformConnection connection;
        const QString error = connection.configure(QStringLiteral("http://127.0.0.1:1"), {},
                                                   pinOf(m_certificates.platform));
        QVERIFY2(error.contains(QLatin1String("https://")), qPrintable(error));
    }

    void newPin_isNotBypassedByAConnectionKeptAlive()
    {
        TlsTestServer platform({m_certificates.platform}, m_certificates.platformKey);
        platform.setKeepAlive(true);
        platform.setResponse(kKeptAlive);
        PlatformConnection connection;
        QCOMPARE(connection.configure(platform.url(), m_certificates.bothCasFile(),
                                      pinOf(m_certificates.platform)),
                 QString());
        QVERIFY(run(connection).succeeded());
        QVERIFY(run(connection).succeeded());
        QCOMPARE(platform.connections(), 1); // the second request reused the connection

        // The administrator pins another key: the platform's connection must be checked again.
        const QString newPin = pinOf(m_certificates.attacker);
        QCOMPARE(connection.configure(platform.url(), m_certificates.bothCasFile(), newPin),
                 QString());
        const ApiCall::Result r = run(connection);
        QCOMPARE(r.outcome, ApiCall::Outcome::PinMismatch);
        QVERIFY2(r.error.contains(newPin), qPrintable(r.error));
        QCOMPARE(platform.connections(), 2);
        QCOMPARE(platform.lastRequest().count("GET /v1/health"), 2);
    }

    // Nothing here speaks HTTP/2, so what is checked is that no request may be sent with it.
    void everyRequest_isHttp1Only()
    {
        PlatformConnection connection;
        QCOMPARE(connection.configure(QStringLiteral("https://127.0.0.1:1"), {}, {}), QString());
        std::unique_ptr<QNetworkReply> reply(
            connection.send("GET", QStringLiteral("/v1/health"), {}, {}));
        QCOMPARE(reply->request().attribute(QNetworkRequest::Http2AllowedAttribute),
                 QVariant(false));
        reply->abort();
    }

private:
    TrustedCaPair m_certificates;
};

QTEST_GUILESS_MAIN(TestPinnedLeaf)
#include "tst_pinnedleaf.moc"
