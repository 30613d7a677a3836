#include "CliHome.h"
#include "SandboxHarness.h"
#include "Store.h"
#include "TestData.h"
#include "UserDirectory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

namespace {

const QString kCompany = QStringLiteral("Chimie de la Vallée");
const QString kTerritory = QStringLiteral("rouen-metropole");
// A site the company opens: the platform learns of it some time after the first notice.
const QString kNewSite = QStringLiteral("cv-petit-couronne");
const QString kIssuer = QStringLiteral("issuer.chimie");

using Run = CliRun;

// The training accounts and sites, plus kNewSite: what the platform's administrator registers.
UserDirectory directoryWithNewSite()
{
    QFile file(QStringLiteral(":/sandbox/training-users.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The training users cannot be read");
    QJsonObject all = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray sites = all.value(QStringLiteral("sites")).toArray();
    sites.append(QJsonObject{{QStringLiteral("id"), kNewSite},
                             {QStringLiteral("company"), kCompany},
                             {QStringLiteral("territory"), kTerritory},
                             {QStringLiteral("name"), QStringLiteral("Dépôt de Petit-Couronne")},
                             {QStringLiteral("commune"), QStringLiteral("Petit-Couronne")}});
    all.insert(QStringLiteral("sites"), sites);
    UserDirectory directory;
    if (const QString error = directory.load(QJsonDocument(all).toJson()); !error.isEmpty())
        qFatal("%s", qPrintable(error));
    return directory;
}

} // namespace

// allo-cli queue retry against an in-process sandbox over HTTPS, with the real keychain: after a
// definite refusal the retry is a new attempt with a new idempotency key (the platform would
// replay its refusal to the old one); after a lost answer it keeps the key, so the platform
// applies the operation once.
class TestQueueRetry : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_sandbox.isReady()); }

    void init()
    {
        m_home = std::make_unique<CliHome>(QStringLiteral("allo-test-retry-"));
        QVERIFY(m_home->signIn(m_sandbox.url(), m_sandbox.caFile(), kIssuer,
                               SandboxHarness::passwordOf(kIssuer)));
    }

    void cleanup() { cli({QStringLiteral("logout")}); }

    void retryAfterARefusal_isANewKey_andTheNoticeIsAcceptedOnce()
    {
        const QJsonObject json = SandboxHarness::notice(QStringLiteral("flaring-maintenance"),
                                                        kCompany, kTerritory, kNewSite);
        const QString noticeId = json.value(QStringLiteral("id")).toString();
        const QString op = add(json);
        QVERIFY(!op.isEmpty());
        QCOMPARE(flush().exitCode, 1);
        QCOMPARE(stateOf(op), QStringLiteral("failed"));
        const QString refusedKey = keyOf(op);
        QCOMPARE(storedStatus(refusedKey), 422); // unknown_site, kept under that key

        // The administrator registers the site; the officer retries the same notice.
        QCOMPARE(m_sandbox.store().replaceDirectory(directoryWithNewSite()), QString());
        const Run retry = cli({QStringLiteral("queue"), QStringLiteral("retry"), op,
                               QStringLiteral("--profile"), m_home->profile()});
        QCOMPARE(retry.exitCode, 0);
        const QString newKey = keyOf(op);
        QVERIFY(!newKey.isEmpty());
        QVERIFY(newKey != refusedKey);
        QVERIFY2(journalDetails().contains(QLatin1String("new idempotency key ") + newKey),
                 qPrintable(journalDetails()));

        QCOMPARE(flush().exitCode, 0);
        QCOMPARE(stateOf(op), QStringLiteral("sent"));
        QCOMPARE(storedStatus(newKey), 201);
        QCOMPARE(storedStatus(refusedKey), 422); // the refusal stays what it was
        QCOMPARE(m_sandbox.store().revisions(noticeId).size(), 1);
    }

    void retryAfterALostAnswer_keepsTheKey_andTheNoticeIsAppliedOnce()
    {
        const QJsonObject json =
            SandboxHarness::notice(QStringLiteral("flaring-maintenance"), kCompany, kTerritory,
                                   QStringLiteral("cv-grand-quevilly"));
        const QString noticeId = json.value(QStringLiteral("id")).toString();
        const QString op = add(json);
        QVERIFY(!op.isEmpty());
        const QString key = keyOf(op);
        // The last run sent it, the platform applied it, and the answer never came back: the
        // request timed out, and the operation waits for its next attempt.
        {
            Clock clock(TestData::sampleNow());
            Store store(Profile(m_home->profile()), clock);
            QVERIFY(store.open());
            QVERIFY(store.outbox().markSending(op, kIssuer));
            const auto sending = store.outbox().find(op);
            // The sender's bytes: the platform compares them with the key's first request.
            const auto applied = m_sandbox.request(
                "POST", QStringLiteral("/v1/notices"),
                QJsonDocument(sending->payload).toJson(QJsonDocument::Compact),
                {{"Authorization", "Bearer " + m_sandbox.signIn(kIssuer).toLatin1()},
                 {"Idempotency-Key", key.toLatin1()}});
            QCOMPARE(applied.status, 201);
            QVERIFY(store.outbox().markRetry(op, clock.now().addSecs(3600),
                                             QStringLiteral("The platform did not answer.")));
        }
        QCOMPARE(stateOf(op), QStringLiteral("retry_wait"));

        const Run retry = cli({QStringLiteral("queue"), QStringLiteral("retry"), op,
                               QStringLiteral("--profile"), m_home->profile()});
        QCOMPARE(retry.exitCode, 0);
        QCOMPARE(keyOf(op), key);
        QCOMPARE(flush().exitCode, 0);
        QCOMPARE(stateOf(op), QStringLiteral("sent"));
        // Applied again, the create would have been refused (409, the id exists), not sent.
        QCOMPARE(m_sandbox.store().revisions(noticeId).size(), 1);
        QCOMPARE(storedStatus(key), 201);
    }

private:
    Run cli(const QStringList &arguments) { return m_home->run(arguments); }
    QString add(const QJsonObject &notice) { return m_home->queueAdd(notice); }

    Run flush()
    {
        return cli({QStringLiteral("queue"), QStringLiteral("flush"), QStringLiteral("--wait"),
                    QStringLiteral("--timeout"), QStringLiteral("40"), QStringLiteral("--profile"),
                    m_home->profile(), CliHome::now()});
    }

    // Read from the profile between two runs, as the next run will.
    std::optional<Outbox::Operation> operation(const QString &id)
    {
        Clock clock(TestData::sampleNow());
        Store store(Profile(m_home->profile()), clock);
        if (!store.open())
            return std::nullopt;
        return store.outbox().find(id);
    }
    QString stateOf(const QString &id)
    {
        const auto op = operation(id);
        return op ? Outbox::stateName(op->state) : QString();
    }
    QString keyOf(const QString &id)
    {
        const auto op = operation(id);
        return op ? op->idempotencyKey : QString();
    }
    QString journalDetails()
    {
        Clock clock(TestData::sampleNow());
        Store store(Profile(m_home->profile()), clock);
        if (!store.open())
            return {};
        QSqlQuery q(store.database().connection());
        QStringList details;
        q.exec(QStringLiteral("SELECT action || ' ' || detail FROM journal ORDER BY seq"));
        while (q.next())
            details.append(q.value(0).toString());
        return details.join(QLatin1Char('\n'));
    }

    // The answer the platform keeps under (issuer, key); 0 when it never saw the key.
    int storedStatus(const QString &key)
    {
        const auto stored = m_sandbox.store().storedAnswer(kIssuer, key);
        return stored ? stored->second.status : 0;
    }

    SandboxHarness m_sandbox;
    std::unique_ptr<CliHome> m_home;
};

QTEST_GUILESS_MAIN(TestQueueRetry)
#include "tst_queueretry.moc"
