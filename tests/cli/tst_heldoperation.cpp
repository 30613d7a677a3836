#include "CliHome.h"
#include "Notice.h"
#include "SandboxHarness.h"
#include "Store.h"
#include "TestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

const QString kCompany = QStringLiteral("Chimie de la Vallée");
// Where the last run's account differs from the one signed in now.
const QString kOtherAccount = QStringLiteral("coord.bruno");

using Run = CliRun;

QJsonObject newNotice()
{
    return SandboxHarness::notice(QStringLiteral("flaring-maintenance"), kCompany,
                                  QStringLiteral("rouen-metropole"),
                                  QStringLiteral("cv-grand-quevilly"));
}

// The line of `queue flush` or `queue list` that starts with the operation's id.
QString lineOf(const QString &output, const QString &operationId)
{
    for (const QString &line : output.split(QLatin1Char('\n'))) {
        if (line.startsWith(operationId + QLatin1Char(' ')))
            return line;
    }
    return {};
}

} // namespace

// An operation the last run sent as another platform account, without a definite answer, as
// allo-cli shows it: queue flush and a review decision end as soon as nothing more can be sent
// and say whom to sign in as; queue list says it too; queue retry refuses it. The real program
// against an in-process sandbox over HTTPS, with the real keychain.
class TestHeldOperation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_sandbox.isReady()); }

    void init() { m_home = std::make_unique<CliHome>(QStringLiteral("allo-test-held-")); }

    void cleanup() { cli({QStringLiteral("logout")}); }

    void heldOperation_flushEndsAtOnce_listAndRetrySayWhomToSignInAs()
    {
        QVERIFY(signIn(QStringLiteral("issuer.chimie")));
        QJsonObject held = newNotice();
        const QString a = add(held);
        QJsonObject text = held.value(QStringLiteral("text")).toObject();
        text.insert(QStringLiteral("fr"), QString(text.value(QStringLiteral("fr")).toString() +
                                                  QStringLiteral(" Mise à jour.")));
        held.insert(QStringLiteral("text"), text);
        const QString behind = add(held);
        const QString other = add(newNotice());
        QVERIFY(!a.isEmpty() && !behind.isEmpty() && !other.isEmpty());
        QVERIFY(sentAs(a, kOtherAccount));

        const Run flush =
            cli({QStringLiteral("queue"), QStringLiteral("flush"), QStringLiteral("--wait"),
                 QStringLiteral("--timeout"), QStringLiteral("40"), QStringLiteral("--profile"),
                 m_home->profile(), CliHome::now()});
        QCOMPARE(flush.exitCode, 1);
        // It ended because nothing more could move, not at the end of its time.
        QVERIFY2(!flush.err.contains(QLatin1String("Gave up")), qPrintable(flush.err));
        QVERIFY2(flush.err.contains(QLatin1String("Nothing more can be sent without you")),
                 qPrintable(flush.err));
        const QString heldLine = lineOf(flush.out, a);
        QVERIFY2(heldLine.contains(QLatin1String("needs_sign_in")), qPrintable(flush.out));
        QVERIFY2(heldLine.contains(QLatin1String("Sign in as coord.bruno")), qPrintable(heldLine));
        QVERIFY2(heldLine.contains(QLatin1String("allo-cli queue remove ") + a),
                 qPrintable(heldLine));
        const QString behindLine = lineOf(flush.out, behind);
        QVERIFY2(behindLine.contains(QLatin1String("queued")), qPrintable(flush.out));
        QVERIFY2(behindLine.contains(QLatin1String("waits behind ") + a), qPrintable(behindLine));
        QVERIFY2(behindLine.contains(QLatin1String("Sign in as coord.bruno")),
                 qPrintable(behindLine));
        // The rest of the outbox still went out.
        QVERIFY2(lineOf(flush.out, other).contains(QLatin1String("revision 1")),
                 qPrintable(flush.out));

        const Run list = cli({QStringLiteral("queue"), QStringLiteral("list"),
                              QStringLiteral("--profile"), m_home->profile()});
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(lineOf(list.out, a).contains(QLatin1String("Sign in as coord.bruno")),
                 qPrintable(list.out));

        // Queued again it would only be held again: refused, naming the account.
        const Run retry = cli({QStringLiteral("queue"), QStringLiteral("retry"), a,
                               QStringLiteral("--profile"), m_home->profile()});
        QCOMPARE(retry.exitCode, 1);
        QVERIFY2(retry.err.contains(QLatin1String("Sign in as coord.bruno")),
                 qPrintable(retry.err));
        QCOMPARE(stateOf(a), QStringLiteral("needs_sign_in"));
    }

    void decisionBehindAHeldOne_endsAtOnceAndSaysWhy()
    {
        const QJsonObject json = newNotice();
        const QString id = json.value(QStringLiteral("id")).toString();
        const QString issuer = m_sandbox.signIn(QStringLiteral("issuer.chimie"));
        const auto submitted = m_sandbox.call(issuer, "POST", QStringLiteral("/v1/notices"), json,
                                              SandboxHarness::newKey());
        QCOMPARE(submitted.status, 201);
        QCOMPARE(submitted.json.value(QLatin1String("state")).toString(),
                 QStringLiteral("pending_review"));
        QVERIFY(signIn(QStringLiteral("coord.anne")));
        // The last run, signed in as coord.bruno, sent its decision and lost the answer.
        QString earlier;
        {
            Clock clock(TestData::sampleNow());
            Store store(Profile(m_home->profile()), clock);
            QVERIFY(store.open());
            QVERIFY(store.drafts().save(Notice(json), QStringLiteral("tester")) > 0);
            const auto op =
                store.outbox().enqueue(Outbox::Kind::Review, id,
                                       {{QStringLiteral("revision"), 1},
                                        {QStringLiteral("decision"), QStringLiteral("approve")}},
                                       QStringLiteral("tester"));
            QVERIFY(op);
            QVERIFY(store.outbox().markSending(op->id, kOtherAccount));
            earlier = op->id;
        }

        const Run decide = cli({QStringLiteral("review"), QStringLiteral("request-changes"), id,
                                QStringLiteral("--comment"), QStringLiteral("Which unit?"),
                                QStringLiteral("--profile"), m_home->profile()});
        QCOMPARE(decide.exitCode, 3); // queued, not sent
        QVERIFY2(decide.err.contains(QLatin1String("waits behind ") + earlier),
                 qPrintable(decide.err));
        QVERIFY2(decide.err.contains(QLatin1String("Sign in as coord.bruno")),
                 qPrintable(decide.err));
        QVERIFY2(!decide.err.contains(QLatin1String("()")), qPrintable(decide.err));
        QCOMPARE(stateOf(earlier), QStringLiteral("needs_sign_in"));
        // Nothing decided on the platform.
        QCOMPARE(m_sandbox.call(issuer, "GET", QStringLiteral("/v1/notices/") + id)
                     .json.value(QLatin1String("state"))
                     .toString(),
                 QStringLiteral("pending_review"));
    }

private:
    bool signIn(const QString &user)
    {
        return m_home->signIn(m_sandbox.url(), m_sandbox.caFile(), user,
                              SandboxHarness::passwordOf(user));
    }
    QString add(const QJsonObject &notice) { return m_home->queueAdd(notice); }

    // As a run signed in as account would have left it: sent, its answer never read.
    bool sentAs(const QString &operationId, const QString &account)
    {
        Clock clock(TestData::sampleNow());
        Store store(Profile(m_home->profile()), clock);
        return store.open() && store.outbox().markSending(operationId, account);
    }

    QString stateOf(const QString &operationId)
    {
        const Run show = cli({QStringLiteral("queue"), QStringLiteral("show"), operationId,
                              QStringLiteral("--profile"), m_home->profile()});
        return QJsonDocument::fromJson(show.out.toUtf8())
            .object()
            .value(QLatin1String("state"))
            .toString();
    }

    Run cli(const QStringList &arguments) { return m_home->run(arguments); }

    SandboxHarness m_sandbox;
    std::unique_ptr<CliHome> m_home;
};

QTEST_GUILESS_MAIN(TestHeldOperation)
#include "tst_heldoperation.moc"
