// The outbox sender against the real sandbox over HTTPS on loopback, with a real profile (SQLite
// file) and the real keychain: every state an operation can end in, and the ways it gets there.

#include "ApiCall.h"
#include "CertificateFactory.h"
#include "Clock.h"
#include "CredentialStore.h"
#include "OutboxSender.h"
#include "PlatformApiLevel.h"
#include "PlatformConnection.h"
#include "RetryBackoff.h"
#include "SandboxHarness.h"
#include "Session.h"
#include "Store.h"
#include "TestData.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>
#include <QSslKey>
#include <QTcpServer>
#include <QTest>
#include <QUuid>

#include <memory>

namespace {

constexpr int kWaitMs = 20000;
const QString kCompany = QStringLiteral("Chimie de la Vallée");
const QString kTerritory = QStringLiteral("rouen-metropole");
const QString kSite = QStringLiteral("cv-grand-quevilly");

QString caFile(const SandboxHarness &sandbox)
{
    return QDir(sandbox.dataDir()).filePath(QLatin1String(CertificateFactory::caFile));
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// One console: its profile, connection, keychain service, session and sender.
struct Client
{
    QTemporaryDir dir;
    Clock clock;
    Store store{Profile(dir.path()), clock};
    PlatformConnection connection;
    CredentialStore credentials{QLatin1String("allo-test-sender-") +
                                QUuid::createUuid().toString(QUuid::WithoutBraces)};
    Session session{connection, credentials};
    std::unique_ptr<OutboxSender> sender;

    explicit Client(quint16 port, const QString &ca)
    {
        if (!store.open())
            qFatal("%s", qPrintable(store.errorString()));
        const QString error =
            connection.configure(QStringLiteral("https://127.0.0.1:%1").arg(port), ca, {});
        if (!error.isEmpty())
            qFatal("%s", qPrintable(error));
        newSender();
    }

    // A new sender on the same profile, as after a restart.
    void newSender()
    {
        sender.reset();
        sender = std::make_unique<OutboxSender>(store.outbox(), connection, session, clock);
        sender->setBackoff(20, 200);
    }

    bool signIn(const QString &user = QStringLiteral("issuer.chimie"))
    {
        QSignalSpy finished(&session, &Session::finished);
        session.signIn(user, SandboxHarness::passwordOf(user));
        return finished.wait(kWaitMs) && finished.first().at(0).toBool();
    }

    Outbox &outbox() { return store.outbox(); }

    Outbox::State state(const QString &operationId)
    {
        const auto op = outbox().find(operationId);
        return op ? op->state : Outbox::State::Failed;
    }

    QString queue(const QJsonObject &json)
    {
        const auto op = outbox().enqueue(Notice(json), QStringLiteral("tester"));
        return op ? op->id : QString();
    }

    QString queue(Outbox::Kind kind, const QString &noticeId, const QJsonObject &extra)
    {
        const auto op = outbox().enqueue(kind, noticeId, extra, QStringLiteral("tester"));
        return op ? op->id : QString();
    }
};

QJsonObject newNotice(const QString &site = kSite)
{
    return SandboxHarness::notice(QStringLiteral("flaring-maintenance"), kCompany, kTerritory,
                                  site);
}

// The sandbox's rules and database on a port of our choosing, so that "the platform is back"
// can happen where the client was told to look.
struct SandboxOnPort
{
    SandboxApi api;
    SandboxServer server;
    quint16 port = 0;

    SandboxOnPort(SandboxHarness &sandbox, quint16 wanted)
        : api(sandbox.store(), sandbox.clock())
        , server(api, sandbox.faults())
    {
        api.setAccessLifetime(SandboxHarness::kAccessLifetime);
        const QDir dir(sandbox.dataDir());
        const QSslCertificate cert(
            readFile(dir.filePath(QLatin1String(CertificateFactory::serverFile))));
        const QSslKey key(readFile(dir.filePath(QLatin1String(CertificateFactory::serverKeyFile))),
                          QSsl::Ec);
        QString error;
        port = server.listenTls(QHostAddress::LocalHost, wanted, cert, key, &error);
    }
};

} // namespace

class TestOutboxSender : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_sandbox = std::make_unique<SandboxHarness>();
        QVERIFY(m_sandbox->isReady());
    }
    void cleanup() { m_sandbox.reset(); }

    void backoff_fullJitterWithinCeiling_neverBelowRetryAfter()
    {
        RetryBackoff backoff(20, 500);
        QCOMPARE(backoff.ceilingMs(1), 20);
        QCOMPARE(backoff.ceilingMs(3), 80);
        QCOMPARE(backoff.ceilingMs(6), 500);
        QCOMPARE(backoff.ceilingMs(1000), 500);
        QSet<qint64> drawn;
        for (int i = 0; i < 200; ++i) {
            const qint64 d = backoff.delayMs(5);
            QVERIFY(d >= 0 && d <= 320);
            drawn.insert(d);
            QVERIFY(backoff.delayMs(2, 3) >= 3000);
        }
        QVERIFY2(drawn.size() > 20, "the delays are jittered, not one fixed value");
        RetryBackoff defaults(1000, 300000);
        QCOMPARE(defaults.ceilingMs(30), 300000);
    }

    void queuedNotice_isSentOnce_andTheStoreKeepsItsEtag()
    {
        Client client(m_sandbox->port(), caFile(*m_sandbox));
        QVERIFY(client.signIn());
        const QJsonObject json = newNotice();
        const QString id = json.value(QStringLiteral("id")).toString();
        const QString op = client.queue(json);
        QVERIFY(!op.isEmpty());
        QSignalSpy changed(client.sender.get(), &OutboxSender::operationChanged);
        client.sender->start();
        QTRY_COMPARE_WITH_TIMEOUT(client.state(op), Outbox::State::Sent, kWaitMs);
        QCOMPARE(client.sender->connection(), OutboxSender::Connection::Online);
        QVERIFY(!client.sender->connectionDetail().isEmpty());
        QVERIFY(changed.size() >= 2); // sending, sent
        QCOMPARE(changed.first().at(0).toString(), op);
        const auto sent = client.outbox().find(op);
        QCOMPARE(sent->platformRevision, std::optional<qint64>(1));
        QCOMPARE(sent->attempts, 1);
        QVERIFY(m_sandbox->store().notice(id).has_value());
        QCOMPARE(m_sandbox->store().revisions(id).size(), 1);
        QCOMPARE(m_sandbox->store().noticeCount(), 1);
        QCOMPARE(client.outbox().noticeEtag(id), QLatin1Char('"') + id + QStringLiteral(".1\""));
        QTRY_VERIFY_WITH_TIMEOUT(client.sender->isIdle(), kWaitMs);
    }

    void severalNoticesInFlight_eachStrictlyInOrder()
    {
        Client client(m_sandbox->port(), caFile(*m_sandbox));
        QVERIFY(client.signIn());
        // Every answer 150 ms late: the requests of different notices must overlap.
        QVERIFY(m_sandbox->faults().parse(QStringLiteral("slow=1:150")).isEmpty());
        QHash<QString, QStringList> expected; // notice → its operations in queue order
        QHash<QString, QString> noticeOf;
        for (int i = 0; i < 6; ++i) {
            QJsonObject json = newNotice();
            const QString id = json.value(QStringLiteral("id")).toString();
            const QString create = client.queue(json);
            json.insert(QStringLiteral("status"), QStringLiteral("exercise"));
            const QString update = client.queue(json);
            const QString end = client.queue(Outbox::Kind::End, id,
                                             {{QStringLiteral("reason"), QStringLiteral("over")}});
            QVERIFY(!create.isEmpty() && !update.isEmpty() && !end.isEmpty());
            QCOMPARE(client.outbox().find(update)->kind, Outbox::Kind::Update);
            expected.insert(id, {create, update, end});
            for (const QString &op : {create, update, end})
                noticeOf.insert(op, id);
        }
        QHash<QString, QStringList> sentOrder;
        QSet<QString> sending;
        qsizetype mostAtOnce = 0;
        connect(client.sender.get(), &OutboxSender::operationChanged, this, [&](const QString &op) {
            const Outbox::State state = client.state(op);
            if (state == Outbox::State::Sending)
                sending.insert(op);
            else
                sending.remove(op);
            mostAtOnce = qMax(mostAtOnce, sending.size());
            if (state == Outbox::State::Sent)
                sentOrder[noticeOf.value(op)].append(op);
        });
        client.sender->setMaxInFlight(4);
        client.sender->start();
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(noticeOf.keyBegin(), noticeOf.keyEnd(),
                        [&](const QString &op) { return client.state(op) == Outbox::State::Sent; }),
            kWaitMs);
        QVERIFY2(mostAtOnce > 1, "several notices are in flight at once");
        QVERIFY(mostAtOnce <= 4);
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            QCOMPARE(sentOrder.value(it.key()), it.value());
            // The update went with the create's ETag (else 412), each applied once.
            QCOMPARE(m_sandbox->store().revisions(it.key()).size(), 2);
            QCOMPARE(m_sandbox->store().notice(it.key())->state, QStringLiteral("ended"));
        }
    }

    void expiredAccessToken_isRefreshed_thenSent()
    {
        Client client(m_sandbox->port(), caFile(*m_sandbox));
        QVERIFY(client.signIn());
        const QString before = client.connection.accessToken();
        // Past the access token's lifetime, well within the refresh token's 30 days.
        m_sandbox->clock().setFixed(m_sandbox->clock().now().addDays(8));
        const QString op = client.queue(newNotice());
        client.sender->start();
        QTRY_COMPARE_WITH_TIMEOUT(client.state(op), Outbox::State::Sent, kWaitMs);
        QCOMPARE(client.outbox().find(op)->attempts, 2); // 401, then the resend
        QVERIFY(client.connection.accessToken() != before);
        QCOMPARE(client.session.state(), Session::State::SignedIn);
    }

    void refusedRefresh_pausesForSignIn_thenResumes()
    {
        Client client(m_sandbox->port(), caFile(*m_sandbox));
        QVERIFY(client.signIn());
        // Signed out on the platform's side: both tokens are dead.
        const auto logout = m_sandbox->call(client.connection.accessToken(), "POST",
                                            QStringLiteral("/v1/auth/logout"));
        QCOMPARE(logout.status, 204);
        const QString first = client.queue(newNotice());
        client.sender->start();
        QTRY_COMPARE_WITH_TIMEOUT(client.state(first), Outbox::State::NeedsSignIn, kWaitMs);
        QCOMPARE(client.session.state(), Session::State::NeedsSignIn);
        QCOMPARE(client.sender->connection(), OutboxSender::Connection::SignedOut);
        QVERIFY(client.sender->connectionDetail().contains(QLatin1String("sign in")));
        QVERIFY(!client.outbox().find(first)->lastError.isEmpty());

        // Paused: a notice queued now waits too.
        const QString second = client.queue(newNotice());
        client.sender->sendNow();
        QTRY_VERIFY_WITH_TIMEOUT(client.sender->isIdle(), kWaitMs);
        QCOMPARE(client.state(second), Outbox::State::Queued);
        QCOMPARE(m_sandbox->store().noticeCount(), 0);

        QVERIFY(client.signIn());
        QTRY_COMPARE_WITH_TIMEOUT(client.state(first), Outbox::State::Sent, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(client.state(second), Outbox::State::Sent, kWaitMs);
        QCOMPARE(client.sender->connection(), OutboxSender::Connection::Online);
        QCOMPARE(m_sandbox->store().noticeCount(), 2);
    }

    void noticeChangedByAnotherUser_isAConflictKeptForTheUser()
    {
        Client client(m_sandbox->port(), caFile(*m_sandbox));
        QVERIFY(client.signIn());
        QJsonObject json = newNotice();
        const QString id = json.value(QStringLiteral("id")).toString();
        const QString create = client.queue(json);
        client.sender->start();
        QTRY_COMPARE_WITH_TIMEOUT(client.state(create), Outbox::State::Sent, kWaitMs);

        // A coordinator revises it on the platform meanwhile.
        const QString coordinator = m_sandbox->signIn(QStringLiteral("coord.anne"));
        const auto current =
            m_sandbox->call(coordinator, "GET", QStringLiteral("/v1/notices/") + id);
        QJsonObject theirs = json;
        theirs.insert(QStringLiteral("status"), QStringLiteral("test"));
        const auto revised =
            m_sandbox->call(coordinator, "PUT", QStringLiteral("/v1/notices/") + id, theirs,
                            SandboxHarness::newKey(), {{"If-Match", current.header("ETag")}});
        QCOMPARE(revised.status, 200);

        json.insert(QStringLiteral("status"), QStringLiteral("exercise"));
        const QString update = client.queue(json);
        client.sender->sendNow();
        QTRY_COMPARE_WITH_TIMEOUT(client.state(update), Outbox::State::Conflict, kWaitMs);
        const auto op = client.outbox().find(update);
        QVERIFY2(op->lastError.contains(QLatin1String("changed since")), qPrintable(op->lastError));
        QVERIFY(op->failureReason.isEmpty());
        QCOMPARE(client.store.drafts().summary(id)->state, NoticeState::Conflict);
        QCOMPARE(m_sandbox->store().revisions(id).size(), 2); // theirs, not ours
    }

    void permanentRefusal_failsWithThePlatformsReason()
    {
        Client client(m_sandbox->port(), caFile(*m_sandbox));
        QVERIFY(client.signIn());
        const QJsonObject json = newNotice(QStringLiteral("no-such-site"));
        const QString op = client.queue(json);
        client.sender->start();
        QTRY_COMPARE_WITH_TIMEOUT(client.state(op), Outbox::State::Failed, kWaitMs);
        const auto failed = client.outbox().find(op);
        // The problem's detail and its field message, as the platform wrote them.
        QVERIFY2(failed->failureReason.contains(QLatin1String("site")),
                 qPrintable(failed->failureReason));
        QVERIFY(failed->failureReason.contains(QLatin1Char('\n')));
        QCOMPARE(failed->attempts, 1);
        QCOMPARE(m_sandbox->store().noticeCount(), 0);
        QCOMPARE(client.sender->connection(), OutboxSender::Connection::Online);
    }

    // A platform older than API 1.2.0 cannot read texts by language for a channel: the notice
    // that has them is refused here, saying why and what to do, and never reaches it; the same
    // texts in both languages keep the one-string shape that platform reads, and go.
    void languageTexts_areNotSentToAPlatformOlderThan120()
    {
        m_sandbox->api().setReportedApiVersion(QStringLiteral("1.1.0"));
        Client client(m_sandbox->port(), caFile(*m_sandbox));
        QVERIFY(client.signIn());
        Notice differing(newNotice());
        differing.setText(QStringLiteral("en"), QStringLiteral("Flaring is visible tonight."));
        differing.setOverride(QStringLiteral("x"), QStringLiteral("fr"),
                              QStringLiteral("Torchage visible ce soir."));
        differing.setOverride(QStringLiteral("x"), QStringLiteral("en"),
                              QStringLiteral("Flaring visible tonight."));
        Notice alike(newNotice());
        alike.setOverride(QStringLiteral("x"), QStringLiteral("fr"), QStringLiteral("Torchage."));
        alike.setOverride(QStringLiteral("x"), QStringLiteral("en"), QStringLiteral("Torchage."));
        const QString refused = client.queue(differing.toJson());
        const QString sent = client.queue(alike.toJson());
        client.sender->start();
        QTRY_COMPARE_WITH_TIMEOUT(client.state(refused), Outbox::State::Failed, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(client.state(sent), Outbox::State::Sent, kWaitMs);
        const QString reason = client.outbox().find(refused)->failureReason;
        QVERIFY2(reason.contains(QLatin1String("API 1.1.0, older than 1.2.0")) &&
                     reason.contains(QLatin1String("for x,")) &&
                     reason.contains(QLatin1String("update it")),
                 qPrintable(reason));
        QVERIFY(!m_sandbox->store().notice(differing.id()).has_value());
        QCOMPARE(m_sandbox->store().noticeCount(), 1);
    }

    // The rule alone: versions compare as numbers, a platform that says none is older, and
    // the one-string shape goes everywhere.
    void platformApiLevel_refusesTheNewShapeBelow120Only()
    {
        Notice differing = TestData::sample(QStringLiteral("siren-test"));
        differing.setOverride(QStringLiteral("sms"), QStringLiteral("en"), QStringLiteral("SMS."));
        const QJsonObject json = differing.toJson();
        for (const char *newer : {"1.2.0", "1.10.0", "2.0"})
            QVERIFY2(PlatformApiLevel::refusal(json, QLatin1String(newer)).isEmpty(), newer);
        for (const char *older : {"1.1.9", "1.1.0", "", "garbage"})
            QVERIFY2(PlatformApiLevel::refusal(json, QLatin1String(older))
                         .contains(QLatin1String("for sms, and")),
                     older);
        Notice single = TestData::sample(QStringLiteral("siren-test"));
        single.setOverride(QStringLiteral("sms"), QStringLiteral("SMS."));
        QVERIFY(PlatformApiLevel::refusal(single.toJson(), QString()).isEmpty());
    }

    void languageTexts_reachA120Platform_asTheyWereQueued()
    {
        Client client(m_sandbox->port(), caFile(*m_sandbox));
        QVERIFY(client.signIn());
        Notice notice(newNotice());
        notice.setText(QStringLiteral("en"), QStringLiteral("Flaring is visible tonight."));
        notice.setOverride(QStringLiteral("x"), QStringLiteral("en"),
                           QStringLiteral("Flaring visible tonight."));
        const QString op = client.queue(notice.toJson());
        client.sender->start();
        QTRY_COMPARE_WITH_TIMEOUT(client.state(op), Outbox::State::Sent, kWaitMs);
        const auto revisions = m_sandbox->store().revisions(notice.id());
        QCOMPARE(revisions.size(), 1);
        QCOMPARE(revisions.first().json.value(QStringLiteral("overrides")),
                 notice.toJson().value(QStringLiteral("overrides")));
        QCOMPARE(Notice(revisions.first().json).override(QStringLiteral("x"), QStringLiteral("en")),
                 QStringLiteral("Flaring visible tonight."));
    }

    void tooManyRequests_waitsAtLeastRetryAfter()
    {
        Client client(m_sandbox->port(), caFile(*m_sandbox));
        QVERIFY(client.signIn());
        client.sender->setBackoff(10, 50); // far below the platform's Retry-After: 1
        client.sender->start();
        QTRY_COMPARE_WITH_TIMEOUT(client.sender->connection(), OutboxSender::Connection::Online,
                                  kWaitMs);
        QSignalSpy connection(client.sender.get(), &OutboxSender::connectionChanged);
        m_sandbox->faults().setProbability(FaultInjector::Fault::Http429, 1.0);
        const QString op = client.queue(newNotice());
        QElapsedTimer clock;
        qint64 refusedAt = -1;
        qint64 resentAt = -1;
        connect(client.sender.get(), &OutboxSender::operationChanged, this, [&](const QString &id) {
            const Outbox::State state = client.state(id);
            if (state == Outbox::State::RetryWait && refusedAt < 0) {
                refusedAt = clock.elapsed();
                m_sandbox->faults().setProbability(FaultInjector::Fault::Http429, 0);
            } else if (state == Outbox::State::Sending && refusedAt >= 0 && resentAt < 0) {
                resentAt = clock.elapsed();
            }
        });
        clock.start();
        client.sender->sendNow();
        QTRY_COMPARE_WITH_TIMEOUT(client.state(op), Outbox::State::Sent, kWaitMs);
        QVERIFY(refusedAt >= 0 && resentAt >= 0);
        // The wait starts before the retry is recorded (a few ms): 10 ms of slack.
        QVERIFY2(resentAt - refusedAt >= 990,
                 qPrintable(QStringLiteral("resent after %1 ms").arg(resentAt - refusedAt)));
        QCOMPARE(client.outbox().find(op)->attempts, 2);
        bool unavailable = false;
        for (const auto &args : connection)
            unavailable |= args.at(0).value<OutboxSender::Connection>() ==
                           OutboxSender::Connection::PlatformUnavailable;
        QVERIFY(unavailable);
        QCOMPARE(client.sender->connection(), OutboxSender::Connection::Online);
    }

    void nothingListening_isOffline_andSendsWhenThePlatformIsBack()
    {
        // A port that was free a moment ago: the platform "is" there, then is not.
        QTcpServer reserve;
        QVERIFY(reserve.listen(QHostAddress::LocalHost, 0));
        const quint16 port = reserve.serverPort();
        reserve.close();
        Client client(port, caFile(*m_sandbox));
        {
            SandboxOnPort platform(*m_sandbox, port);
            QCOMPARE(platform.port, port);
            QVERIFY(client.signIn());
        }
        const QString op = client.queue(newNotice());
        client.sender->start();
        QTRY_COMPARE_WITH_TIMEOUT(client.sender->connection(), OutboxSender::Connection::Offline,
                                  kWaitMs);
        QVERIFY2(client.sender->connectionDetail().contains(QLatin1String("network")),
                 qPrintable(client.sender->connectionDetail()));
        QVERIFY(!client.sender->isIdle());
        QCOMPARE(client.state(op), Outbox::State::Queued);

        SandboxOnPort back(*m_sandbox, port);
        QCOMPARE(back.port, port);
        // Nobody calls sendNow: the sender's own probes find the platform again.
        QTRY_COMPARE_WITH_TIMEOUT(client.state(op), Outbox::State::Sent, kWaitMs);
        QCOMPARE(client.sender->connection(), OutboxSender::Connection::Online);
        QCOMPARE(m_sandbox->store().noticeCount(), 1);
    }

    // Nothing to send, and the platform stops: the idle probe shows it offline within 15 s (no
    // network-information backend here, and none would see a stopped platform).
    void idle_platformGoingAway_showsOfflineWithin15Seconds()
    {
        QTcpServer reserve;
        QVERIFY(reserve.listen(QHostAddress::LocalHost, 0));
        const quint16 port = reserve.serverPort();
        reserve.close();
        Client client(port, caFile(*m_sandbox));
        auto platform = std::make_unique<SandboxOnPort>(*m_sandbox, port);
        QCOMPARE(platform->port, port);
        QVERIFY(client.signIn());
        client.sender->start();
        QTRY_COMPARE_WITH_TIMEOUT(client.sender->connection(), OutboxSender::Connection::Online,
                                  kWaitMs);
        QTRY_VERIFY(client.sender->isIdle());
        platform.reset();
        QElapsedTimer gone;
        gone.start();
        QTRY_COMPARE_WITH_TIMEOUT(client.sender->connection(), OutboxSender::Connection::Offline,
                                  15000);
        qInfo("offline shown %lld ms after the platform stopped", gone.elapsed());
    }

    void operationsLeftSending_areResentWithTheirKey_appliedOnce()
    {
        Client client(m_sandbox->port(), caFile(*m_sandbox));
        QVERIFY(client.signIn());
        const QJsonObject applied = newNotice();
        const QJsonObject lost = newNotice();
        const QString appliedOp = client.queue(applied);
        const QString lostOp = client.queue(lost);
        // The last run marked both as sending and died: the platform applied the first (its
        // answer never came back), the second never arrived.
        QVERIFY(client.outbox().markSending(appliedOp));
        QVERIFY(client.outbox().markSending(lostOp));
        const auto op = client.outbox().find(appliedOp);
        const auto first = m_sandbox->request(
            "POST", QStringLiteral("/v1/notices"),
            QJsonDocument(op->payload).toJson(QJsonDocument::Compact),
            {{"Authorization", "Bearer " + client.connection.accessToken().toLatin1()},
             {"Idempotency-Key", op->idempotencyKey.toLatin1()}});
        QCOMPARE(first.status, 201);
        QCOMPARE(client.outbox().outcomeUnknown().size(), 2);

        client.newSender();
        client.sender->start();
        QTRY_COMPARE_WITH_TIMEOUT(client.state(appliedOp), Outbox::State::Sent, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(client.state(lostOp), Outbox::State::Sent, kWaitMs);
        // A second application of the create would have been 409 id_exists, not sent.
        for (const QJsonObject &json : {applied, lost}) {
            const QString id = json.value(QStringLiteral("id")).toString();
            QCOMPARE(m_sandbox->store().revisions(id).size(), 1);
        }
        QCOMPARE(m_sandbox->store().noticeCount(), 2);
        QCOMPARE(client.outbox().find(appliedOp)->platformRevision, std::optional<qint64>(1));
    }

    // The crash point the grouped commit adds: the platform's answer arrived, but the commit
    // that records it (with the answers that came with it) had not run when the process died.
    void answerNotYetRecorded_isResentWithItsKey_andItsNoticeWaits()
    {
        Client client(m_sandbox->port(), caFile(*m_sandbox));
        QVERIFY(client.signIn());
        QJsonObject json = newNotice();
        const QString id = json.value(QStringLiteral("id")).toString();
        const QString create = client.queue(json);
        json.insert(QStringLiteral("status"), QStringLiteral("exercise"));
        const QString update = client.queue(json);
        QVERIFY(!create.isEmpty() && !update.isEmpty());
        // The sender hears the answer first; right after it, before its pump, the "crash".
        connect(client.sender.get(), &OutboxSender::operationChanged, this, [&](const QString &op) {
            if (op != create || client.state(op) != Outbox::State::Sending)
                return;
            for (ApiCall *call : client.connection.findChildren<ApiCall *>())
                connect(call, &ApiCall::finished, this, [&] { client.sender.reset(); });
        });
        client.sender->start();
        QTRY_VERIFY_WITH_TIMEOUT(!client.sender, kWaitMs);

        // What the dead process left: applied on the platform, still "sending" in the profile,
        // and the update behind it not sent.
        QCOMPARE(client.state(create), Outbox::State::Sending);
        QCOMPARE(client.state(update), Outbox::State::Queued);
        QCOMPARE(m_sandbox->store().revisions(id).size(), 1);

        client.newSender();
        client.sender->start();
        QTRY_COMPARE_WITH_TIMEOUT(client.state(update), Outbox::State::Sent, kWaitMs);
        // The resend was answered with the original result (a second create would be 409).
        const auto created = client.outbox().find(create);
        QCOMPARE(created->state, Outbox::State::Sent);
        QCOMPARE(created->attempts, 2);
        QCOMPARE(created->platformRevision, std::optional<qint64>(1));
        QCOMPARE(client.outbox().find(update)->platformRevision, std::optional<qint64>(2));
        QCOMPARE(m_sandbox->store().revisions(id).size(), 2);
        QCOMPARE(m_sandbox->store().noticeCount(), 1);
    }

    // The platform keeps idempotency keys per account: resent as another account, an operation
    // whose answer was lost would be a new request to it.
    void answerLost_isNotResentAsAnotherAccount_andSentOnceByItsOwn()
    {
        const QString chimie = QStringLiteral("issuer.chimie");
        const QString anne = QStringLiteral("coord.anne");
        Client client(m_sandbox->port(), caFile(*m_sandbox));
        const auto signOut = [&client] {
            QSignalSpy finished(&client.session, &Session::finished);
            client.session.signOut();
            return finished.wait(kWaitMs);
        };
        QString op;
        QVERIFY(client.signIn(chimie));
        client.sender->start();
        QTRY_COMPARE_WITH_TIMEOUT(client.sender->connection(), OutboxSender::Connection::Online,
                                  kWaitMs);
        // Applied at once, answered too late: the request times out. (A cut connection would
        // not do: QNetworkAccessManager resends by itself, and gets the stored answer.) The
        // sender stops as soon as it gives up, so that no resend as issuer.chimie settles it
        // before the switch of account.
        client.connection.setTimeoutMs(300);
        QVERIFY(m_sandbox->faults().parse(QStringLiteral("slow=1:1500")).isEmpty());
        connect(client.sender.get(), &OutboxSender::operationChanged, this, [&](const QString &o) {
            if (o == op && client.state(op) == Outbox::State::RetryWait)
                client.sender->stop();
        });
        const QJsonObject json = newNotice();
        const QString id = json.value(QStringLiteral("id")).toString();
        op = client.queue(json);
        client.sender->sendNow();
        QTRY_COMPARE_WITH_TIMEOUT(client.state(op), Outbox::State::RetryWait, kWaitMs);
        client.sender->disconnect(this);
        m_sandbox->faults().setProbability(FaultInjector::Fault::Slow, 0);
        client.connection.setTimeoutMs(PlatformConnection::kDefaultTimeoutMs);
        QVERIFY2(client.outbox().find(op)->lastError.contains(QLatin1String("did not answer")),
                 qPrintable(client.outbox().find(op)->lastError));
        const QString key = client.outbox().find(op)->idempotencyKey;
        QVERIFY(m_sandbox->store().storedAnswer(chimie, key).has_value());
        QCOMPARE(client.outbox().find(op)->attemptedBy, chimie);

        QVERIFY(signOut());
        client.sender->start();
        QVERIFY(client.signIn(anne));
        QTRY_COMPARE_WITH_TIMEOUT(client.state(op), Outbox::State::NeedsSignIn, kWaitMs);
        const QString reason = client.outbox().find(op)->lastError;
        QVERIFY2(reason.contains(QLatin1String("Sign in as issuer.chimie")), qPrintable(reason));
        // Only the held operation waits: one never attempted goes out as coord.anne.
        const QJsonObject other = newNotice();
        const QString otherOp = client.queue(other);
        client.sender->sendNow();
        QTRY_COMPARE_WITH_TIMEOUT(client.state(otherOp), Outbox::State::Sent, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(client.sender->isIdle(), kWaitMs);
        QCOMPARE(client.state(op), Outbox::State::NeedsSignIn);
        QCOMPARE(client.outbox().find(op)->attempts, 1);
        QVERIFY(!m_sandbox->store().storedAnswer(anne, key).has_value());
        QCOMPARE(m_sandbox->store()
                     .revisions(other.value(QStringLiteral("id")).toString())
                     .first()
                     .submittedBy,
                 anne);

        QVERIFY(signOut());
        QVERIFY(client.signIn(chimie));
        QTRY_COMPARE_WITH_TIMEOUT(client.state(op), Outbox::State::Sent, kWaitMs);
        QCOMPARE(client.outbox().find(op)->attempts, 2);
        QCOMPARE(client.outbox().find(op)->platformRevision, std::optional<qint64>(1));
        QCOMPARE(m_sandbox->store().revisions(id).size(), 1);
        QCOMPARE(m_sandbox->store().noticeCount(), 2); // the held notice once, and Anne's
    }

    void leftSendingAsAnotherAccount_waitsForItAtStart()
    {
        const QString chimie = QStringLiteral("issuer.chimie");
        Client client(m_sandbox->port(), caFile(*m_sandbox));
        QVERIFY(client.signIn(QStringLiteral("issuer.raffinerie")));
        const QJsonObject json = newNotice();
        const QString op = client.queue(json);
        // The last run, signed in as issuer.chimie, sent it and died before the answer.
        QVERIFY(client.outbox().markSending(op, chimie));
        const auto sent = client.outbox().find(op);
        const auto first =
            m_sandbox->request("POST", QStringLiteral("/v1/notices"),
                               QJsonDocument(sent->payload).toJson(QJsonDocument::Compact),
                               {{"Authorization", "Bearer " + m_sandbox->signIn(chimie).toLatin1()},
                                {"Idempotency-Key", sent->idempotencyKey.toLatin1()}});
        QCOMPARE(first.status, 201);
        // An update of the same notice, queued behind it.
        QJsonObject updated = json;
        updated.insert(QStringLiteral("contact"), QStringLiteral("0800 00 00 00"));
        const QString later = client.queue(updated);
        QVERIFY(!later.isEmpty());

        client.newSender();
        client.sender->start();
        QTRY_COMPARE_WITH_TIMEOUT(client.state(op), Outbox::State::NeedsSignIn, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(client.sender->isIdle(), kWaitMs);
        QVERIFY(client.outbox().find(op)->lastError.contains(chimie));
        QCOMPARE(client.outbox().find(op)->attempts, 1);
        // Nothing more can go out until issuer.chimie signs in, and the update says why.
        QVERIFY(client.sender->isStalled());
        QCOMPARE(client.state(later), Outbox::State::Queued);
        const QString why = client.sender->waitReason(*client.outbox().find(later));
        QVERIFY2(why.contains(op), qPrintable(why));
        QVERIFY2(why.contains(QLatin1String("Sign in as issuer.chimie")), qPrintable(why));
        QVERIFY(client.sender->waitReason(*client.outbox().find(op)).isEmpty());
        // As issuer.raffinerie it would have been refused (another company) and marked failed,
        // though the platform holds it.
        QVERIFY(!m_sandbox->store()
                     .storedAnswer(QStringLiteral("issuer.raffinerie"), sent->idempotencyKey)
                     .has_value());

        QVERIFY(client.signIn(chimie));
        QTRY_COMPARE_WITH_TIMEOUT(client.state(op), Outbox::State::Sent, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(client.state(later), Outbox::State::Sent, kWaitMs);
        QCOMPARE(m_sandbox->store().noticeCount(), 1);
        // The create once, then the update.
        QCOMPARE(m_sandbox->store().revisions(json.value(QStringLiteral("id")).toString()).size(),
                 2);
    }

private:
    std::unique_ptr<SandboxHarness> m_sandbox;
};

QTEST_GUILESS_MAIN(TestOutboxSender)
#include "tst_outboxsender.moc"
