#include "ApiCall.h"
#include "PlatformConnection.h"
#include "SpkiPin.h"
#include "TlsTestServer.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(ApiCall::Result)

class TestApiCall : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<ApiCall::Result>(); }

    void trustedServer_answersJsonWithHeaders()
    {
        TlsTestServer server({QStringLiteral("127.0.0.1")});
        server.setResponse(
            TlsTestServer::http(200, R"({"status":"ok"})", "ETag: \"r7\"\r\nRetry-After: 12\r\n"));
        PlatformConnection connection;
        QCOMPARE(connection.configure(server.url(), server.caFile(), {}), QString());
        connection.setAccessToken(QStringLiteral("tok"));
        const ApiCall::Result r = run(connection, "GET", QStringLiteral("/v1/health"));
        QVERIFY2(r.succeeded(), qPrintable(r.error));
        QCOMPARE(r.json.object().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(r.etag, QByteArray("\"r7\""));
        QCOMPARE(r.retryAfterSeconds, std::optional(12));
        QVERIFY(server.lastRequest().startsWith("GET /v1/health HTTP/1.1"));
        QVERIFY(server.lastRequest().contains("Authorization: Bearer tok"));
    }

    void unknownCa_isRefused()
    {
        TlsTestServer server({QStringLiteral("127.0.0.1")});
        server.setResponse(TlsTestServer::http(200, "{}"));
        PlatformConnection connection;
        QCOMPARE(connection.configure(server.url(), {}, {}), QString());
        const ApiCall::Result r = run(connection, "GET", QStringLiteral("/v1/health"));
        QCOMPARE(r.outcome, ApiCall::Outcome::Tls);
        QVERIFY2(r.error.contains(QLatin1String("CA")), qPrintable(r.error));
    }

    void wrongHostName_isRefused()
    {
        TlsTestServer server({QStringLiteral("platform.example.org")});
        server.setResponse(TlsTestServer::http(200, "{}"));
        PlatformConnection connection;
        QCOMPARE(connection.configure(server.url(), server.caFile(), {}), QString());
        const ApiCall::Result r = run(connection, "GET", QStringLiteral("/v1/health"));
        QCOMPARE(r.outcome, ApiCall::Outcome::Tls);
    }

    void expiredCertificate_isRefused()
    {
        TlsTestServer server({QStringLiteral("127.0.0.1")}, -30, -1);
        server.setResponse(TlsTestServer::http(200, "{}"));
        PlatformConnection connection;
        QCOMPARE(connection.configure(server.url(), server.caFile(), {}), QString());
        const ApiCall::Result r = run(connection, "GET", QStringLiteral("/v1/health"));
        QCOMPARE(r.outcome, ApiCall::Outcome::Tls);
        QVERIFY2(r.error.contains(QLatin1String("expired"), Qt::CaseInsensitive),
                 qPrintable(r.error));
    }

    void pin_mismatchIsAHardFailureNamingThePin_matchPasses()
    {
        TlsTestServer server({QStringLiteral("127.0.0.1")});
        TlsTestServer other({QStringLiteral("127.0.0.1")});
        server.setResponse(TlsTestServer::http(200, "{}"));
        const QString wrongPin = SpkiPin::toBase64(SpkiPin::of(other.certificate()));
        PlatformConnection connection;
        QCOMPARE(connection.configure(server.url(), server.caFile(), wrongPin), QString());
        const ApiCall::Result r = run(connection, "GET", QStringLiteral("/v1/health"));
        QCOMPARE(r.outcome, ApiCall::Outcome::PinMismatch);
        QVERIFY2(r.error.contains(wrongPin), qPrintable(r.error));

        const QString rightPin = SpkiPin::toBase64(SpkiPin::of(server.certificate()));
        QCOMPARE(connection.configure(server.url(), server.caFile(), rightPin), QString());
        QCOMPARE(run(connection, "GET", QStringLiteral("/v1/health")).outcome,
                 ApiCall::Outcome::Answered);
    }

    void plainHttp_isRefusedBeforeAnyRequest()
    {
        PlatformConnection connection;
        const QString error =
            connection.configure(QStringLiteral("http://platform.example.org"), {}, {});
        QVERIFY2(error.contains(QLatin1String("https://")), qPrintable(error));
    }

    void badCaFileOrPin_isExplained()
    {
        PlatformConnection connection;
        QVERIFY(connection
                    .configure(QStringLiteral("https://p.example.org"),
                               QStringLiteral("/no/such/ca.pem"), {})
                    .contains(QLatin1String("/no/such/ca.pem")));
        QVERIFY(
            connection.configure(QStringLiteral("https://p.example.org"), {}, QStringLiteral("abc"))
                .contains(QLatin1String("abc")));
    }

    void silence_isATimeout_notACancel()
    {
        TlsTestServer server({QStringLiteral("127.0.0.1")});
        PlatformConnection connection;
        QCOMPARE(connection.configure(server.url(), server.caFile(), {}), QString());
        connection.setTimeoutMs(300);
        const ApiCall::Result r = run(connection, "GET", QStringLiteral("/v1/health"));
        QCOMPARE(r.outcome, ApiCall::Outcome::Timeout);
    }

    void cancel_isACancel()
    {
        TlsTestServer server({QStringLiteral("127.0.0.1")});
        PlatformConnection connection;
        QCOMPARE(connection.configure(server.url(), server.caFile(), {}), QString());
        auto *call = new ApiCall(connection, "GET", QStringLiteral("/v1/health"));
        QSignalSpy done(call, &ApiCall::finished);
        call->start();
        QTimer::singleShot(100, call, &ApiCall::cancel);
        QVERIFY(done.wait(5000));
        QCOMPARE(done.first().first().value<ApiCall::Result>().outcome,
                 ApiCall::Outcome::Cancelled);
    }

    void oversizedAnswer_isRefused()
    {
        TlsTestServer server({QStringLiteral("127.0.0.1")});
        server.setResponse(TlsTestServer::http(200, QByteArray(300 * 1024, 'x')));
        PlatformConnection connection;
        QCOMPARE(connection.configure(server.url(), server.caFile(), {}), QString());
        connection.setMaxResponseBytes(100 * 1024);
        QCOMPARE(run(connection, "GET", QStringLiteral("/v1/notices")).outcome,
                 ApiCall::Outcome::TooLarge);
    }

    void garbage_givesAClearError()
    {
        TlsTestServer server({QStringLiteral("127.0.0.1")});
        server.setResponse(TlsTestServer::http(200, "<html>proxy login</html>"));
        PlatformConnection connection;
        QCOMPARE(connection.configure(server.url(), server.caFile(), {}), QString());
        const ApiCall::Result r = run(connection, "GET", QStringLiteral("/v1/me"));
        QCOMPARE(r.outcome, ApiCall::Outcome::BadJson);
        QVERIFY2(r.error.contains(QLatin1String("JSON")), qPrintable(r.error));
    }

    void problemJson_isReadWithItsFields()
    {
        TlsTestServer server({QStringLiteral("127.0.0.1")});
        server.setResponse(TlsTestServer::http(
            422,
            R"({"title":"Invalid notice","status":422,"errors":[{"field":"site.commune","code":"required","message":"This field is required."}]})",
            {}, "application/problem+json"));
        PlatformConnection connection;
        QCOMPARE(connection.configure(server.url(), server.caFile(), {}), QString());
        const ApiCall::Result r = run(connection, "POST", QStringLiteral("/v1/notices"), "{}");
        QCOMPARE(r.status, 422);
        QVERIFY(r.problem);
        QCOMPARE(r.problem->errors.first().field, QStringLiteral("site.commune"));
        QVERIFY(r.error.contains(QLatin1String("site.commune: This field is required.")));
    }

    void answered_readsRetryAfterDatesAndEmptyProblems()
    {
        const QDateTime now(QDate(2026, 3, 22), QTime(9, 58), Qt::UTC);
        const ApiCall::Result busy =
            ApiCall::answered(503, {}, {}, "Sun, 22 Mar 2026 10:00:00 GMT", now);
        QCOMPARE(busy.retryAfterSeconds, std::optional(120));
        QCOMPARE(
            ApiCall::answered(429, {}, {}, "Sun, 22 Mar 2026 09:00:00 GMT", now).retryAfterSeconds,
            std::optional(0)); // a date gone by: at once, never negative
        QCOMPARE(ApiCall::answered(429, {}, {}, "soon", now).retryAfterSeconds, std::nullopt);
        // A problem with an empty title still says something, with the status.
        const ApiCall::Result empty = ApiCall::answered(409, "{\"title\":\"\"}", {}, {}, now);
        QVERIFY(empty.problem);
        QVERIFY2(empty.error.contains(QLatin1String("409")), qPrintable(empty.error));
    }

private:
    static ApiCall::Result run(PlatformConnection &connection, const QByteArray &method,
                               const QString &path, const QByteArray &body = {})
    {
        auto *call = new ApiCall(connection, method, path, body);
        QSignalSpy done(call, &ApiCall::finished);
        call->start();
        if (!done.wait(10000))
            qFatal("The call did not finish");
        return done.first().first().value<ApiCall::Result>();
    }
};

QTEST_GUILESS_MAIN(TestApiCall)
#include "tst_apicall.moc"
