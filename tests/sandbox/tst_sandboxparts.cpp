#include "ApiRequest.h"
#include "ApiRoute.h"
#include "CertificateFactory.h"
#include "FaultInjector.h"
#include "PasswordHash.h"
#include "ReviewPolicy.h"
#include "UserDirectory.h"

#include <QFile>
#include <QSet>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

// The sandbox's parts on their own: passwords, faults, routes, accounts, certificates, policy.
class TestSandboxParts : public QObject
{
    Q_OBJECT

    static QByteArray readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void passwordHash_matchesOnlyThePassword()
    {
        const PasswordHash hash = PasswordHash::make(QStringLiteral("sécurité"), 1000);
        QVERIFY(hash.matches(QStringLiteral("sécurité")));
        QVERIFY(!hash.matches(QStringLiteral("securite")));
        QVERIFY(hash.encoded().startsWith(QLatin1String("pbkdf2-sha256$1000$")));
        QVERIFY(!hash.encoded().contains(QLatin1String("sécurité")));
        const auto decoded = PasswordHash::decode(hash.encoded());
        QVERIFY(decoded);
        QVERIFY(decoded->matches(QStringLiteral("sécurité")));
        // Two hashes of one password differ: each has its own salt.
        QVERIFY(PasswordHash::make(QStringLiteral("a"), 1000).encoded() !=
                PasswordHash::make(QStringLiteral("a"), 1000).encoded());
    }

    void passwordHash_refusesMalformedEncodings()
    {
        for (const char *bad : {"", "plain", "md5$1$a$b", "pbkdf2-sha256$x$YQ==$YQ==",
                                "pbkdf2-sha256$10$$YQ==", "pbkdf2-sha256$10$YQ==$YQ=="})
            QVERIFY2(!PasswordHash::decode(QLatin1String(bad)), bad);
    }

    void faultInjector_parsesTheSpec()
    {
        FaultInjector f;
        QVERIFY(!f.isEnabled());
        QCOMPARE(f.draw(), FaultInjector::Fault::None);
        QCOMPARE(f.parse(QStringLiteral("reset=0.1,http500=0.1,http429=0.05,slow=0.05:250,"
                                        "garbage=0.05,drop-after-commit=0.05")),
                 QString());
        QVERIFY(f.isEnabled());
        QCOMPARE(f.slowMilliseconds(), 250);
        QVERIFY(!FaultInjector().parse(QStringLiteral("explode=0.1")).isEmpty());
        QVERIFY(!FaultInjector().parse(QStringLiteral("reset=2")).isEmpty());
        QVERIFY(!FaultInjector().parse(QStringLiteral("reset=0.6,http500=0.6")).isEmpty());
        QVERIFY(!FaultInjector().parse(QStringLiteral("slow=0.1:soon")).isEmpty());
    }

    void faultInjector_drawsInProportion()
    {
        FaultInjector f;
        QVERIFY(f.parse(QStringLiteral("http500=0.25,reset=0.25")).isEmpty());
        f.setSeed(7);
        QHash<FaultInjector::Fault, int> counts;
        for (int i = 0; i < 4000; ++i)
            ++counts[f.draw()];
        QCOMPARE(f.draws(), 4000);
        // Binomial(4000, 0.25): mean 1000, standard deviation about 27; a fixed seed.
        QVERIFY(qAbs(counts[FaultInjector::Fault::Http500] - 1000) < 150);
        QVERIFY(qAbs(counts[FaultInjector::Fault::Reset] - 1000) < 150);
        QVERIFY(qAbs(counts[FaultInjector::Fault::None] - 2000) < 150);
        f.setProbability(FaultInjector::Fault::Garbage, 1);
        f.setProbability(FaultInjector::Fault::Http500, 0);
        f.setProbability(FaultInjector::Fault::Reset, 0);
        QCOMPARE(f.draw(), FaultInjector::Fault::Garbage);
    }

    void apiRoute_matchesTheContractsPaths_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("parameter");
        QTest::newRow("health") << QByteArray("GET") << "/v1/health"
                                << "/v1/health"
                                << "";
        QTest::newRow("token") << QByteArray("POST") << "/v1/auth/token"
                               << "/v1/auth/token"
                               << "";
        QTest::newRow("token GET") << QByteArray("GET") << "/v1/auth/token"
                                   << ""
                                   << "";
        QTest::newRow("list") << QByteArray("GET") << "/v1/notices"
                              << "/v1/notices"
                              << "";
        QTest::newRow("one") << QByteArray("PUT") << "/v1/notices/abc"
                             << "/v1/notices/{id}"
                             << "abc";
        QTest::newRow("review") << QByteArray("POST") << "/v1/notices/abc/review"
                                << "/v1/notices/{id}/review"
                                << "abc";
        QTest::newRow("web") << QByteArray("GET") << "/v1/public/le-havre/notices"
                             << "/v1/public/{territory}/notices"
                             << "le-havre";
        QTest::newRow("cap") << QByteArray("GET") << "/v1/public/le-havre/cap"
                             << "/v1/public/{territory}/cap"
                             << "le-havre";
        QTest::newRow("trailing slash") << QByteArray("GET") << "/v1/notices/"
                                        << ""
                                        << "";
        QTest::newRow("empty id") << QByteArray("GET") << "/v1/notices//end"
                                  << ""
                                  << "";
        QTest::newRow("no version") << QByteArray("GET") << "/health"
                                    << ""
                                    << "";
        QTest::newRow("empty") << QByteArray("GET") << ""
                               << ""
                               << "";
        QTest::newRow("unknown channel") << QByteArray("GET") << "/v1/public/x/sms"
                                         << ""
                                         << "";
    }

    void apiRoute_matchesTheContractsPaths()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QString, pattern);
        QFETCH(QString, parameter);
        const ApiRoute route = ApiRoute::match(method, path);
        QCOMPARE(route.pathTemplate(), pattern);
        QCOMPARE(route.noticeId + route.territory, parameter);
    }

    void apiRequest_readsHeadersWithoutCase()
    {
        ApiRequest r;
        r.headers = {{"authorization", "bearer  abc "}, {"IDEMPOTENCY-KEY", "k"}};
        QCOMPARE(r.bearerToken(), QByteArray("abc"));
        QCOMPARE(r.header("Idempotency-Key"), QByteArray("k"));
        r.headers = {{"Authorization", "Basic abc"}};
        QCOMPARE(r.bearerToken(), QByteArray());
    }

    void userDirectory_builtInHasTheTrainingAccounts()
    {
        const UserDirectory d = UserDirectory::builtIn();
        QSet<QString> companies;
        int coordinators = 0;
        for (const UserDirectory::User &u : d.users()) {
            QCOMPARE(u.territories, QStringList({"rouen-metropole", "le-havre"}));
            if (u.role == QLatin1String("issuer"))
                companies.insert(u.company);
            coordinators += u.role == QLatin1String("coordinator");
        }
        QCOMPARE(companies.size(), 2);
        QCOMPARE(coordinators, 2);
        // Each company has a site in each demo territory.
        for (const QString &company : companies) {
            QSet<QString> territories;
            for (const QJsonObject &s : d.sites())
                if (s.value(QStringLiteral("company")).toString() == company)
                    territories.insert(s.value(QStringLiteral("territory")).toString());
            QCOMPARE(territories.size(), 2);
        }
    }

    void userDirectory_refusesBadFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("[");
        QTest::newRow("no users") << QByteArray(R"({"users": []})");
        QTest::newRow("no password")
            << QByteArray(R"({"users": [{"username": "a", "role": "admin"}]})");
        QTest::newRow("bad role") << QByteArray(
            R"({"users": [{"username": "a", "password": "p", "role": "king"}]})");
        QTest::newRow("issuer without company")
            << QByteArray(R"({"users": [{"username": "a", "password": "p", "role": "issuer"}]})");
        QTest::newRow("unknown territory")
            << QByteArray(R"({"users": [{"username": "a", "password": "p", "role": "admin",
                                         "territories": ["atlantis"]}]})");
        QTest::newRow("site without territory")
            << QByteArray(R"({"users": [{"username": "a", "password": "p", "role": "admin"}],
                              "sites": [{"id": "s", "company": "C"}]})");
    }

    void userDirectory_refusesBadFiles()
    {
        QFETCH(QByteArray, json);
        UserDirectory d;
        QVERIFY(!d.load(json).isEmpty());
    }

    void certificates_serverCertificateVerifiesAgainstTheCa()
    {
        QTemporaryDir dir;
        QCOMPARE(CertificateFactory::ensureTrainingCertificates(dir.path()), QString());
        const QSslCertificate ca(readFile(dir.filePath(QStringLiteral("ca.pem"))));
        const QSslCertificate server(readFile(dir.filePath(QStringLiteral("server.pem"))));
        QVERIFY(!ca.isNull() && !server.isNull());
        QVERIFY(ca.isSelfSigned());
        // verify() trusts only the system's CAs: the training CA is the one error left.
        const auto errors = [&](const QString &host) {
            QList<QSslError::SslError> list;
            for (const QSslError &e : QSslCertificate::verify({server, ca}, host))
                list.append(e.error());
            return list;
        };
        const QList<QSslError::SslError> untrustedRoot{QSslError::SelfSignedCertificateInChain};
        QCOMPARE(errors(QStringLiteral("127.0.0.1")), untrustedRoot);
        QCOMPARE(errors(QStringLiteral("localhost")), untrustedRoot);
        QVERIFY(errors(QStringLiteral("example.org")).contains(QSslError::HostNameMismatch));
        // A second start keeps them.
        QCOMPARE(CertificateFactory::ensureTrainingCertificates(dir.path()), QString());
        QCOMPARE(QSslCertificate(readFile(dir.filePath(QStringLiteral("ca.pem")))), ca);
        QCOMPARE(QSslCertificate(readFile(dir.filePath(QStringLiteral("server.pem")))), server);
    }

    void certificates_anExpiredOneForClientTests()
    {
        QTemporaryDir dir;
        QCOMPARE(CertificateFactory::ensureTrainingCertificates(dir.path()), QString());
        const auto [pem, key] =
            CertificateFactory::issueServer(readFile(dir.filePath(QStringLiteral("ca.pem"))),
                                            readFile(dir.filePath(QStringLiteral("ca-key.pem"))),
                                            {QStringLiteral("127.0.0.1")}, -30, -1);
        QVERIFY(!key.isEmpty());
        const QSslCertificate expired(pem);
        QVERIFY(expired.expiryDate() < QDateTime::currentDateTimeUtc());
        const QSslCertificate ca(readFile(dir.filePath(QStringLiteral("ca.pem"))));
        bool sawExpiry = false;
        for (const QSslError &e :
             QSslCertificate::verify({expired, ca}, QStringLiteral("127.0.0.1")))
            sawExpiry = sawExpiry || e.error() == QSslError::CertificateExpired;
        QVERIFY(sawExpiry);
    }

    void reviewPolicy_incidentsAfterOthersBefore()
    {
        ReviewPolicy policy;
        using M = ReviewPolicy::Moment;
        QCOMPARE(policy.moment(QStringLiteral("le-havre"), QStringLiteral("incident")),
                 M::AfterPublication);
        QCOMPARE(policy.moment(QStringLiteral("le-havre"), QStringLiteral("flaring")),
                 M::BeforePublication);
        policy.setPublishedAtOnce(QStringLiteral("le-havre"), QStringLiteral("siren_test"), true);
        QCOMPARE(policy.moment(QStringLiteral("le-havre"), QStringLiteral("siren_test")),
                 M::AfterPublication);
        QCOMPARE(policy.moment(QStringLiteral("rouen-metropole"), QStringLiteral("siren_test")),
                 M::BeforePublication);
    }
};

QTEST_GUILESS_MAIN(TestSandboxParts)
#include "tst_sandboxparts.moc"
