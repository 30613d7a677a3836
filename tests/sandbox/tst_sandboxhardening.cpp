#include "CapAlert.h"
#include "ChannelRenderer.h"
#include "Notice.h"
#include "SandboxHarness.h"
#include "SignInLimiter.h"
#include "TestData.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <sys/resource.h>

// What an attacker without an account, or an issuer with one, could do to the sandbox itself:
// exhaust its memory with one public GET, tell user names apart by the time of a refusal, guess
// passwords at full speed, and let sessions and stored answers pile up for ever. Over real HTTPS
// on loopback, with the sandbox's real SQLite file.
class TestSandboxHardening : public QObject
{
    Q_OBJECT

    using Reply = SandboxHarness::Reply;

    const QString cv = QStringLiteral("Chimie de la Vallée");
    const QString rouen = QStringLiteral("rouen-metropole");

    static QByteArray credentials(const QString &username, const QString &password)
    {
        return QJsonDocument(QJsonObject{{QStringLiteral("username"), username},
                                         {QStringLiteral("password"), password}})
            .toJson();
    }

    static Reply signIn(SandboxHarness &h, const QString &username, const QString &password)
    {
        return h.request("POST", QStringLiteral("/v1/auth/token"), credentials(username, password));
    }

    static qint64 median(QList<qint64> values)
    {
        std::sort(values.begin(), values.end());
        return values.at(values.size() / 2);
    }

    static qint64 peakKiB()
    {
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        return usage.ru_maxrss;
    }

    // Rows of a table of the sandbox's file, read through a connection of the test's own.
    static int count(SandboxHarness &h, const QString &sql, const QString &value)
    {
        const QString name = QStringLiteral("hardening-check");
        int n = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(h.dataDir() + QStringLiteral("/sandbox.sqlite"));
            if (db.open()) {
                QSqlQuery q(db);
                q.prepare(sql);
                q.addBindValue(value);
                if (q.exec() && q.next())
                    n = q.value(0).toInt();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return n;
    }

private slots:
    void publicFeed_fiveThousandRevisions_answersInBoundedTimeAndMemory()
    {
        // An issuer who published 5,000 revisions of one incident; the CAP feed of the last
        // one needs the reference of the one before. It once recursed through all 5,000, each
        // level loading the whole list again.
        constexpr int kRevisions = 5000;
        SandboxHarness h;
        QVERIFY(h.isReady());
        const QJsonObject json = SandboxHarness::notice(QStringLiteral("incident-smoke"), cv, rouen,
                                                        QStringLiteral("cv-grand-quevilly"));
        const QString id = json.value(QStringLiteral("id")).toString();
        // Revision r published kRevisions - r seconds before now.
        const auto publishedAt = [](int r) {
            return TestData::sampleNow().addSecs(r - kRevisions);
        };
        SandboxStore &store = h.store();
        store.begin();
        SandboxStore::Notice n;
        n.id = id;
        n.territory = rouen;
        n.company = cv;
        n.type = Notice(json).type();
        n.state = QStringLiteral("published");
        n.revision = kRevisions;
        n.publishedRevision = kRevisions;
        for (int r = 1; r <= kRevisions; ++r) {
            SandboxStore::Revision revision;
            revision.revision = r;
            revision.json = json;
            revision.submittedBy = QStringLiteral("issuer.chimie");
            revision.submittedAt = publishedAt(r).toMSecsSinceEpoch();
            revision.publishedAt = revision.submittedAt;
            if (r == 1)
                store.insertNotice(n, revision);
            else
                store.insertRevision(id, revision);
        }
        store.commit();
        QVERIFY(!store.takeFailure());
        QCOMPARE(store.revisions(id).size(), kRevisions);

        const qint64 peakBefore = peakKiB();
        QElapsedTimer timer;
        timer.start();
        const Reply r = h.request("GET", QStringLiteral("/v1/public/%1/cap").arg(rouen));
        const qint64 elapsed = timer.elapsed();
        const qint64 grownKiB = peakKiB() - peakBefore;
        qInfo("CAP feed of a notice with %d published revisions: %lld ms, peak memory +%lld KiB",
              kRevisions, elapsed, grownKiB);
        QCOMPARE(r.status, 200);
        const QJsonArray items = r.json.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 1);
        const QJsonObject item = items.first().toObject();
        QCOMPARE(item.value(QStringLiteral("revision")).toInt(), kRevisions);

        // Exactly what the console renders: the last revision, referencing the one before.
        const Notice notice(json);
        RenderContext previous = ChannelRenderer::context(notice, publishedAt(kRevisions - 1));
        previous.revision = kRevisions - 1;
        RenderContext last = ChannelRenderer::context(notice, publishedAt(kRevisions));
        last.revision = kRevisions;
        last.previousReference = CapAlert::reference(notice, previous);
        const ChannelOutput expected =
            ChannelRenderer::render(notice, last, QStringLiteral("cap"), QStringLiteral("fr"));
        QVERIFY(expected.ok());
        QCOMPARE(item.value(QStringLiteral("text")).toString(), expected.text);
        QVERIFY(expected.text.contains(CapAlert::identifier(id, kRevisions - 1)));

        // Generous for a busy machine: the answer takes milliseconds.
        QVERIFY2(elapsed < 10000, qPrintable(QString::number(elapsed)));
        QVERIFY2(grownKiB < 100 * 1024, qPrintable(QString::number(grownKiB)));
    }

    void signIn_unknownUserTakesAsLongAsAKnownOne()
    {
        // Both refusals run one PBKDF2: the time does not tell whether a user name exists.
        SandboxHarness h;
        QVERIFY(h.isReady());
        h.api().setSignInLimits({1000, 1000, 1});
        const QString known = QStringLiteral("coord.anne");
        const QString unknown = QStringLiteral("nobody.here");
        QCOMPARE(signIn(h, known, QStringLiteral("guess")).status, 401); // warm-up, both
        QCOMPARE(signIn(h, unknown, QStringLiteral("guess")).status, 401);
        QList<qint64> knownNs;
        QList<qint64> unknownNs;
        QElapsedTimer timer;
        // Interleaved, so that a busy moment of the machine falls on both.
        for (int i = 0; i < 11; ++i) {
            for (const QString &user : {known, unknown}) {
                timer.start();
                const int status = signIn(h, user, QStringLiteral("guess %1").arg(i)).status;
                (user == known ? knownNs : unknownNs).append(timer.nsecsElapsed());
                QCOMPARE(status, 401);
            }
        }
        const double knownMs = median(knownNs) / 1e6;
        const double unknownMs = median(unknownNs) / 1e6;
        qInfo("median refusal: known user %.1f ms, unknown user %.1f ms", knownMs, unknownMs);
        const double ratio = std::max(knownMs, unknownMs) / std::min(knownMs, unknownMs);
        QVERIFY2(ratio <= 1.25, qPrintable(QString::number(ratio)));
    }

    void signIn_failuresOfOneAccount_429EvenWithTheRightPassword_untilTheWindowPasses()
    {
        SandboxHarness h;
        QVERIFY(h.isReady());
        h.api().setSignInLimits({3, 100, 60});
        const QString anne = QStringLiteral("coord.anne");
        for (int i = 0; i < 3; ++i)
            QCOMPARE(signIn(h, anne, QStringLiteral("guess %1").arg(i)).status, 401);
        Reply r = signIn(h, anne, SandboxHarness::passwordOf(anne));
        QCOMPARE(r.status, 429);
        QCOMPARE(r.header("Retry-After"), QByteArray("60"));
        QCOMPARE(r.problemCode(), QStringLiteral("too_many_sign_ins"));
        QVERIFY(!r.json.contains(QStringLiteral("access_token")));
        // Another account from the same address is not held back by anne's.
        QCOMPARE(signIn(h, QStringLiteral("coord.bruno"), QStringLiteral("training-bruno")).status,
                 200);

        h.clock().setFixed(TestData::sampleNow().addSecs(59));
        r = signIn(h, anne, SandboxHarness::passwordOf(anne));
        QCOMPARE(r.status, 429);
        QCOMPARE(r.header("Retry-After"), QByteArray("1"));
        h.clock().setFixed(TestData::sampleNow().addSecs(60));
        r = signIn(h, anne, SandboxHarness::passwordOf(anne));
        QCOMPARE(r.status, 200);
        QVERIFY(!r.json.value(QStringLiteral("access_token")).toString().isEmpty());
    }

    void signIn_failuresFromOneAddress_acrossAccounts_429()
    {
        SandboxHarness h;
        QVERIFY(h.isReady());
        h.api().setSignInLimits({100, 4, 60});
        for (const char *user : {"coord.anne", "coord.bruno", "nobody.one", "nobody.two"})
            QCOMPARE(signIn(h, QLatin1String(user), QStringLiteral("guess")).status, 401);
        const QString chimie = QStringLiteral("issuer.chimie");
        Reply r = signIn(h, chimie, SandboxHarness::passwordOf(chimie));
        QCOMPARE(r.status, 429);
        QCOMPARE(r.header("Retry-After"), QByteArray("60"));
        h.clock().setFixed(TestData::sampleNow().addSecs(60));
        QCOMPARE(signIn(h, chimie, SandboxHarness::passwordOf(chimie)).status, 200);
    }

    void signInLimiter_countsIpv6ByItsSlash64()
    {
        QCOMPARE(SignInLimiter::addressKey(QStringLiteral("::ffff:127.0.0.1")),
                 QStringLiteral("127.0.0.1"));
        QCOMPARE(SignInLimiter::addressKey(QStringLiteral("2001:db8:1:2::1")),
                 SignInLimiter::addressKey(QStringLiteral("2001:db8:1:2:ffff:ffff:ffff:ffff")));
        QVERIFY(SignInLimiter::addressKey(QStringLiteral("2001:db8:1:2::1")) !=
                SignInLimiter::addressKey(QStringLiteral("2001:db8:1:3::1")));
    }

    void expiredSessionsAndOldAnswers_arePurged_liveOnesStay()
    {
        SandboxHarness h;
        QVERIFY(h.isReady());
        const QDateTime t0 = TestData::sampleNow();
        const auto submit = [&](const QString &token, const QByteArray &key) {
            return h
                .call(token, "POST", QStringLiteral("/v1/notices"),
                      SandboxHarness::notice(QStringLiteral("flaring-maintenance"), cv, rouen,
                                             QStringLiteral("cv-grand-quevilly")),
                      key)
                .status;
        };
        const QString sessions = QStringLiteral("SELECT COUNT(*) FROM sessions WHERE username = ?");
        const QString answers = QStringLiteral("SELECT COUNT(*) FROM idempotency WHERE key = ?");
        // At t0: anne's session (its refresh token lasts 30 days) and an answer kept.
        h.clock().setFixed(t0);
        QVERIFY(!h.signIn(QStringLiteral("coord.anne")).isEmpty());
        QCOMPARE(submit(h.signIn(QStringLiteral("issuer.chimie")), "old-answer"), 201);
        // 20 days later: bruno's session and another answer.
        h.clock().setFixed(t0.addDays(20));
        QVERIFY(!h.signIn(QStringLiteral("coord.bruno")).isEmpty());
        QCOMPARE(submit(h.signIn(QStringLiteral("issuer.quevilly")), "new-answer"), 201);
        QCOMPARE(count(h, sessions, QStringLiteral("coord.anne")), 1);
        QCOMPARE(count(h, answers, QStringLiteral("old-answer")), 1);

        // 31 days after t0, any request purges.
        h.clock().setFixed(t0.addDays(31));
        QCOMPARE(h.request("GET", QStringLiteral("/v1/health")).status, 200);
        QCOMPARE(count(h, sessions, QStringLiteral("coord.anne")), 0);
        QCOMPARE(count(h, answers, QStringLiteral("old-answer")), 0);
        QCOMPARE(count(h, sessions, QStringLiteral("coord.bruno")), 1);
        QCOMPARE(count(h, answers, QStringLiteral("new-answer")), 1);
    }
};

QTEST_GUILESS_MAIN(TestSandboxHardening)
#include "tst_sandboxhardening.moc"
