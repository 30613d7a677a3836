#include "ChannelRenderer.h"
#include "ContractCoverage.h"
#include "IsoTime.h"
#include "SandboxHarness.h"
#include "TelephonyWav.h"
#include "TestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <functional>

// The contract of docs/api/openapi.yaml against the sandbox, over real HTTPS on loopback. The
// last test fails when an operation or status of the yaml was never exercised here.
class TestSandboxContract : public QObject
{
    Q_OBJECT

    using Reply = SandboxHarness::Reply;
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    const QString cv = QStringLiteral("Chimie de la Vallée");
    const QString rg = QStringLiteral("Raffinerie de Gonfreville");
    const QString rouen = QStringLiteral("rouen-metropole");
    const QString havre = QStringLiteral("le-havre");

    std::unique_ptr<SandboxHarness> h;
    QString chimie, raffinerie, anne, bruno, havreCoord, admin;

    static QString str(const QJsonObject &o, const char *key)
    {
        return o.value(QLatin1String(key)).toString();
    }

    QJsonObject chimieNotice(const QString &sample = QStringLiteral("flaring-maintenance"))
    {
        return SandboxHarness::notice(sample, cv, rouen, QStringLiteral("cv-grand-quevilly"));
    }

    // Submits and checks the 201; returns the notice's id.
    QString submit(const QString &token, const QJsonObject &notice)
    {
        const Reply r =
            h->call(token, "POST", QStringLiteral("/v1/notices"), notice, SandboxHarness::newKey());
        if (r.status != 201)
            qWarning() << r.status << r.body;
        return r.status == 201 ? str(r.json, "id") : QString();
    }

    Reply get(const QString &token, const QString &id, const Headers &headers = {})
    {
        return h->call(token, "GET", QStringLiteral("/v1/notices/") + id, {}, {}, headers);
    }

    Reply review(const QString &token, const QString &id, int revision, const QString &decision,
                 const QString &comment = {})
    {
        QJsonObject body{{QStringLiteral("revision"), revision},
                         {QStringLiteral("decision"), decision}};
        if (!comment.isEmpty())
            body.insert(QStringLiteral("comment"), comment);
        return h->call(token, "POST", QStringLiteral("/v1/notices/%1/review").arg(id), body,
                       SandboxHarness::newKey());
    }

    QJsonArray publicItems(const QString &segment, const QString &territory,
                           const QString &query = {})
    {
        const Reply r =
            h->request("GET", QStringLiteral("/v1/public/%1/%2%3").arg(territory, segment, query));
        return r.json.value(QStringLiteral("items")).toArray();
    }

    // A concrete path for a template of the yaml.
    QString concrete(const QString &path, const QString &id) const
    {
        QString p = path;
        return p.replace(QLatin1String("{id}"), id)
            .replace(QLatin1String("{territory}"), rouen)
            .replace(QLatin1String("{rev}"), QLatin1String("1"));
    }

    QSet<QString> documented() const
    {
        return ContractCoverage::documented(QStringLiteral(ALLO_OPENAPI));
    }

private slots:
    void initTestCase()
    {
        h = std::make_unique<SandboxHarness>();
        QVERIFY(h->isReady());
        chimie = h->signIn(QStringLiteral("issuer.chimie"));
        raffinerie = h->signIn(QStringLiteral("issuer.raffinerie"));
        anne = h->signIn(QStringLiteral("coord.anne"));
        bruno = h->signIn(QStringLiteral("coord.bruno"));
        havreCoord = h->signIn(QStringLiteral("coord.havre"));
        admin = h->signIn(QStringLiteral("admin"));
        for (const QString &t : {chimie, raffinerie, anne, bruno, havreCoord, admin})
            QVERIFY(!t.isEmpty());
    }

    void health_answersWithoutToken()
    {
        const Reply r = h->request("GET", QStringLiteral("/v1/health"));
        QCOMPARE(r.status, 200);
        QCOMPARE(str(r.json, "status"), QStringLiteral("ok"));
        QCOMPARE(IsoTime::parse(str(r.json, "time"))->toUTC(), TestData::sampleNow().toUTC());
    }

    void signIn_givesTokensAndTheUser()
    {
        const Reply r =
            h->request("POST", QStringLiteral("/v1/auth/token"),
                       "{\"username\": \"coord.anne\", \"password\": \"training-anne\"}");
        QCOMPARE(r.status, 200);
        QVERIFY(!str(r.json, "access_token").isEmpty());
        QVERIFY(!str(r.json, "refresh_token").isEmpty());
        QCOMPARE(r.json.value(QStringLiteral("expires_in")).toInt(),
                 SandboxHarness::kAccessLifetime);
        const QJsonObject user = r.json.value(QStringLiteral("user")).toObject();
        QCOMPARE(str(user, "role"), QStringLiteral("coordinator"));
        QCOMPARE(user.value(QStringLiteral("territories")).toArray().size(), 2);
    }

    void signIn_refusesWrongPasswordBadJsonAndMissingFields()
    {
        Reply r = h->request("POST", QStringLiteral("/v1/auth/token"),
                             "{\"username\": \"coord.anne\", \"password\": \"nope\"}");
        QCOMPARE(r.status, 401);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/problem+json"));
        QCOMPARE(r.json.value(QStringLiteral("status")).toInt(), 401);
        r = h->request("POST", QStringLiteral("/v1/auth/token"), "{not json");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.problemCode(), QStringLiteral("invalid_json"));
        r = h->request("POST", QStringLiteral("/v1/auth/token"), "{\"username\": \"coord.anne\"}");
        QCOMPARE(r.status, 422);
        const QJsonObject e = r.json.value(QStringLiteral("errors")).toArray().first().toObject();
        QCOMPARE(str(e, "field"), QStringLiteral("password"));
        QCOMPARE(str(e, "code"), QStringLiteral("required"));
        QVERIFY(!str(e, "message").isEmpty());
    }

    void passwords_areStoredAsPbkdf2Hashes()
    {
        QFile db(h->dataDir() + QStringLiteral("/sandbox.sqlite"));
        QVERIFY(db.open(QIODevice::ReadOnly));
        const QByteArray bytes = db.readAll();
        QVERIFY(!bytes.contains("training-anne"));
        QFile wal(h->dataDir() + QStringLiteral("/sandbox.sqlite-wal"));
        if (wal.open(QIODevice::ReadOnly))
            QVERIFY(!wal.readAll().contains("training-anne"));
    }

    void refresh_rotatesTheTokens()
    {
        Reply r =
            h->request("POST", QStringLiteral("/v1/auth/token"),
                       "{\"username\": \"issuer.chimie\", \"password\": \"training-chimie\"}");
        const QByteArray refreshToken = str(r.json, "refresh_token").toLatin1();
        const QByteArray body = "{\"refresh_token\": \"" + refreshToken + "\"}";
        r = h->request("POST", QStringLiteral("/v1/auth/refresh"), body);
        QCOMPARE(r.status, 200);
        const QString access = str(r.json, "access_token");
        QCOMPARE(h->call(access, "GET", QStringLiteral("/v1/me")).status, 200);
        // The used refresh token is spent.
        QCOMPARE(h->request("POST", QStringLiteral("/v1/auth/refresh"), body).status, 401);
        QCOMPARE(h->request("POST", QStringLiteral("/v1/auth/refresh"), "[1]").status, 400);
        QCOMPARE(h->request("POST", QStringLiteral("/v1/auth/refresh"), "{}").status, 422);
    }

    void accessToken_expires()
    {
        const QString token = h->signIn(QStringLiteral("issuer.chimie"));
        QCOMPARE(h->call(token, "GET", QStringLiteral("/v1/me")).status, 200);
        h->clock().setFixed(TestData::sampleNow().addSecs(SandboxHarness::kAccessLifetime + 1));
        const Reply r = h->call(token, "GET", QStringLiteral("/v1/me"));
        h->clock().setFixed(TestData::sampleNow());
        QCOMPARE(r.status, 401);
        QCOMPARE(r.header("WWW-Authenticate"), QByteArray("Bearer"));
    }

    void logout_revokesTheSession()
    {
        const QString token = h->signIn(QStringLiteral("issuer.chimie"));
        QCOMPARE(h->call(token, "POST", QStringLiteral("/v1/auth/logout")).status, 204);
        QCOMPARE(h->call(token, "GET", QStringLiteral("/v1/me")).status, 401);
    }

    void me_territories_sites_followTheAccount()
    {
        Reply r = h->call(chimie, "GET", QStringLiteral("/v1/me"));
        QCOMPARE(r.status, 200);
        QCOMPARE(str(r.json, "company"), cv);
        QCOMPARE(str(r.json, "role"), QStringLiteral("issuer"));

        r = h->call(havreCoord, "GET", QStringLiteral("/v1/territories"));
        QCOMPARE(r.status, 200);
        const QJsonArray territories = r.json.value(QStringLiteral("items")).toArray();
        QCOMPARE(territories.size(), 1);
        const QJsonObject t = territories.first().toObject();
        QCOMPARE(str(t, "id"), havre);
        QCOMPARE(str(t, "hotline"), QStringLiteral("0 800 101 092"));
        QCOMPARE(str(t, "timezone"), QStringLiteral("Europe/Paris"));
        QVERIFY(t.contains(QStringLiteral("x")) && t.contains(QStringLiteral("mastodon")) &&
                t.contains(QStringLiteral("web")));

        r = h->call(chimie, "GET", QStringLiteral("/v1/sites"));
        QCOMPARE(r.status, 200);
        const QJsonArray sites = r.json.value(QStringLiteral("items")).toArray();
        QCOMPARE(sites.size(), 2);
        for (const QJsonValue &s : sites)
            QCOMPARE(str(s.toObject(), "company"), cv);
        r = h->call(havreCoord, "GET", QStringLiteral("/v1/sites"));
        for (const QJsonValue &s : r.json.value(QStringLiteral("items")).toArray())
            QCOMPARE(str(s.toObject(), "territory"), havre);
    }

    void submit_followsTheReviewPolicy()
    {
        const QJsonObject incident = chimieNotice(QStringLiteral("incident-smoke"));
        Reply r = h->call(chimie, "POST", QStringLiteral("/v1/notices"), incident,
                          SandboxHarness::newKey());
        QCOMPARE(r.status, 201);
        QCOMPARE(str(r.json, "id"), str(incident, "id"));
        QCOMPARE(str(r.json, "state"), QStringLiteral("published"));
        QCOMPARE(r.json.value(QStringLiteral("revision")).toInt(), 1);
        QCOMPARE(r.header("Location"), "/v1/notices/" + str(incident, "id").toLatin1());
        QVERIFY(!r.header("ETag").isEmpty());

        r = h->call(chimie, "POST", QStringLiteral("/v1/notices"), chimieNotice(),
                    SandboxHarness::newKey());
        QCOMPARE(r.status, 201);
        QCOMPARE(str(r.json, "state"), QStringLiteral("pending_review"));
    }

    void submit_refusesWhatIsNotAllowedOrInvalid()
    {
        // Another company, another coordinator's territory.
        Reply r = h->call(raffinerie, "POST", QStringLiteral("/v1/notices"), chimieNotice(),
                          SandboxHarness::newKey());
        QCOMPARE(r.status, 403);
        QCOMPARE(r.problemCode(), QStringLiteral("not_your_company"));
        r = h->call(havreCoord, "POST", QStringLiteral("/v1/notices"), chimieNotice(),
                    SandboxHarness::newKey());
        QCOMPARE(r.status, 403);
        QCOMPARE(r.problemCode(), QStringLiteral("not_your_territory"));

        // Field errors reuse the notice validator's codes.
        QJsonObject bad = chimieNotice();
        bad.remove(QStringLiteral("type"));
        bad.insert(QStringLiteral("status"), QStringLiteral("imaginary"));
        r = h->call(chimie, "POST", QStringLiteral("/v1/notices"), bad, SandboxHarness::newKey());
        QCOMPARE(r.status, 422);
        QStringList fields;
        for (const QJsonValue &e : r.json.value(QStringLiteral("errors")).toArray())
            fields << str(e.toObject(), "field") + QLatin1Char(':') + str(e.toObject(), "code");
        QVERIFY2(fields.contains(QStringLiteral("type:required")), qPrintable(fields.join(' ')));
        QVERIFY(fields.contains(QStringLiteral("status:unknown_status")));

        QJsonObject unknownSite = chimieNotice();
        unknownSite.insert(QStringLiteral("site"),
                           QJsonObject{{QStringLiteral("id"), QStringLiteral("nowhere")},
                                       {QStringLiteral("name"), QStringLiteral("X")},
                                       {QStringLiteral("commune"), QStringLiteral("Rouen")}});
        r = h->call(chimie, "POST", QStringLiteral("/v1/notices"), unknownSite,
                    SandboxHarness::newKey());
        QCOMPARE(r.status, 422);
        QCOMPARE(str(r.json.value(QStringLiteral("errors")).toArray().first().toObject(), "code"),
                 QStringLiteral("unknown_site"));

        // The same id again, under a new key.
        const QJsonObject once = chimieNotice();
        QVERIFY(!submit(chimie, once).isEmpty());
        r = h->call(chimie, "POST", QStringLiteral("/v1/notices"), once, SandboxHarness::newKey());
        QCOMPARE(r.status, 409);
        QCOMPARE(r.problemCode(), QStringLiteral("id_exists"));

        r = h->request("POST", QStringLiteral("/v1/notices"), "{",
                       {{"Authorization", "Bearer " + chimie.toLatin1()},
                        {"Idempotency-Key", SandboxHarness::newKey()}});
        QCOMPARE(r.status, 400);
        r = h->call(chimie, "POST", QStringLiteral("/v1/notices"), chimieNotice());
        QCOMPARE(r.status, 400);
        QCOMPARE(r.problemCode(), QStringLiteral("idempotency_key_required"));
    }

    void idempotency_sameKeyReplaysAndNeverAppliesTwice()
    {
        // POST
        const QJsonObject notice = chimieNotice();
        const QByteArray key = SandboxHarness::newKey();
        const qint64 before = h->store().noticeCount();
        const Reply first = h->call(chimie, "POST", QStringLiteral("/v1/notices"), notice, key);
        const Reply again = h->call(chimie, "POST", QStringLiteral("/v1/notices"), notice, key);
        QCOMPARE(first.status, 201);
        QCOMPARE(again.status, 201);
        QCOMPARE(again.body, first.body);
        // The ETag too: the outbox records a replay as the answer it lost (docs/sending.md).
        QVERIFY(!first.header("ETag").isEmpty());
        QCOMPARE(again.header("ETag"), first.header("ETag"));
        QCOMPARE(again.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(h->store().noticeCount(), before + 1);
        QJsonObject other = notice;
        other.insert(QStringLiteral("link"), QStringLiteral("https://example.org/other"));
        Reply r = h->call(chimie, "POST", QStringLiteral("/v1/notices"), other, key);
        QCOMPARE(r.status, 422);
        QCOMPARE(str(r.json.value(QStringLiteral("errors")).toArray().first().toObject(), "code"),
                 QStringLiteral("idempotency_key_reused"));
        const QString id = str(notice, "id");

        // PUT: replayed even though its If-Match is stale by then (checked before If-Match).
        QJsonObject revised = notice;
        revised.insert(QStringLiteral("link"), QStringLiteral("https://example.org/revised"));
        const QByteArray putKey = SandboxHarness::newKey();
        const Headers ifMatch{{"If-Match", first.header("ETag")}};
        r = h->call(chimie, "PUT", QStringLiteral("/v1/notices/") + id, revised, putKey, ifMatch);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("revision")).toInt(), 2);
        r = h->call(chimie, "PUT", QStringLiteral("/v1/notices/") + id, revised, putKey, ifMatch);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("revision")).toInt(), 2);
        QCOMPARE(get(chimie, id).json.value(QStringLiteral("revisions")).toArray().size(), 2);
        r = h->call(chimie, "PUT", QStringLiteral("/v1/notices/") + id, notice, putKey, ifMatch);
        QCOMPARE(r.status, 422);

        // review
        const QJsonObject decision{{QStringLiteral("revision"), 2},
                                   {QStringLiteral("decision"), QStringLiteral("approve")}};
        const QByteArray reviewKey = SandboxHarness::newKey();
        const QString path = QStringLiteral("/v1/notices/%1/review").arg(id);
        QCOMPARE(h->call(anne, "POST", path, decision, reviewKey).status, 200);
        r = h->call(anne, "POST", path, decision, reviewKey);
        QCOMPARE(r.status, 200); // not 409: the stored answer
        QCOMPARE(r.header("Idempotent-Replayed"), QByteArray("true"));
        QJsonObject rejectInstead = decision;
        rejectInstead.insert(QStringLiteral("decision"), QStringLiteral("reject"));
        QCOMPARE(h->call(anne, "POST", path, rejectInstead, reviewKey).status, 422);

        // end, then cancel
        const QJsonObject reason{{QStringLiteral("reason"), QStringLiteral("Work finished early")}};
        const QByteArray endKey = SandboxHarness::newKey();
        const QString endPath = QStringLiteral("/v1/notices/%1/end").arg(id);
        QCOMPARE(h->call(chimie, "POST", endPath, reason, endKey).status, 200);
        r = h->call(chimie, "POST", endPath, reason, endKey);
        QCOMPARE(r.status, 200);
        QCOMPARE(str(r.json, "state"), QStringLiteral("ended"));
        QCOMPARE(h->call(chimie, "POST", endPath,
                         QJsonObject{{QStringLiteral("reason"), QStringLiteral("other")}}, endKey)
                     .status,
                 422);

        const QString second = submit(chimie, chimieNotice());
        const QByteArray cancelKey = SandboxHarness::newKey();
        const QString cancelPath = QStringLiteral("/v1/notices/%1/cancel").arg(second);
        QCOMPARE(h->call(chimie, "POST", cancelPath, reason, cancelKey).status, 200);
        QCOMPARE(h->call(chimie, "POST", cancelPath, reason, cancelKey).status, 200);
        QCOMPARE(h->call(chimie, "POST", cancelPath,
                         QJsonObject{{QStringLiteral("reason"), QStringLiteral("x")}}, cancelKey)
                     .status,
                 422);
        // Keys belong to a user: another user's same key is a new request.
        QCOMPARE(h->call(raffinerie, "POST", QStringLiteral("/v1/notices"),
                         SandboxHarness::notice(QStringLiteral("flaring-maintenance"), rg, havre,
                                                QStringLiteral("gonfreville")),
                         key)
                     .status,
                 201);
    }

    void dropAfterCommit_theRetryGetsTheStoredAnswer()
    {
        // Every change in turn: applied, connection cut, then the same request again.
        const QJsonObject notice = chimieNotice();
        const QString id = str(notice, "id");
        QJsonObject revised = notice;
        revised.insert(QStringLiteral("link"), QStringLiteral("https://example.org/revised"));
        const QJsonObject reason{{QStringLiteral("reason"), QStringLiteral("Done")}};
        const QJsonObject decision{{QStringLiteral("revision"), 2},
                                   {QStringLiteral("decision"), QStringLiteral("approve")}};
        const QString other = submit(chimie, chimieNotice());
        struct Change
        {
            QString token;
            QByteArray method;
            QString path;
            QJsonObject body;
            int status;
            QString state;
        };
        const QList<Change> changes = {
            {chimie, "POST", QStringLiteral("/v1/notices"), notice, 201,
             QStringLiteral("pending_review")},
            {chimie, "PUT", QStringLiteral("/v1/notices/") + id, revised, 200,
             QStringLiteral("pending_review")},
            {bruno, "POST", QStringLiteral("/v1/notices/%1/review").arg(id), decision, 200,
             QStringLiteral("published")},
            {chimie, "POST", QStringLiteral("/v1/notices/%1/end").arg(id), reason, 200,
             QStringLiteral("ended")},
            {anne, "POST", QStringLiteral("/v1/notices/%1/cancel").arg(other), reason, 200,
             QStringLiteral("cancelled")}};
        const qint64 before = h->store().noticeCount();
        for (const Change &c : changes) {
            const QByteArray key = SandboxHarness::newKey();
            const Headers ifMatch{{"If-Match", "*"}};
            h->faults().setProbability(FaultInjector::Fault::DropAfterCommit, 1);
            const Reply cut = h->call(c.token, c.method, c.path, c.body, key, ifMatch);
            // QNetworkAccessManager may resend by itself a request whose connection closed
            // unanswered; then its answer can only be the stored one.
            QVERIFY2(cut.status == 0 || cut.header("Idempotent-Replayed") == "true",
                     qPrintable(c.path));
            // Still on: a replay commits nothing, so it is answered.
            const Reply retry = h->call(c.token, c.method, c.path, c.body, key, ifMatch);
            h->faults().setProbability(FaultInjector::Fault::DropAfterCommit, 0);
            QCOMPARE(retry.status, c.status);
            QCOMPARE(retry.header("Idempotent-Replayed"), QByteArray("true"));
            QCOMPARE(str(retry.json, "state"), c.state);
        }
        // Applied once each: one notice more, two revisions, one decision.
        QCOMPARE(h->store().noticeCount(), before + 1);
        const Reply final = get(chimie, id);
        QCOMPARE(final.json.value(QStringLiteral("revisions")).toArray().size(), 2);
        QCOMPARE(str(final.json, "state"), QStringLiteral("ended"));
        QCOMPARE(str(get(anne, other).json, "state"), QStringLiteral("cancelled"));
    }

    void etag_ifNoneMatchGives304()
    {
        const QString id = submit(chimie, chimieNotice());
        const Reply r = get(chimie, id);
        QCOMPARE(r.status, 200);
        const QByteArray tag = r.header("ETag");
        QVERIFY(!tag.isEmpty());
        QCOMPARE(str(r.json, "state"), QStringLiteral("pending_review"));
        QCOMPARE(r.json.value(QStringLiteral("revisions")).toArray().size(), 1);
        Reply again = get(chimie, id, {{"If-None-Match", tag}});
        QCOMPARE(again.status, 304);
        QVERIFY(again.body.isEmpty());
        QCOMPARE(review(anne, id, 1, QStringLiteral("approve")).status, 200);
        again = get(chimie, id, {{"If-None-Match", tag}});
        QCOMPARE(again.status, 200);
        QVERIFY(again.header("ETag") != tag);

        // The list too.
        const Reply page = h->call(anne, "GET", QStringLiteral("/v1/notices?territory=") + rouen);
        QCOMPARE(page.status, 200);
        const QByteArray pageTag = page.header("ETag");
        Reply same = h->call(anne, "GET", QStringLiteral("/v1/notices?territory=") + rouen, {}, {},
                             {{"If-None-Match", pageTag}});
        QCOMPARE(same.status, 304);
        QVERIFY(!submit(chimie, chimieNotice()).isEmpty());
        same = h->call(anne, "GET", QStringLiteral("/v1/notices?territory=") + rouen, {}, {},
                       {{"If-None-Match", pageTag}});
        QCOMPARE(same.status, 200);
    }

    void ifMatch_staleGives412_missingGives428()
    {
        const QJsonObject notice = chimieNotice();
        const QString id = submit(chimie, notice);
        const QByteArray tag = get(chimie, id).header("ETag");
        const QString path = QStringLiteral("/v1/notices/") + id;
        Reply r = h->call(chimie, "PUT", path, notice, SandboxHarness::newKey());
        QCOMPARE(r.status, 428);
        r = h->call(chimie, "PUT", path, notice, SandboxHarness::newKey(), {{"If-Match", tag}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("revision")).toInt(), 2);
        r = h->call(chimie, "PUT", path, notice, SandboxHarness::newKey(), {{"If-Match", tag}});
        QCOMPARE(r.status, 412);
        const QJsonObject reason{{QStringLiteral("reason"), QStringLiteral("over")}};
        r = h->call(chimie, "POST", path + QStringLiteral("/end"), reason, SandboxHarness::newKey(),
                    {{"If-Match", tag}});
        QCOMPARE(r.status, 412);
        r = h->call(chimie, "POST", path + QStringLiteral("/cancel"), reason,
                    SandboxHarness::newKey(), {{"If-Match", tag}});
        QCOMPARE(r.status, 412);
        QCOMPARE(str(get(chimie, id).json, "state"), QStringLiteral("pending_review"));
    }

    void revise_refusals()
    {
        const QJsonObject notice = chimieNotice();
        const QString id = submit(chimie, notice);
        const QString path = QStringLiteral("/v1/notices/") + id;
        const Headers any{{"If-Match", "*"}};
        Reply r = h->call(raffinerie, "PUT", path, notice, SandboxHarness::newKey(), any);
        QCOMPARE(r.status, 404); // another company does not even see it
        r = h->call(havreCoord, "PUT", path, notice, SandboxHarness::newKey(), any);
        QCOMPARE(r.status, 404);
        r = h->call(chimie, "PUT",
                    QStringLiteral("/v1/notices/") +
                        QUuid::createUuid().toString(QUuid::WithoutBraces),
                    notice, SandboxHarness::newKey(), any);
        QCOMPARE(r.status, 404);
        QJsonObject moved = notice;
        moved.insert(QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        r = h->call(chimie, "PUT", path, moved, SandboxHarness::newKey(), any);
        QCOMPARE(r.status, 422);
        QCOMPARE(str(r.json.value(QStringLiteral("errors")).toArray().first().toObject(), "code"),
                 QStringLiteral("id_mismatch"));
        r = h->request("PUT", path, "nope",
                       {{"Authorization", "Bearer " + chimie.toLatin1()},
                        {"Idempotency-Key", SandboxHarness::newKey()},
                        {"If-Match", "*"}});
        QCOMPARE(r.status, 400);
        // An administrator may revise any company's notice.
        QCOMPARE(h->call(admin, "PUT", path, notice, SandboxHarness::newKey(), any).status, 200);
        QCOMPARE(h->call(chimie, "POST", path + QStringLiteral("/cancel"),
                         QJsonObject{{QStringLiteral("reason"), QStringLiteral("wrong")}},
                         SandboxHarness::newKey())
                     .status,
                 200);
        r = h->call(chimie, "PUT", path, notice, SandboxHarness::newKey(), any);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.problemCode(), QStringLiteral("notice_closed"));
    }

    void revise_toAnotherCompanyIs403()
    {
        // The issuer sees its notice, but may not move it to another company.
        const QJsonObject notice = SandboxHarness::notice(QStringLiteral("flaring-maintenance"), rg,
                                                          havre, QStringLiteral("gonfreville"));
        const QString id = submit(raffinerie, notice);
        QJsonObject otherCompany = notice;
        otherCompany.insert(QStringLiteral("company"), cv);
        otherCompany.insert(QStringLiteral("site"),
                            QJsonObject{{QStringLiteral("id"), QStringLiteral("cv-port-jerome")},
                                        {QStringLiteral("name"), QStringLiteral("S")},
                                        {QStringLiteral("commune"), QStringLiteral("C")}});
        const Reply r = h->call(raffinerie, "PUT", QStringLiteral("/v1/notices/") + id,
                                otherCompany, SandboxHarness::newKey(), {{"If-Match", "*"}});
        QCOMPARE(r.status, 403);
        QCOMPARE(r.problemCode(), QStringLiteral("not_your_company"));
    }

    void list_pagesFiltersAndShowsOnlyWhatTheUserMaySee()
    {
        for (int i = 0; i < 3; ++i)
            QVERIFY(
                !submit(raffinerie, SandboxHarness::notice(QStringLiteral("odour-mercaptan"), rg,
                                                           havre, QStringLiteral("gonfreville")))
                     .isEmpty());
        QStringList ids;
        QString query = QStringLiteral("/v1/notices?limit=2");
        for (int guard = 0; guard < 100; ++guard) {
            const Reply r = h->call(raffinerie, "GET", query);
            QCOMPARE(r.status, 200);
            const QJsonArray items = r.json.value(QStringLiteral("items")).toArray();
            QVERIFY(items.size() <= 2);
            for (const QJsonValue &v : items) {
                QCOMPARE(str(v.toObject(), "company"), rg);
                ids << str(v.toObject(), "id");
            }
            const QJsonValue next = r.json.value(QStringLiteral("next_cursor"));
            if (next.isNull())
                break;
            query = QStringLiteral("/v1/notices?limit=2&cursor=") + next.toString();
        }
        QVERIFY(ids.size() >= 3);
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());

        Reply r = h->call(havreCoord, "GET", QStringLiteral("/v1/notices?state=pending_review"));
        QCOMPARE(r.status, 200);
        for (const QJsonValue &v : r.json.value(QStringLiteral("items")).toArray()) {
            QCOMPARE(str(v.toObject(), "territory"), havre);
            QCOMPARE(str(v.toObject(), "state"), QStringLiteral("pending_review"));
        }
        r = h->call(anne, "GET",
                    QStringLiteral("/v1/notices?company=") +
                        QString::fromLatin1(QUrl::toPercentEncoding(rg)));
        QVERIFY(!r.json.value(QStringLiteral("items")).toArray().isEmpty());
        for (const QJsonValue &v : r.json.value(QStringLiteral("items")).toArray())
            QCOMPARE(str(v.toObject(), "company"), rg);
        r = h->call(anne, "GET", QStringLiteral("/v1/notices?since=2030-01-01T00:00:00Z"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.json.value(QStringLiteral("items")).toArray().isEmpty());

        for (const char *bad :
             {"state=unknown", "since=yesterday", "cursor=%%%", "limit=0", "limit=201"}) {
            r = h->call(anne, "GET", QStringLiteral("/v1/notices?") + QLatin1String(bad));
            QCOMPARE(r.status, 400);
            QCOMPARE(r.problemCode(), QStringLiteral("invalid_query"));
        }
    }

    void get_unknownOrInvisibleIs404()
    {
        const QString id = submit(chimie, chimieNotice());
        QCOMPARE(get(raffinerie, id).status, 404);
        QCOMPARE(get(chimie, QStringLiteral("00000000-0000-4000-8000-000000000000")).status, 404);
        QCOMPARE(get(anne, id).status, 200);
    }

    void review_rolesOwnSubmissionAndConflicts()
    {
        const QString id = submit(chimie, chimieNotice());
        Reply r = review(chimie, id, 1, QStringLiteral("approve"));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.problemCode(), QStringLiteral("not_a_coordinator"));

        // A coordinator may submit for a member, and may then not review it.
        const QString own = submit(anne, chimieNotice());
        QVERIFY(!own.isEmpty());
        r = review(anne, own, 1, QStringLiteral("approve"));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.problemCode(), QStringLiteral("own_submission"));
        QCOMPARE(review(bruno, own, 1, QStringLiteral("approve")).status, 200);

        // Field errors.
        QCOMPARE(review(anne, id, 1, QStringLiteral("reject")).status, 422); // no comment
        QCOMPARE(review(anne, id, 1, QStringLiteral("maybe"), QStringLiteral("c")).status, 422);
        r = review(anne, id, 7, QStringLiteral("approve"));
        QCOMPARE(r.status, 422);
        QCOMPARE(str(r.json.value(QStringLiteral("errors")).toArray().first().toObject(), "code"),
                 QStringLiteral("unknown_revision"));
        r = h->request("POST", QStringLiteral("/v1/notices/%1/review").arg(id), "][",
                       {{"Authorization", "Bearer " + anne.toLatin1()},
                        {"Idempotency-Key", SandboxHarness::newKey()}});
        QCOMPARE(r.status, 400);
        QCOMPARE(review(anne, QStringLiteral("00000000-0000-4000-8000-000000000001"), 1,
                        QStringLiteral("approve"))
                     .status,
                 404);

        // Two coordinators on the same revision: one wins, the other gets 409.
        QCOMPARE(review(anne, id, 1, QStringLiteral("request_changes"),
                        QStringLiteral("Say which unit is concerned."))
                     .status,
                 200);
        r = review(bruno, id, 1, QStringLiteral("approve"));
        QCOMPARE(r.status, 409);
        QCOMPARE(r.problemCode(), QStringLiteral("already_decided"));

        // A coordinator of another territory.
        const QString havreNotice =
            submit(raffinerie, SandboxHarness::notice(QStringLiteral("flaring-maintenance"), rg,
                                                      rouen, QStringLiteral("rg-petit-couronne")));
        QCOMPARE(review(havreCoord, havreNotice, 1, QStringLiteral("approve")).status, 404);
    }

    void review_theWholeCycle()
    {
        // submit → request changes → resubmit → approve → published; the public sees it.
        QJsonObject notice = chimieNotice();
        const QString id = submit(chimie, notice);
        const auto isPublic = [&] {
            for (const QJsonValue &v : publicItems(QStringLiteral("notices"), rouen))
                if (str(v.toObject(), "id") == id)
                    return true;
            return false;
        };
        QVERIFY(!isPublic()); // pending review
        Reply r = review(anne, id, 1, QStringLiteral("request_changes"),
                         QStringLiteral("Add the hours."));
        QCOMPARE(str(r.json, "state"), QStringLiteral("changes_requested"));
        r = get(chimie, id);
        const QJsonObject decision = r.json.value(QStringLiteral("review")).toObject();
        QCOMPARE(str(decision, "decision"), QStringLiteral("request_changes"));
        QCOMPARE(str(decision, "comment"), QStringLiteral("Add the hours."));
        QCOMPARE(str(decision, "decided_by"), QStringLiteral("coord.anne"));
        QVERIFY(r.json.value(QStringLiteral("published_revision")).isNull());

        QJsonObject text = notice.value(QStringLiteral("text")).toObject();
        text.insert(QStringLiteral("fr"), QString(text.value(QStringLiteral("fr")).toString() +
                                                  QStringLiteral(" De 8 h à 18 h.")));
        notice.insert(QStringLiteral("text"), text);
        r = h->call(chimie, "PUT", QStringLiteral("/v1/notices/") + id, notice,
                    SandboxHarness::newKey(), {{"If-Match", r.header("ETag")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(str(r.json, "state"), QStringLiteral("pending_review"));
        // Deciding the old revision is a conflict: it was superseded.
        QCOMPARE(review(anne, id, 1, QStringLiteral("approve")).status, 409);
        r = review(bruno, id, 2, QStringLiteral("approve"));
        QCOMPARE(r.status, 200);
        QCOMPARE(str(r.json, "state"), QStringLiteral("published"));
        QVERIFY(isPublic());
        QCOMPARE(get(chimie, id).json.value(QStringLiteral("published_revision")).toInt(), 2);
    }

    void incident_publishedAtOnce_rejectTakesItDown()
    {
        const QString id = submit(chimie, chimieNotice(QStringLiteral("incident-smoke")));
        const auto live = [&] {
            for (const QJsonValue &v : publicItems(QStringLiteral("hotline"), rouen))
                if (str(v.toObject(), "id") == id)
                    return true;
            return false;
        };
        QVERIFY(live());
        QCOMPARE(review(anne, id, 1, QStringLiteral("reject"), QStringLiteral("Not an incident."))
                     .status,
                 200);
        QCOMPARE(str(get(chimie, id).json, "state"), QStringLiteral("rejected"));
        QVERIFY(!live());
    }

    void end_and_cancel_rightsAndStates()
    {
        const QString id = submit(chimie, chimieNotice(QStringLiteral("incident-smoke")));
        const QString path = QStringLiteral("/v1/notices/%1/").arg(id);
        const QJsonObject reason{{QStringLiteral("reason"), QStringLiteral("Fire out")}};
        QCOMPARE(h->call(raffinerie, "POST", path + QStringLiteral("end"), reason,
                         SandboxHarness::newKey())
                     .status,
                 404);
        // Only its company's issuers and its territory's coordinators see it, and may end it.
        QCOMPARE(h->call(havreCoord, "POST", path + QStringLiteral("cancel"), reason,
                         SandboxHarness::newKey())
                     .status,
                 404);
        Reply r = h->call(chimie, "POST", path + QStringLiteral("end"), QJsonObject(),
                          SandboxHarness::newKey());
        QCOMPARE(r.status, 422);
        r = h->request("POST", path + QStringLiteral("end"), "x",
                       {{"Authorization", "Bearer " + chimie.toLatin1()},
                        {"Idempotency-Key", SandboxHarness::newKey()}});
        QCOMPARE(r.status, 400);
        r = h->request("POST", path + QStringLiteral("cancel"), "x",
                       {{"Authorization", "Bearer " + chimie.toLatin1()},
                        {"Idempotency-Key", SandboxHarness::newKey()}});
        QCOMPARE(r.status, 400);
        QCOMPARE(h->call(chimie, "POST", path + QStringLiteral("cancel"), QJsonObject(),
                         SandboxHarness::newKey())
                     .status,
                 422);
        r = h->call(anne, "POST", path + QStringLiteral("end"), reason, SandboxHarness::newKey());
        QCOMPARE(r.status, 200);
        QCOMPARE(str(r.json, "state"), QStringLiteral("ended"));
        QCOMPARE(str(get(chimie, id).json, "reason"), QStringLiteral("Fire out"));
        r = h->call(chimie, "POST", path + QStringLiteral("end"), reason, SandboxHarness::newKey());
        QCOMPARE(r.status, 409);
        r = h->call(chimie, "POST", path + QStringLiteral("cancel"), reason,
                    SandboxHarness::newKey());
        QCOMPARE(r.status, 409);
        QCOMPARE(h->call(chimie, "POST",
                         QStringLiteral("/v1/notices/00000000-0000-4000-8000-000000000002/cancel"),
                         reason, SandboxHarness::newKey())
                     .status,
                 404);
    }

    // An escape sequence in any text the platform keeps would reach a coordinator's terminal:
    // every notice field, review comments and reasons are refused with the field named.
    void texts_refuseControlCharacters()
    {
        const QString hostile = QStringLiteral("x\x1b]0;pwned\x07\x1b[2J");
        const auto refusedField = [](const Reply &r) {
            const QJsonObject e =
                r.json.value(QStringLiteral("errors")).toArray().first().toObject();
            return r.status == 422 && str(e, "code") == QLatin1String("control_character")
                       ? str(e, "field")
                       : QStringLiteral("%1 %2").arg(r.status).arg(QString::fromUtf8(r.body));
        };
        const QList<std::pair<QString, std::function<void(QJsonObject &)>>> fields = {
            {QStringLiteral("company"),
             [&](QJsonObject &n) { n.insert(QStringLiteral("company"), QString(cv + hostile)); }},
            {QStringLiteral("site.name"),
             [&](QJsonObject &n) {
                 QJsonObject site = n.value(QStringLiteral("site")).toObject();
                 site.insert(QStringLiteral("name"), hostile);
                 n.insert(QStringLiteral("site"), site);
             }},
            {QStringLiteral("contact"),
             [&](QJsonObject &n) { n.insert(QStringLiteral("contact"), hostile); }},
            {QStringLiteral("text.fr"), [&](QJsonObject &n) {
                 QJsonObject text = n.value(QStringLiteral("text")).toObject();
                 text.insert(QStringLiteral("fr"), hostile);
                 n.insert(QStringLiteral("text"), text);
             }}};
        for (const auto &[field, edit] : fields) {
            QJsonObject notice = chimieNotice();
            edit(notice);
            QCOMPARE(refusedField(h->call(chimie, "POST", QStringLiteral("/v1/notices"), notice,
                                          SandboxHarness::newKey())),
                     field);
        }

        const QString id = submit(chimie, chimieNotice());
        QCOMPARE(refusedField(review(anne, id, 1, QStringLiteral("reject"), hostile)),
                 QStringLiteral("comment"));
        QCOMPARE(refusedField(review(anne, id, 1, QStringLiteral("approve"), hostile)),
                 QStringLiteral("comment"));
        const QString path = QStringLiteral("/v1/notices/%1/").arg(id);
        for (const char *action : {"end", "cancel"})
            QCOMPARE(refusedField(h->call(chimie, "POST", path + QLatin1String(action),
                                          {{QStringLiteral("reason"), hostile}},
                                          SandboxHarness::newKey())),
                     QStringLiteral("reason"));
        // A C1 control too (U+009B is CSI to some terminals).
        QCOMPARE(refusedField(h->call(chimie, "POST", path + QStringLiteral("end"),
                                      {{QStringLiteral("reason"), QStringLiteral(u"a\u009b2J")}},
                                      SandboxHarness::newKey())),
                 QStringLiteral("reason"));
        // Free texts keep their lines and tabs.
        QCOMPARE(review(anne, id, 1, QStringLiteral("request_changes"),
                        QStringLiteral("Which unit?\n\tAnd until when?"))
                     .status,
                 200);
        QCOMPARE(
            h->call(chimie, "POST", path + QStringLiteral("cancel"),
                    {{QStringLiteral("reason"), QStringLiteral("Postponed.\nSee the next one.")}},
                    SandboxHarness::newKey())
                .status,
            200);
    }

    void autoEnd_atTheNoticesEnd()
    {
        QJsonObject notice = chimieNotice(QStringLiteral("incident-smoke"));
        const QDateTime now = TestData::sampleNow();
        notice.insert(QStringLiteral("start"), IsoTime::format(now, QTimeZone("Europe/Paris")));
        notice.insert(QStringLiteral("end"),
                      IsoTime::format(now.addSecs(2 * 3600), QTimeZone("Europe/Paris")));
        const QString id = submit(chimie, notice);
        QCOMPARE(str(get(chimie, id).json, "state"), QStringLiteral("published"));
        h->clock().setFixed(now.addSecs(2 * 3600 - 1));
        QCOMPARE(str(get(chimie, id).json, "state"), QStringLiteral("published"));
        h->clock().setFixed(now.addSecs(2 * 3600));
        const Reply r = get(chimie, id);
        bool stillLive = false;
        for (const QJsonValue &v : publicItems(QStringLiteral("x"), rouen))
            stillLive = stillLive || str(v.toObject(), "id") == id;
        h->clock().setFixed(now);
        QCOMPARE(str(r.json, "state"), QStringLiteral("ended"));
        QVERIFY(!stillLive);
    }

    void public_isByteIdenticalToTheChannelRenderer()
    {
        QJsonObject first = chimieNotice(QStringLiteral("incident-smoke"));
        QJsonObject text = first.value(QStringLiteral("text")).toObject();
        text.insert(QStringLiteral("en"),
                    QStringLiteral("A fire on a retention tank is under control."));
        first.insert(QStringLiteral("text"), text);
        const QString id = submit(chimie, first);
        // A second revision published later: its CAP alert references the first.
        h->clock().setFixed(TestData::sampleNow().addSecs(600));
        QJsonObject second = first;
        second.insert(QStringLiteral("effects"), QJsonArray{QStringLiteral("smoke")});
        // The hotline's own text travels with the notice and is what the hotline says.
        second.insert(
            QStringLiteral("overrides"),
            QJsonObject{{QStringLiteral("hotline"),
                         QStringLiteral("Feu maîtrisé à 10h15, fumée visible env. 1 h")}});
        const Reply put = h->call(chimie, "PUT", QStringLiteral("/v1/notices/") + id, second,
                                  SandboxHarness::newKey(), {{"If-Match", "*"}});
        h->clock().setFixed(TestData::sampleNow());
        QCOMPARE(put.status, 200);

        const Notice n1(first);
        RenderContext c1 = ChannelRenderer::context(n1, TestData::sampleNow());
        const Notice n2(second);
        RenderContext c2 = ChannelRenderer::context(n2, TestData::sampleNow().addSecs(600));
        c2.revision = 2;
        c2.previousReference = CapAlert::reference(n1, c1);

        const QList<std::pair<QString, QString>> channels = {
            {QStringLiteral("notices"), QStringLiteral("web")},
            {QStringLiteral("hotline"), QStringLiteral("hotline")},
            {QStringLiteral("x"), QStringLiteral("x")},
            {QStringLiteral("mastodon"), QStringLiteral("mastodon")},
            {QStringLiteral("cap"), QStringLiteral("cap")}};
        for (const QString &language : {QStringLiteral("fr"), QStringLiteral("en")}) {
            for (const auto &[segment, channel] : channels) {
                const Reply r = h->request(
                    "GET",
                    QStringLiteral("/v1/public/%1/%2?lang=%3").arg(rouen, segment, language));
                QCOMPARE(r.status, 200);
                QJsonObject item;
                for (const QJsonValue &v : r.json.value(QStringLiteral("items")).toArray())
                    if (str(v.toObject(), "id") == id)
                        item = v.toObject();
                QVERIFY2(!item.isEmpty(), qPrintable(segment));
                QCOMPARE(item.value(QStringLiteral("revision")).toInt(), 2);
                QCOMPARE(IsoTime::parse(str(item, "sent_at"))->toUTC(), c2.sentAt.toUTC());
                const ChannelOutput expected = ChannelRenderer::render(n2, c2, channel, language);
                QVERIFY(expected.ok());
                QCOMPARE(str(item, "text").toUtf8(), expected.text.toUtf8());
                // The hotline override is the French script's; the English keeps the text.
                if (channel == QLatin1String("hotline"))
                    QVERIFY2(
                        str(item, "text")
                                .contains(QStringLiteral("Feu maîtrisé à dix heures quinze, "
                                                         "fumée visible environ une heure.")) ==
                            (language == QLatin1String("fr")),
                        qPrintable(str(item, "text")));
            }
        }
        QVERIFY(publicItems(QStringLiteral("cap"), rouen)
                    .last()
                    .toObject()
                    .value(QStringLiteral("text"))
                    .toString()
                    .contains(QStringLiteral("<references>")));
    }

    // API 1.2.0: X, Mastodon and hotline texts by language, each language's public endpoint
    // serving its own (the old one-string shape is public_isByteIdenticalToTheChannelRenderer's).
    void public_servesEachLanguagesOwnChannelText()
    {
        const Reply health = h->request("GET", QStringLiteral("/v1/health"));
        QCOMPARE(str(health.json, "apiVersion"), QLatin1String(SandboxApi::apiVersion));
        const QByteArray yaml = TestData::read(QStringLiteral(ALLO_OPENAPI));
        const QByteArray version = QByteArray("\n  version: ") + SandboxApi::apiVersion + '\n';
        QVERIFY2(yaml.contains(version), "openapi.yaml's info.version");

        Notice notice(chimieNotice(QStringLiteral("incident-smoke")));
        notice.setText(QStringLiteral("en"), QStringLiteral("A fire on a tank is under control."));
        const QHash<QString, QString> french = {
            {QStringLiteral("x"), QStringLiteral("Feu maîtrisé sur un bac, fumée visible.")},
            {QStringLiteral("mastodon"),
             QStringLiteral("Le feu du bac est maîtrisé, fumée en baisse.")},
            {QStringLiteral("hotline"), QStringLiteral("Le feu du bac est maîtrisé.")}};
        const QHash<QString, QString> english = {
            {QStringLiteral("x"), QStringLiteral("Fire on a tank under control, smoke visible.")},
            {QStringLiteral("mastodon"), QStringLiteral("The tank fire is under control.")},
            {QStringLiteral("hotline"), QStringLiteral("The tank fire is under control.")}};
        for (auto it = french.cbegin(); it != french.cend(); ++it) {
            notice.setOverride(it.key(), QStringLiteral("fr"), it.value());
            notice.setOverride(it.key(), QStringLiteral("en"), english.value(it.key()));
        }
        QVERIFY(notice.toJson().value(QStringLiteral("overrides"))[QStringLiteral("x")].isObject());
        const QString id = submit(chimie, notice.toJson()); // an incident: public at once
        QVERIFY(!id.isEmpty());
        for (const QString &language : {QStringLiteral("fr"), QStringLiteral("en")}) {
            const auto &texts = language == QLatin1String("fr") ? french : english;
            for (const QString &channel : french.keys()) {
                const QJsonArray items =
                    publicItems(channel, rouen, QStringLiteral("?lang=") + language);
                QString text;
                for (const QJsonValue &v : items)
                    if (str(v.toObject(), "id") == id)
                        text = str(v.toObject(), "text");
                // The posts are the text as written (none of these has a character French
                // typography changes); the hotline says it after its introduction.
                if (channel == QLatin1String("hotline"))
                    QVERIFY2(text.contains(texts.value(channel)), qPrintable(text));
                else
                    QCOMPARE(text, texts.value(channel));
            }
        }
    }

    void public_unknownTerritoryAndLanguage()
    {
        for (const char *segment : {"notices", "hotline", "x", "mastodon", "cap"}) {
            Reply r =
                h->request("GET", QStringLiteral("/v1/public/atlantis/") + QLatin1String(segment));
            QCOMPARE(r.status, 404);
            QCOMPARE(r.problemCode(), QStringLiteral("unknown_territory"));
            if (QByteArray(segment) == "cap")
                continue;
            r = h->request(
                "GET",
                QStringLiteral("/v1/public/%1/%2?lang=de").arg(rouen, QLatin1String(segment)));
            QCOMPARE(r.status, 400);
        }
    }

    void unknownRoutes_answerProblemJson()
    {
        for (const auto &[method, path] :
             QList<std::pair<QByteArray, QString>>{{"GET", QStringLiteral("/")},
                                                   {"GET", QStringLiteral("/v2/health")},
                                                   {"DELETE", QStringLiteral("/v1/notices")},
                                                   {"GET", QStringLiteral("/v1/notices/a/b/c")},
                                                   {"PATCH", QStringLiteral("/v1/me")}}) {
            const Reply r = h->request(method, path);
            QCOMPARE(r.status, 404);
            QCOMPARE(r.header("Content-Type"), QByteArray("application/problem+json"));
            QCOMPARE(r.problemCode(), QStringLiteral("no_route"));
        }
    }

    void bodiesOver64KiB_are413()
    {
        const QString id = submit(chimie, chimieNotice());
        int checked = 0;
        for (const QString &entry : documented()) {
            const QStringList parts = entry.split(QLatin1Char(' '));
            if (parts.at(2) != QLatin1String("413"))
                continue;
            const QString path = concrete(parts.at(1), id);
            // 64 KiB for every route but the hotline audio's (1 MiB).
            const qsizetype limit = ApiRoute::match(parts.at(0).toLatin1(), path).maxBody();
            QCOMPARE(limit, parts.at(1).endsWith(QLatin1String("hotline-audio"))
                                ? ApiRoute::kMaxAudioBody
                                : SandboxApi::kMaxBody);
            const QByteArray big(limit + 1, ' ');
            const QByteArray exact = "{}" + QByteArray(limit - 2, ' ');
            const Headers headers{{"Authorization", "Bearer " + chimie.toLatin1()},
                                  {"Idempotency-Key", SandboxHarness::newKey()}};
            Reply r = h->request(parts.at(0).toLatin1(), path, big, headers);
            QCOMPARE(r.status, 413);
            QCOMPARE(r.problemCode(), QStringLiteral("too_large"));
            // Exactly the limit is allowed through to the handler.
            r = h->request(parts.at(0).toLatin1(), path, exact, headers);
            QVERIFY2(r.status != 413, qPrintable(entry));
            ++checked;
        }
        QCOMPARE(checked, 8);
    }

    void hotlineAudio_storedWithItsRevision_servedWhenPublished()
    {
        const QString id = submit(chimie, chimieNotice());
        const QString put = QStringLiteral("/v1/notices/%1/revisions/1/hotline-audio").arg(id);
        const QString get = QStringLiteral("/v1/public/notices/%1/hotline.wav").arg(id);
        const QByteArray wav =
            TelephonyWav::write(QList<qint16>(8000, 0), TelephonyWav::Encoding::ALaw);
        const auto upload = [&](const QString &path, const QByteArray &body,
                                const QByteArray &type) {
            return h->request("PUT", path, body,
                              {{"Authorization", "Bearer " + chimie.toLatin1()},
                               {"Idempotency-Key", SandboxHarness::newKey()},
                               {"Content-Type", type}});
        };
        QCOMPARE(upload(put + QStringLiteral("?lang=de"), wav, "audio/wav").status, 400);
        QCOMPARE(upload(put, wav, "text/plain").problemCode(),
                 QStringLiteral("unsupported_media_type"));
        QCOMPARE(upload(put, "RIFF", "audio/wav").status, 415);
        QCOMPARE(upload(put,
                        TelephonyWav::write(QList<qint16>(8000, 0), TelephonyWav::Encoding::Pcm16)
                            .replace(24, 4, QByteArray("\x44\xac\x00\x00", 4)),
                        "audio/wav")
                     .status,
                 422);
        QCOMPARE(upload(QStringLiteral("/v1/notices/%1/revisions/1/hotline-audio")
                            .arg(QStringLiteral("no-such-notice")),
                        wav, "audio/wav")
                     .status,
                 404);
        // Not public before a coordinator publishes the revision.
        Reply r = upload(put, wav, "audio/wav");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("seconds")).toDouble(), 1.0);
        QCOMPARE(h->request("GET", get).problemCode(), QStringLiteral("not_found"));
        QCOMPARE(review(anne, id, 1, QStringLiteral("approve")).status, 200);
        r = h->request("GET", get);
        QCOMPARE(r.status, 200);
        QVERIFY(r.body == wav);
        QCOMPARE(h->request("GET", get + QStringLiteral("?lang=xx")).status, 400);
        QCOMPARE(h->request("GET", get + QStringLiteral("?lang=en")).problemCode(),
                 QStringLiteral("no_audio"));
    }

    void everyOperationWithAToken_is401Without()
    {
        const QString id = submit(chimie, chimieNotice());
        int checked = 0;
        for (const QString &entry : documented()) {
            const QStringList parts = entry.split(QLatin1Char(' '));
            if (parts.at(2) != QLatin1String("401"))
                continue;
            // A body every operation can read, so that only the token is missing.
            const QByteArray body = "{\"username\": \"coord.anne\", \"password\": \"wrong\", "
                                    "\"refresh_token\": \"unknown\"}";
            const Reply r = h->request(parts.at(0).toLatin1(), concrete(parts.at(1), id), body,
                                       {{"Authorization", "Bearer not-a-token"},
                                        {"Idempotency-Key", SandboxHarness::newKey()}});
            QVERIFY2(r.status == 401, qPrintable(entry));
            QCOMPARE(r.header("Content-Type"), QByteArray("application/problem+json"));
            ++checked;
        }
        QCOMPARE(checked, 14);
    }

    void faults_serverErrorsAndRateLimitOnEveryOperation()
    {
        const QString id = submit(chimie, chimieNotice());
        const qint64 before = h->store().noticeCount();
        using Fault = FaultInjector::Fault;
        const QList<std::pair<Fault, QString>> faults = {{Fault::Http500, QStringLiteral("500")},
                                                         {Fault::Http503, QStringLiteral("503")},
                                                         {Fault::Http429, QStringLiteral("429")}};
        for (const auto &[fault, status] : faults) {
            h->faults().setProbability(fault, 1);
            for (const QString &entry : documented()) {
                const QStringList parts = entry.split(QLatin1Char(' '));
                if (parts.at(2) != status)
                    continue;
                const Reply r = h->call(chimie, parts.at(0).toLatin1(), concrete(parts.at(1), id),
                                        chimieNotice(), SandboxHarness::newKey());
                QVERIFY2(r.status == status.toInt(), qPrintable(entry));
                QCOMPARE(r.json.value(QStringLiteral("status")).toInt(), status.toInt());
                if (status != QLatin1String("500"))
                    QCOMPARE(r.header("Retry-After"), QByteArray("1"));
            }
            h->faults().setProbability(fault, 0);
        }
        QCOMPARE(h->store().noticeCount(), before); // nothing applied
    }

    void faults_resetGarbageAndSlow()
    {
        using Fault = FaultInjector::Fault;
        const qint64 before = h->store().noticeCount();
        h->faults().setProbability(Fault::Reset, 1);
        Reply r = h->call(chimie, "POST", QStringLiteral("/v1/notices"), chimieNotice(),
                          SandboxHarness::newKey());
        h->faults().setProbability(Fault::Reset, 0);
        QCOMPARE(r.status, 0);
        QCOMPARE(h->store().noticeCount(), before);

        h->faults().setProbability(Fault::Garbage, 1);
        r = h->request("GET", QStringLiteral("/v1/health"));
        h->faults().setProbability(Fault::Garbage, 0);
        QCOMPARE(r.status, 200);
        QJsonParseError error;
        QJsonDocument::fromJson(r.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);

        // A slow answer is deferred, not slept: another request is answered meanwhile.
        QVERIFY(h->faults().parse(QStringLiteral("slow=1:3000")).isEmpty());
        QNetworkAccessManager nam;
        QNetworkRequest slowRequest(
            QUrl(QStringLiteral("https://127.0.0.1:%1/v1/health").arg(h->port())));
        slowRequest.setSslConfiguration(h->sslConfiguration());
        const int draws = h->faults().draws();
        QNetworkReply *slow = nam.get(slowRequest);
        QSignalSpy slowDone(slow, &QNetworkReply::finished);
        QTRY_VERIFY(h->faults().draws() > draws); // the server has it, and deferred it
        h->faults().setProbability(Fault::Slow, 0);
        r = h->request("GET", QStringLiteral("/v1/health"));
        QCOMPARE(r.status, 200);
        QVERIFY(!slow->isFinished());
        QVERIFY(slowDone.wait(10000));
        QCOMPARE(slow->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        slow->deleteLater();
    }

    void zz_everyDocumentedOperationAndStatusIsExercised()
    {
        const QSet<QString> yaml = documented();
        QVERIFY(yaml.size() > 100);
        QStringList missing = (yaml - ContractCoverage::recorded()).values();
        missing.sort();
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("Not exercised: ") + missing.join(QLatin1String(", "))));
        QStringList undocumented = (ContractCoverage::recorded() - yaml).values();
        undocumented.sort();
        QVERIFY2(undocumented.isEmpty(), qPrintable(QStringLiteral("Not in openapi.yaml: ") +
                                                    undocumented.join(QLatin1String(", "))));
    }
};

QTEST_GUILESS_MAIN(TestSandboxContract)
#include "tst_sandboxcontract.moc"
