#include "ApiCall.h"
#include "PlatformConnection.h"
#include "SandboxRunner.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

Q_DECLARE_METATYPE(ApiCall::Result)

// The sandbox inside the console: started on its own thread, it answers real HTTPS on a free
// loopback port while the calling thread keeps its event loop.
class TestSandboxRunner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<ApiCall::Result>(); }

    void answersHttpsFromItsOwnThread()
    {
        QTemporaryDir dir;
        SandboxRunner runner{Clock()};
        QCOMPARE(runner.start(dir.path()), QString());
        QVERIFY2(runner.url().startsWith(QLatin1String("https://127.0.0.1:")),
                 qPrintable(runner.url()));
        QVERIFY(QFile::exists(runner.caFile()));

        const QJsonObject health = call(runner, "GET", QStringLiteral("/v1/health"), {});
        QVERIFY(!health.isEmpty());

        // The training accounts are there: an issuer can sign in.
        const QString password = SandboxRunner::trainingPassword(QStringLiteral("issuer.chimie"));
        QVERIFY(!password.isEmpty());
        QVERIFY(SandboxRunner::trainingPassword(QStringLiteral("nobody")).isEmpty());
        const QJsonObject tokens = call(
            runner, "POST", QStringLiteral("/v1/auth/token"),
            QJsonDocument(QJsonObject{{QStringLiteral("username"), QStringLiteral("issuer.chimie")},
                                      {QStringLiteral("password"), password}})
                .toJson());
        QVERIFY(!tokens.value(QStringLiteral("access_token")).toString().isEmpty());
    }

    void restartsOnTheSameDataAndStopsCleanly()
    {
        QTemporaryDir dir;
        QString firstCa;
        {
            SandboxRunner runner{Clock()};
            QCOMPARE(runner.start(dir.path()), QString());
            firstCa = runner.caFile();
        }
        QFile ca(firstCa);
        QVERIFY(ca.open(QIODevice::ReadOnly));
        const QByteArray pem = ca.readAll();
        ca.close();
        SandboxRunner again{Clock()};
        QCOMPARE(again.start(dir.path()), QString());
        QVERIFY(ca.open(QIODevice::ReadOnly));
        QCOMPARE(ca.readAll(), pem); // the CA the console trusts stays the same
        QVERIFY(!call(again, "GET", QStringLiteral("/v1/health"), {}).isEmpty());
        again.stop();
        again.stop(); // twice is harmless
    }

    void unusableFolder_isNamed()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("not-a-folder"));
        QFile(file).open(QIODevice::WriteOnly);
        SandboxRunner runner{Clock()};
        const QString error = runner.start(file);
        QVERIFY2(error.contains(file), qPrintable(error));
    }

private:
    static QJsonObject call(const SandboxRunner &runner, const QByteArray &method,
                            const QString &path, const QByteArray &body)
    {
        PlatformConnection connection;
        if (!connection.configure(runner.url(), runner.caFile(), {}).isEmpty())
            return {};
        auto *apiCall = new ApiCall(connection, method, path, body);
        if (!body.isEmpty())
            apiCall->setHeader("Content-Type", "application/json");
        QSignalSpy finished(apiCall, &ApiCall::finished);
        apiCall->start();
        if (!finished.wait(10000))
            return {};
        const auto result = finished.first().first().value<ApiCall::Result>();
        return result.succeeded() ? result.json.object() : QJsonObject();
    }
};

QTEST_GUILESS_MAIN(TestSandboxRunner)
#include "tst_sandboxrunner.moc"
