#include "SandboxHarness.h"

#include <QJsonArray>
#include <QTest>
#include <QUrl>

// Who reaches which notice, route by route, over real HTTPS: every route on a notice (and the
// list) × every role × in or out of the user's territories × own or other company. A notice out
// of sight answers 404 with the same body as a notice that does not exist, so an answer never
// tells whether it exists.
class TestSandboxAccess : public QObject
{
    Q_OBJECT

    using Reply = SandboxHarness::Reply;

    std::unique_ptr<SandboxHarness> h;
    QHash<QString, QString> tokens; // user name → access token

    // The four kinds of notice: company × territory, each with the issuer who submits it.
    struct Kind
    {
        QString company;
        QString territory;
        QString site;
        QString submitter;
    };
    static Kind kind(const QString &key)
    {
        const QString cv = QStringLiteral("Chimie de la Vallée");
        const QString rg = QStringLiteral("Raffinerie de Gonfreville");
        const QString rouen = QStringLiteral("rouen-metropole");
        const QString havre = QStringLiteral("le-havre");
        const QString chimie = QStringLiteral("issuer.chimie");
        const QString raffinerie = QStringLiteral("issuer.raffinerie");
        if (key == QLatin1String("cv@rouen"))
            return {cv, rouen, QStringLiteral("cv-grand-quevilly"), chimie};
        if (key == QLatin1String("cv@havre"))
            return {cv, havre, QStringLiteral("cv-port-jerome"), chimie};
        if (key == QLatin1String("rg@rouen"))
            return {rg, rouen, QStringLiteral("rg-petit-couronne"), raffinerie};
        return {rg, havre, QStringLiteral("gonfreville"), raffinerie};
    }

    // The request of a route on one notice; "list" pages through GET /v1/notices.
    Reply call(const QString &route, const QString &token, const QString &id,
               const QJsonObject &notice)
    {
        const QString path = QStringLiteral("/v1/notices/") + id;
        const QJsonObject reason{{QStringLiteral("reason"), QStringLiteral("Over")}};
        if (route == QLatin1String("get"))
            return h->call(token, "GET", path);
        if (route == QLatin1String("put"))
            return h->call(token, "PUT", path, notice, SandboxHarness::newKey(),
                           {{"If-Match", "*"}});
        if (route == QLatin1String("end") || route == QLatin1String("cancel"))
            return h->call(token, "POST", path + QLatin1Char('/') + route, reason,
                           SandboxHarness::newKey());
        return h->call(token, "POST", path + QStringLiteral("/review"),
                       {{QStringLiteral("revision"), 1},
                        {QStringLiteral("decision"), QStringLiteral("approve")}},
                       SandboxHarness::newKey());
    }

    // Whether the list shows the notice to this token; 0 and the status when it is refused.
    std::pair<int, bool> listed(const QString &token, const QString &id, const Kind &k)
    {
        QString query =
            QStringLiteral("/v1/notices?limit=200&territory=%1&company=%2")
                .arg(k.territory, QString::fromLatin1(QUrl::toPercentEncoding(k.company)));
        bool found = false;
        for (int guard = 0; guard < 100; ++guard) {
            const Reply r = h->call(token, "GET", query);
            if (r.status != 200)
                return {r.status, false};
            for (const QJsonValue &v : r.json.value(QStringLiteral("items")).toArray())
                found = found || v.toObject().value(QStringLiteral("id")).toString() == id;
            const QJsonValue next = r.json.value(QStringLiteral("next_cursor"));
            if (next.isNull())
                return {200, found};
            query = QStringLiteral("/v1/notices?limit=200&territory=%1&company=%2&cursor=%3")
                        .arg(k.territory, QString::fromLatin1(QUrl::toPercentEncoding(k.company)),
                             next.toString());
        }
        return {0, false};
    }

private slots:
    void initTestCase()
    {
        h = std::make_unique<SandboxHarness>();
        QVERIFY(h->isReady());
        for (const char *user : {"issuer.chimie", "issuer.raffinerie", "issuer.quevilly",
                                 "coord.anne", "coord.havre", "admin"}) {
            const QString token = h->signIn(QLatin1String(user));
            QVERIFY(!token.isEmpty());
            tokens.insert(QLatin1String(user), token);
        }
        tokens.insert(QStringLiteral("anonymous"), QString());
        tokens.insert(QStringLiteral("bad token"), QStringLiteral("not-a-token"));
    }

    void everyRoute_everyRole_data()
    {
        QTest::addColumn<QString>("route");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("notice");
        QTest::addColumn<int>("status");

        // Written out, not derived from the code: what each account may see.
        const QList<std::pair<QString, QStringList>> sees = {
            // Chimie de la Vallée in both territories.
            {QStringLiteral("issuer.chimie"),
             {QStringLiteral("cv@rouen"), QStringLiteral("cv@havre")}},
            // Chimie de la Vallée in rouen-metropole only: its company's notice in le-havre is
            // out of its territories.
            {QStringLiteral("issuer.quevilly"), {QStringLiteral("cv@rouen")}},
            {QStringLiteral("issuer.raffinerie"),
             {QStringLiteral("rg@rouen"), QStringLiteral("rg@havre")}},
            {QStringLiteral("coord.havre"),
             {QStringLiteral("cv@havre"), QStringLiteral("rg@havre")}},
            {QStringLiteral("coord.anne"),
             {QStringLiteral("cv@rouen"), QStringLiteral("cv@havre"), QStringLiteral("rg@rouen"),
              QStringLiteral("rg@havre")}},
            {QStringLiteral("admin"),
             {QStringLiteral("cv@rouen"), QStringLiteral("cv@havre"), QStringLiteral("rg@rouen"),
              QStringLiteral("rg@havre")}}};
        const QStringList notices = {QStringLiteral("cv@rouen"), QStringLiteral("cv@havre"),
                                     QStringLiteral("rg@rouen"), QStringLiteral("rg@havre")};
        const QStringList routes = {QStringLiteral("list"),   QStringLiteral("get"),
                                    QStringLiteral("put"),    QStringLiteral("end"),
                                    QStringLiteral("cancel"), QStringLiteral("review")};
        for (const QString &route : routes) {
            for (const auto &[user, visible] : sees) {
                for (const QString &notice : notices) {
                    int status = visible.contains(notice) ? 200 : 404;
                    // Issuers see their notices but do not review them.
                    if (status == 200 && route == QLatin1String("review") &&
                        user.startsWith(QLatin1String("issuer.")))
                        status = 403;
                    // The list answers 200 either way: 404 here means "not listed".
                    QTest::addRow("%s %s %s", qPrintable(route), qPrintable(user),
                                  qPrintable(notice))
                        << route << user << notice << status;
                }
            }
            for (const char *nobody : {"anonymous", "bad token"})
                QTest::addRow("%s %s", qPrintable(route), nobody)
                    << route << QString::fromLatin1(nobody) << QStringLiteral("cv@rouen") << 401;
        }
    }

    void everyRoute_everyRole()
    {
        QFETCH(QString, route);
        QFETCH(QString, user);
        QFETCH(QString, notice);
        QFETCH(int, status);
        const Kind k = kind(notice);
        QJsonObject json = SandboxHarness::notice(QStringLiteral("flaring-maintenance"), k.company,
                                                  k.territory, k.site);
        const Reply submitted =
            h->call(tokens.value(k.submitter), "POST", QStringLiteral("/v1/notices"), json,
                    SandboxHarness::newKey());
        QCOMPARE(submitted.status, 201);
        const QString id = json.value(QStringLiteral("id")).toString();
        const qint64 version = h->store().notice(id)->version;
        const QString token = tokens.value(user);

        if (route == QLatin1String("list")) {
            const auto [listStatus, found] = listed(token, id, k);
            QCOMPARE(listStatus, status == 401 ? 401 : 200);
            QCOMPARE(found, status == 200);
            return;
        }
        const Reply r = call(route, token, id, json);
        QVERIFY2(r.status == status, qPrintable(QStringLiteral("%1, expected %2: %3")
                                                    .arg(r.status)
                                                    .arg(status)
                                                    .arg(QString::fromUtf8(r.body))));
        const bool changes = route != QLatin1String("get");
        QCOMPARE(h->store().notice(id)->version, changes && status == 200 ? version + 1 : version);
        if (status == 404) {
            // Exactly what a notice that does not exist answers.
            const Reply unknown =
                call(route, token, QStringLiteral("00000000-0000-4000-8000-00000000abcd"), json);
            QCOMPARE(unknown.status, 404);
            QCOMPARE(r.json, unknown.json);
            QCOMPARE(r.problemCode(), QStringLiteral("not_found"));
        }
        if (status == 403)
            QCOMPARE(r.problemCode(), QStringLiteral("not_a_coordinator"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxAccess)
#include "tst_sandboxaccess.moc"
