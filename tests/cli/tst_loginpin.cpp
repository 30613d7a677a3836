#include "CliRun.h"
#include "SpkiPin.h"
#include "TlsTestServer.h"
#include "TrustedCaPair.h"

#include <QTemporaryDir>
#include <QTest>

// allo-cli login --pin against a server that holds a certificate for the platform's host from
// another CA the computer trusts and appends the platform's real certificate to its chain: the
// real program, over real TLS on loopback, sends it nothing and says why.
class TestLoginPin : public QObject
{
    Q_OBJECT

private slots:
    void attackerChainCarryingThePinnedCertificate_receivesNoPassword()
    {
        TrustedCaPair certificates;
        TlsTestServer attacker({certificates.attacker, certificates.platform},
                               certificates.attackerKey);
        attacker.setResponse(TlsTestServer::http(200, R"({"access_token":"x"})"));
        QTemporaryDir home;
        const QString pin = SpkiPin::toBase64(SpkiPin::of(certificates.platform));
        const CliRun login =
            CliRun::start(home.path(), QStringLiteral("allo-test-loginpin"),
                          {QStringLiteral("login"), QStringLiteral("--api"), attacker.url(),
                           QStringLiteral("--ca"), certificates.bothCasFile(),
                           QStringLiteral("--pin"), pin, QStringLiteral("issuer.chimie")},
                          "training-chimie\n");
        QCOMPARE(attacker.connections(), 1);
        QTRY_COMPARE(attacker.openConnections(), 0);
        QCOMPARE(attacker.lastRequest().size(), 0);
        QVERIFY2(login.exitCode > 0, qPrintable(login.err));
        QVERIFY2(login.err.contains(QLatin1String("leaf, server")), qPrintable(login.err));
        QVERIFY2(login.err.contains(QLatin1String("platform/caFile")), qPrintable(login.err));
        QVERIFY(!login.out.contains(QLatin1String("Signed in")));
    }
};

QTEST_GUILESS_MAIN(TestLoginPin)
#include "tst_loginpin.moc"
