#include "TestData.h"
#include "TestPublishable.h"

#include <QElapsedTimer>
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
#include <QSslSocket>
#include <QTcpSocket>
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

    // One request with the sandbox's CA; returns {http status, JSON body}.
    static std::pair<int, QJsonObject> send(const QString &dir, const QString &url,
                                            const QByteArray &method, const QJsonObject &body,
                                            const QString &token = {})
    {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(QSslCertificate::fromPath(dir + QStringLiteral("/ca.pem")));
        QNetworkAccessManager nam;
        QNetworkRequest request{QUrl(url)};
        request.setSslConfiguration(ssl);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        QNetworkReply *reply = nam.sendCustomRequest(
            request, method, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(20000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        delete reply;
        return {status, json};
    }

    static void writeUsers(const QString &path,
                           const QList<std::pair<const char *, const char *>> &users)
    {
        QJsonArray list;
        for (const auto &[name, password] : users)
            list.append(QJsonObject{
                {QStringLiteral("username"), QLatin1String(name)},
                {QStringLiteral("password"), QLatin1String(password)},
                {QStringLiteral("role"), QStringLiteral("coordinator")},
                {QStringLiteral("territories"), QJsonArray{QStringLiteral("le-havre")}}});
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(QJsonDocument(QJsonObject{{QStringLiteral("users"), list}}).toJson());
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

    void usersFile_changedPasswordOrRemovedUser_revokesTheirSessions()
    {
        QTemporaryDir dir;
        const QString users = dir.filePath(QStringLiteral("users.json"));
        writeUsers(users, {{"solo", "s3cret"}, {"duo", "d2-secret"}, {"trio", "t3-secret"}});
        Sandbox s = start(dir.path(), {QStringLiteral("--users"), users});
        QVERIFY(!s.url.isEmpty());
        QHash<QString, QJsonObject> tokens;
        for (const auto &[name, password] :
             {std::pair{"solo", "s3cret"}, std::pair{"duo", "d2-secret"},
              std::pair{"trio", "t3-secret"}}) {
            const auto [status, json] =
                send(dir.path(), s.url + QStringLiteral("/v1/auth/token"), "POST",
                     {{QStringLiteral("username"), QLatin1String(name)},
                      {QStringLiteral("password"), QLatin1String(password)}});
            QCOMPARE(status, 200);
            tokens.insert(QLatin1String(name), json);
        }
        stop(s);

        // solo's password changes, duo's stays, trio leaves.
        writeUsers(users, {{"solo", "n3w-secret"}, {"duo", "d2-secret"}});
        s = start(dir.path(), {QStringLiteral("--users"), users});
        QVERIFY(!s.url.isEmpty());
        const auto me = [&](const char *name) {
            return send(dir.path(), s.url + QStringLiteral("/v1/me"), "GET", {},
                        tokens.value(QLatin1String(name))
                            .value(QStringLiteral("access_token"))
                            .toString())
                .first;
        };
        const auto refresh = [&](const char *name) {
            return send(
                       dir.path(), s.url + QStringLiteral("/v1/auth/refresh"), "POST",
                       {{QStringLiteral("refresh_token"),
                         tokens.value(QLatin1String(name)).value(QStringLiteral("refresh_token"))}})
                .first;
        };
        QCOMPARE(me("solo"), 401);
        QCOMPARE(refresh("solo"), 401);
        QCOMPARE(me("trio"), 401);
        QCOMPARE(refresh("trio"), 401);
        // An unchanged password keeps its sessions.
        QCOMPARE(me("duo"), 200);
        QCOMPARE(refresh("duo"), 200);
        QCOMPARE(send(dir.path(), s.url + QStringLiteral("/v1/auth/token"), "POST",
                      {{QStringLiteral("username"), QStringLiteral("solo")},
                       {QStringLiteral("password"), QStringLiteral("n3w-secret")}})
                     .first,
                 200);
        stop(s);
    }

    void silentConnections_areClosedAfterTheirTimeout()
    {
        QTemporaryDir dir;
        Sandbox s = start(dir.path(), {QStringLiteral("--handshake-timeout"), QStringLiteral("1"),
                                       QStringLiteral("--idle-timeout"), QStringLiteral("2")});
        QVERIFY(!s.url.isEmpty());
        const quint16 port = QUrl(s.url).port();
        // How long the sandbox keeps the connection open; -1 if it is still open after 10 s.
        const auto heldFor = [](QAbstractSocket &socket) -> qint64 {
            QElapsedTimer held;
            held.start();
            QSignalSpy closed(&socket, &QAbstractSocket::disconnected);
            if (socket.state() != QAbstractSocket::UnconnectedState && !closed.wait(10000))
                return -1;
            return held.elapsed();
        };
        {
            QTcpSocket silent;
            silent.connectToHost(QHostAddress::LocalHost, port);
            QVERIFY(silent.waitForConnected(10000));
            const qint64 ms = heldFor(silent);
            qInfo("nothing sent: closed after %lld ms", ms);
            QVERIFY2(ms >= 500 && ms <= 4000, qPrintable(QString::number(ms)));
        }
        {
            // The first bytes of a ClientHello record that announces 512 bytes.
            QTcpSocket half;
            half.connectToHost(QHostAddress::LocalHost, port);
            QVERIFY(half.waitForConnected(10000));
            half.write(QByteArray::fromHex("160301020001000200fc0303") + QByteArray(32, '\x2a'));
            QVERIFY(half.waitForBytesWritten(10000));
            const qint64 ms = heldFor(half);
            qInfo("half a ClientHello: closed after %lld ms", ms);
            QVERIFY2(ms >= 500 && ms <= 4000, qPrintable(QString::number(ms)));
        }
        {
            QSslSocket idle;
            QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
            ssl.setCaCertificates(
                QSslCertificate::fromPath(dir.filePath(QStringLiteral("ca.pem"))));
            idle.setSslConfiguration(ssl);
            idle.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
            QVERIFY2(idle.waitForEncrypted(10000), qPrintable(idle.errorString()));
            const qint64 ms = heldFor(idle);
            qInfo("handshake done, then nothing: closed after %lld ms", ms);
            QVERIFY2(ms >= 1500 && ms <= 5000, qPrintable(QString::number(ms)));
        }
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
        QTest::newRow("no failed sign-in allowed")
            << QStringList{QStringLiteral("--data"), QStringLiteral("/tmp"),
                           QStringLiteral("--max-failed-sign-ins"), QStringLiteral("0")};
        QTest::newRow("idle timeout not a number")
            << QStringList{QStringLiteral("--data"), QStringLiteral("/tmp"),
                           QStringLiteral("--idle-timeout"), QStringLiteral("soon")};
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
