#include "TestData.h"
#include "TestPublishable.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

// The allo-sandbox program as a user starts it: port 0, its own CA on first start, keys only the
// owner can read, curl as a second client, the data kept across restarts, the fault option.
class TestSandboxProcess : public QObject
{
    Q_OBJECT

    // A running sandbox and the address it printed.
    struct Sandbox
    {
        std::unique_ptr<QProcess> process;
        QString url;
    };

    static Sandbox start(const QString &dir, const QStringList &extra = {})
    {
        Sandbox s;
        s.process = std::make_unique<QProcess>();
        s.process->setProcessChannelMode(QProcess::SeparateChannels);
        s.process->start(QStringLiteral(ALLO_SANDBOX_BIN),
                         QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                     QStringLiteral("--data"), dir, QStringLiteral("--now"),
                                     QStringLiteral("2026-03-20T12:00:00+01:00")} +
                             extra);
        if (!s.process->waitForStarted())
            return s;
        static const QRegularExpression line(QStringLiteral("listening on (https://\\S+)"));
        QByteArray out;
        while (!line.match(QString::fromUtf8(out)).hasMatch() && s.process->waitForReadyRead(30000))
            out += s.process->readAllStandardOutput();
        s.url = line.match(QString::fromUtf8(out)).captured(1);
        return s;
    }

    static void stop(Sandbox &s)
    {
        s.process->terminate();
        s.process->waitForFinished();
    }

    // curl exactly as docs/api/README.md shows it; returns {http status, body}.
    std::pair<int, QByteArray> curl(const QString &url, const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral("curl"),
                QStringList{QStringLiteral("--silent"), QStringLiteral("--show-error"),
                            QStringLiteral("--cacert"), m_dir.filePath(QStringLiteral("ca.pem")),
                            QStringLiteral("--write-out"), QStringLiteral("\n%{http_code}")} +
                    args + QStringList{url});
        p.waitForFinished(60000);
        const QByteArray out = p.readAllStandardOutput();
        const qsizetype cut = out.lastIndexOf('\n');
        return {out.mid(cut + 1).toInt(), out.left(cut)};
    }

    static int httpsGet(const QString &url, const QSslConfiguration &ssl)
    {
        QNetworkAccessManager nam;
        QNetworkRequest request{QUrl(url)};
        request.setSslConfiguration(ssl);
        QNetworkReply *reply = nam.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(20000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        delete reply;
        return status;
    }

    QTemporaryDir m_dir;
    Sandbox m_sandbox;

private slots:
    void initTestCase()
    {
        m_sandbox = start(m_dir.path());
        QVERIFY2(m_sandbox.url.startsWith(QLatin1String("https://127.0.0.1:")),
                 m_sandbox.process->readAllStandardError().constData());
        QVERIFY(!m_sandbox.url.endsWith(QLatin1String(":0")));
    }

    void firstStart_writesTheCaAndOwnerOnlyKeys()
    {
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("ca.pem"))));
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                QFileDevice::WriteOther | QFileDevice::ExeOther;
        for (const char *key : {"ca-key.pem", "server-key.pem"}) {
            const QFileInfo info(m_dir.filePath(QLatin1String(key)));
            QVERIFY(info.exists());
            QCOMPARE(info.permissions() & others, QFileDevice::Permissions());
        }
    }

    void https_trustsOnlyWithTheCa()
    {
        QSslConfiguration withCa = QSslConfiguration::defaultConfiguration();
        withCa.setCaCertificates(
            QSslCertificate::fromPath(m_dir.filePath(QStringLiteral("ca.pem"))));
        QCOMPARE(httpsGet(m_sandbox.url + QStringLiteral("/v1/health"), withCa), 200);
        // Without it the certificate is refused (status 0: no HTTP answer at all).
        QCOMPARE(httpsGet(m_sandbox.url + QStringLiteral("/v1/health"),
                          QSslConfiguration::defaultConfiguration()),
                 0);
    }

    void curl_signsInSubmitsAndReads()
    {
        auto [status, body] = curl(m_sandbox.url + QStringLiteral("/v1/health"), {});
        QCOMPARE(status, 200);
        QCOMPARE(QJsonDocument::fromJson(body).object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("ok"));

        std::tie(status, body) = curl(
            m_sandbox.url + QStringLiteral("/v1/auth/token"),
            {QStringLiteral("-H"), QStringLiteral("Content-Type: application/json"),
             QStringLiteral("-d"),
             QStringLiteral(R"({"username": "issuer.chimie", "password": "training-chimie"})")});
        QCOMPARE(status, 200);
        const QString token =
            QJsonDocument::fromJson(body).object().value(QStringLiteral("access_token")).toString();
        QVERIFY(!token.isEmpty());

        QJsonObject notice = TestData::sample(QStringLiteral("flaring-maintenance")).toJson();
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        notice.insert(QStringLiteral("id"), id);
        notice.insert(QStringLiteral("company"), QStringLiteral("Chimie de la Vallée"));
        notice.insert(
            QStringLiteral("site"),
            QJsonObject{{QStringLiteral("id"), QStringLiteral("cv-port-jerome")},
                        {QStringLiteral("name"), QStringLiteral("Atelier")},
                        {QStringLiteral("commune"), QStringLiteral("Port-Jérôme-sur-Seine")}});
        notice = TestData::publishable(notice);
        QFile file(m_dir.filePath(QStringLiteral("notice.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(notice).toJson());
        file.close();
        const QStringList auth{QStringLiteral("-H"),
                               QStringLiteral("Authorization: Bearer ") + token};
        const QStringList post =
            auth + QStringList{QStringLiteral("-H"),
                               QStringLiteral("Idempotency-Key: ") +
                                   QUuid::createUuid().toString(QUuid::WithoutBraces),
                               QStringLiteral("-H"),
                               QStringLiteral("Content-Type: application/json"),
                               QStringLiteral("--data-binary"),
                               QLatin1Char('@') + file.fileName()};
        std::tie(status, body) = curl(m_sandbox.url + QStringLiteral("/v1/notices"), post);
        QCOMPARE(status, 201);
        QCOMPARE(QJsonDocument::fromJson(body).object().value(QStringLiteral("state")).toString(),
                 QStringLiteral("pending_review"));
        // The same key again: the stored answer.
        std::tie(status, body) = curl(m_sandbox.url + QStringLiteral("/v1/notices"), post);
        QCOMPARE(status, 201);

        std::tie(status, body) = curl(m_sandbox.url + QStringLiteral("/v1/notices/") + id, auth);
        QCOMPARE(status, 200);
        QCOMPARE(QJsonDocument::fromJson(body).object().value(QStringLiteral("revision")).toInt(),
                 1);
        std::tie(status, body) = curl(m_sandbox.url + QStringLiteral("/v1/nowhere"), auth);
        QCOMPARE(status, 404);
        QCOMPARE(QJsonDocument::fromJson(body).object().value(QStringLiteral("status")).toInt(),
                 404);
        // Over 64 KiB.
        std::tie(status, body) =
            curl(m_sandbox.url + QStringLiteral("/v1/auth/token"),
                 {QStringLiteral("--data-binary"), QString(70000, QLatin1Char('x'))});
        QCOMPARE(status, 413);
    }

    void restart_keepsTheDataAndTheCertificates()
    {
        const QByteArray ca = [&] {
            QFile f(m_dir.filePath(QStringLiteral("ca.pem")));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        stop(m_sandbox);
        m_sandbox = start(m_dir.path());
        QVERIFY(!m_sandbox.url.isEmpty());
        QFile f(m_dir.filePath(QStringLiteral("ca.pem")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), ca);
        auto [status, body] =
            curl(m_sandbox.url + QStringLiteral("/v1/auth/token"),
                 {QStringLiteral("-H"), QStringLiteral("Content-Type: application/json"),
                  QStringLiteral("-d"),
                  QStringLiteral(R"({"username": "coord.anne", "password": "training-anne"})")});
        QCOMPARE(status, 200);
        const QString token =
            QJsonDocument::fromJson(body).object().value(QStringLiteral("access_token")).toString();
        std::tie(status, body) =
            curl(m_sandbox.url + QStringLiteral("/v1/notices"),
                 {QStringLiteral("-H"), QStringLiteral("Authorization: Bearer ") + token});
        QCOMPARE(status, 200);
        QCOMPARE(
            QJsonDocument::fromJson(body).object().value(QStringLiteral("items")).toArray().size(),
            1);
    }

    void dropAfterCommit_curlRetryGetsTheStoredAnswer()
    {
        QTemporaryDir dir;
        Sandbox faulty =
            start(dir.path(), {QStringLiteral("--faults"), QStringLiteral("drop-after-commit=1")});
        QVERIFY(!faulty.url.isEmpty());
        QProcess p;
        const QStringList base{QStringLiteral("--silent"), QStringLiteral("--cacert"),
                               dir.filePath(QStringLiteral("ca.pem")),
                               QStringLiteral("--write-out"), QStringLiteral("%{http_code}")};
        p.start(QStringLiteral("curl"),
                base + QStringList{
                           QStringLiteral("-H"), QStringLiteral("Content-Type: application/json"),
                           QStringLiteral("-d"),
                           QStringLiteral(
                               R"({"username": "coord.bruno", "password": "training-bruno"})"),
                           QStringLiteral("--output"), dir.filePath(QStringLiteral("t.json")),
                           faulty.url + QStringLiteral("/v1/auth/token")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.readAllStandardOutput(), QByteArray("200")); // signing in commits no change
        QFile tokens(dir.filePath(QStringLiteral("t.json")));
        QVERIFY(tokens.open(QIODevice::ReadOnly));
        const QString token = QJsonDocument::fromJson(tokens.readAll())
                                  .object()
                                  .value(QStringLiteral("access_token"))
                                  .toString();
        QJsonObject notice = TestData::sample(QStringLiteral("incident-smoke")).toJson();
        notice.insert(QStringLiteral("company"), QStringLiteral("Chimie de la Vallée"));
        notice.insert(
            QStringLiteral("site"),
            QJsonObject{{QStringLiteral("id"), QStringLiteral("cv-grand-quevilly")},
                        {QStringLiteral("name"), QStringLiteral("Usine")},
                        {QStringLiteral("commune"), QStringLiteral("Le Grand-Quevilly")}});
        const QStringList post =
            base + QStringList{QStringLiteral("--output"),
                               QStringLiteral("/dev/null"),
                               QStringLiteral("-H"),
                               QStringLiteral("Authorization: Bearer ") + token,
                               QStringLiteral("-H"),
                               QStringLiteral("Idempotency-Key: drop-1"),
                               QStringLiteral("-H"),
                               QStringLiteral("Content-Type: application/json"),
                               QStringLiteral("-d"),
                               QString::fromUtf8(QJsonDocument(notice).toJson()),
                               faulty.url + QStringLiteral("/v1/notices")};
        p.start(QStringLiteral("curl"), post);
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.readAllStandardOutput(), QByteArray("000")); // cut before any answer
        QVERIFY(p.exitCode() != 0);
        p.start(QStringLiteral("curl"), post);
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.readAllStandardOutput(), QByteArray("201"));
        stop(faulty);
    }

    void usersFile_replacesTheTrainingAccounts()
    {
        QTemporaryDir dir;
        QFile users(dir.filePath(QStringLiteral("users.json")));
        QVERIFY(users.open(QIODevice::WriteOnly));
        users.write("{\"users\": [{\"username\": \"solo\", \"password\": \"s3cret\", "
                    "\"role\": \"coordinator\", \"territories\": [\"le-havre\"]}]}");
        users.close();
        Sandbox s = start(dir.path(), {QStringLiteral("--users"), users.fileName()});
        QVERIFY(!s.url.isEmpty());
        const auto signIn = [&](const char *body) {
            QProcess p;
            p.start(QStringLiteral("curl"),
                    {QStringLiteral("--silent"), QStringLiteral("--cacert"),
                     dir.filePath(QStringLiteral("ca.pem")), QStringLiteral("--output"),
                     QStringLiteral("/dev/null"), QStringLiteral("--write-out"),
                     QStringLiteral("%{http_code}"), QStringLiteral("-d"), QLatin1String(body),
                     s.url + QStringLiteral("/v1/auth/token")});
            p.waitForFinished(60000);
            return p.readAllStandardOutput();
        };
        QCOMPARE(signIn("{\"username\": \"solo\", \"password\": \"s3cret\"}"), QByteArray("200"));
        QCOMPARE(signIn("{\"username\": \"coord.anne\", \"password\": \"training-anne\"}"),
                 QByteArray("401"));
        stop(s);
    }

    void badOptions_exitWithAMessage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no data") << QStringList{};
        QTest::newRow("unknown fault")
            << QStringList{QStringLiteral("--data"), QStringLiteral("/tmp"),
                           QStringLiteral("--faults"), QStringLiteral("fire=1")};
        QTest::newRow("bad now") << QStringList{QStringLiteral("--data"), QStringLiteral("/tmp"),
                                                QStringLiteral("--now"), QStringLiteral("soon")};
        QTest::newRow("cert without key")
            << QStringList{QStringLiteral("--data"), QStringLiteral("/tmp"),
                           QStringLiteral("--cert"), QStringLiteral("x.pem")};
    }

    void badOptions_exitWithAMessage()
    {
        QFETCH(QStringList, arguments);
        QProcess p;
        p.start(QStringLiteral(ALLO_SANDBOX_BIN), arguments);
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().startsWith("allo-sandbox: "));
    }

    void cleanupTestCase() { stop(m_sandbox); }
};

QTEST_GUILESS_MAIN(TestSandboxProcess)
#include "tst_sandboxprocess.moc"
