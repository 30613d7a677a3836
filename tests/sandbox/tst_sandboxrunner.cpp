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

// The sandbox the console starts: the allo-sandbox program as a child process, answering real
// HTTPS on a free loopback port, and gone once stopped.
class TestSandboxRunner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<ApiCall::Result>(); }

    void answersHttpsFromItsOwnThread()
    {
        QTemporaryDir dir;
        SandboxRunner runner{Clock(), kProgram};
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
            SandboxRunner runner{Clock(), kProgram};
            QCOMPARE(runner.start(dir.path()), QString());
            firstCa = runner.caFile();
        }
        QFile ca(firstCa);
        QVERIFY(ca.open(QIODevice::ReadOnly));
        const QByteArray pem = ca.readAll();
        ca.close();
        SandboxRunner again{Clock(), kProgram};
        QCOMPARE(again.start(dir.path()), QString());
        QVERIFY(ca.open(QIODevice::ReadOnly));
        QCOMPARE(ca.readAll(), pem); // the CA the console trusts stays the same
        QVERIFY(!call(again, "GET", QStringLiteral("/v1/health"), {}).isEmpty());
        QVERIFY(again.processId() > 0);
        const QString wal = dir.filePath(QStringLiteral("sandbox.sqlite-wal"));
        QVERIFY(QFile::exists(wal));
        again.stop();
        QCOMPARE(again.processId(), 0);
        // Stopped by the end of its input, not killed: its database was closed, which removes
        // the write-ahead log.
        QVERIFY(!QFile::exists(wal));
        again.stop(); // twice is harmless
    }

    void missingProgram_isNamed()
    {
        QTemporaryDir dir;
        const QString program = dir.filePath(QStringLiteral("allo-sandbox"));
        SandboxRunner runner{Clock(), program};
        const QString error = runner.start(dir.filePath(QStringLiteral("data")));
        QVERIFY2(error.contains(program), qPrintable(error));
        QVERIFY(runner.url().isEmpty());
    }

private:
    const QString kProgram = QStringLiteral(ALLO_SANDBOX_BIN);

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
