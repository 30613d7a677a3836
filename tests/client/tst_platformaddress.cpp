#include "PlatformAddress.h"
#include "ProblemDetails.h"
#include "SpkiPin.h"
#include "TlsTestServer.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryFile>
#include <QTest>

class TestPlatformAddress : public QObject
{
    Q_OBJECT

private slots:
    void address_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("https") << "https://plateforme.allo-industrie.com" << true;
        QTest::newRow("https with path") << "https://cci.example.fr/allo/" << true;
        QTest::newRow("http remote") << "http://plateforme.allo-industrie.com" << false;
        QTest::newRow("http loopback v4") << "http://127.0.0.1:8080" << true;
        QTest::newRow("http loopback 127/8") << "http://127.1.2.3:8080" << true;
        QTest::newRow("http loopback v6") << "http://[::1]:8080" << true;
        QTest::newRow("http localhost") << "http://localhost:8080" << true;
        QTest::newRow("http private lan") << "http://192.168.1.10" << false;
        QTest::newRow("ftp") << "ftp://plateforme.example" << false;
        QTest::newRow("no scheme") << "plateforme.allo-industrie.com" << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("user and password") << "https://anne:pw@plateforme.example" << false;
        QTest::newRow("user only") << "https://anne@plateforme.example" << false;
        QTest::newRow("empty password") << "https://anne:@plateforme.example" << false;
        QTest::newRow("loopback with password") << "http://anne:pw@127.0.0.1:8080" << false;
    }

    void address()
    {
        QFETCH(QString, text);
        QFETCH(bool, accepted);
        const PlatformAddress a(text);
        QCOMPARE(a.isValid(), accepted);
        QCOMPARE(a.error().isEmpty(), accepted);
    }

    void userInfo_isRefusedWithoutRepeatingIt()
    {
        const PlatformAddress a(QStringLiteral("https://anne:s3cret-pw@plateforme.example"));
        QVERIFY(!a.isValid());
        QVERIFY2(a.error().contains(QLatin1String("user name or password")), qPrintable(a.error()));
        QVERIFY2(a.error().contains(QLatin1String("allo-cli login")), qPrintable(a.error()));
        QVERIFY(!a.error().contains(QLatin1String("s3cret-pw")));
    }

    void resolve_joinsPathsAndQueries()
    {
        const PlatformAddress a(QStringLiteral("https://cci.example.fr/allo/"));
        QCOMPARE(a.resolve(QStringLiteral("/v1/health")).toString(),
                 QStringLiteral("https://cci.example.fr/allo/v1/health"));
        QCOMPARE(a.resolve(QStringLiteral("/v1/notices?state=published&cursor=a")).toString(),
                 QStringLiteral("https://cci.example.fr/allo/v1/notices?state=published&cursor=a"));
    }

    void pin_isTheSameAsOpenssls()
    {
        const TlsTestServer server({QStringLiteral("127.0.0.1")});
        QTemporaryFile pem;
        QVERIFY(pem.open());
        pem.write(server.certificate().toPem());
        pem.flush();
        // The documented command line, as an administrator would compute the pin.
        QProcess shell;
        shell.start(QStringLiteral("sh"),
                    {QStringLiteral("-c"),
                     QStringLiteral("openssl x509 -in '%1' -pubkey -noout | openssl pkey -pubin "
                                    "-outform der | openssl dgst -sha256 -binary | base64")
                         .arg(pem.fileName())});
        QVERIFY(shell.waitForFinished());
        const QString expected = QString::fromLatin1(shell.readAllStandardOutput()).trimmed();
        QCOMPARE(expected.size(), 44);
        QCOMPARE(SpkiPin::toBase64(SpkiPin::of(server.certificate())), expected);
        QCOMPARE(SpkiPin::parse(expected), std::optional(SpkiPin::of(server.certificate())));
        QCOMPARE(SpkiPin::parse(QLatin1String("sha256/") + expected),
                 std::optional(SpkiPin::of(server.certificate())));
        QCOMPARE(SpkiPin::parse(QString::fromLatin1(SpkiPin::of(server.certificate()).toHex())),
                 std::optional(SpkiPin::of(server.certificate())));
        QVERIFY(!SpkiPin::parse(QStringLiteral("not-a-pin")));
    }

    void problem_readsFieldErrors()
    {
        const auto json = QJsonDocument::fromJson(
            "{\"type\":\"about:blank\",\"title\":\"Invalid notice\",\"status\":422,"
            "\"detail\":\"The notice has 2 problems.\",\"errors\":["
            "{\"field\":\"site.commune\",\"code\":\"required\","
            "\"message\":\"This field is required.\"},"
            "{\"field\":\"link\",\"code\":\"link_not_https\","
            "\"message\":\"The link must be an https:// address.\"}]}");
        const auto problem = ProblemDetails::fromJson(json.object());
        QVERIFY(problem);
        QCOMPARE(problem->status, 422);
        QCOMPARE(problem->errors.size(), 2);
        QCOMPARE(problem->errors.at(1).code, QStringLiteral("link_not_https"));
        QCOMPARE(
            problem->describe(),
            QStringLiteral("The notice has 2 problems.\nsite.commune: This field is required.\n"
                           "link: The link must be an https:// address."));
        QVERIFY(!ProblemDetails::fromJson(QJsonObject{{QStringLiteral("id"), 3}}));
    }
};

QTEST_GUILESS_MAIN(TestPlatformAddress)
#include "tst_platformaddress.moc"
