// The soak: 2,000 notices through the outbox against the sandbox with every fault on (30% of
// requests), while the client process (outbox_soak_driver) is SIGKILLed 10 times at random
// moments and restarted. The platform must end with exactly 2,000 notices, each applied once,
// and the profile with every operation sent. The time it takes is printed, never asserted
// (speed goals are benchmarks).

#include "CertificateFactory.h"
#include "Clock.h"
#include "SandboxHarness.h"
#include "Store.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class TestSoak : public QObject
{
    Q_OBJECT

    static constexpr int kNotices = 2000;
    static constexpr int kKills = 10;
    static constexpr int kLastRunMs = 240000; // the bound of the test, not a speed goal
    static constexpr const char *kUser = "issuer.chimie";

private slots:
    void killedTenTimes_everyNoticeExactlyOnce()
    {
        SandboxHarness sandbox;
        QVERIFY(sandbox.isReady());
        QTemporaryDir profile;
        QVERIFY(profile.isValid());

        QElapsedTimer queueing;
        queueing.start();
        QStringList ids;
        {
            const Clock clock;
            Store store(Profile(profile.path()), clock);
            QVERIFY2(store.open(), qPrintable(store.errorString()));
            const QStringList samples = {
                QStringLiteral("flaring-maintenance"), QStringLiteral("odour-mercaptan"),
                QStringLiteral("siren-test"), QStringLiteral("steam-startup")};
            for (int i = 0; i < kNotices; ++i) {
                const QJsonObject json = SandboxHarness::notice(
                    samples.at(i % samples.size()), QStringLiteral("Chimie de la Vallée"),
                    QStringLiteral("rouen-metropole"), QStringLiteral("cv-grand-quevilly"));
                QVERIFY(store.outbox().enqueue(Notice(json), QStringLiteral("soak")));
                ids.append(json.value(QStringLiteral("id")).toString());
            }
        }
        const qint64 queueMs = queueing.elapsed();

        QVERIFY(sandbox.faults()
                    .parse(QStringLiteral("reset=0.06,http500=0.05,http503=0.04,http429=0.04,"
                                          "garbage=0.04,slow=0.03:300,drop-after-commit=0.04"))
                    .isEmpty());
        const QStringList arguments = {
            profile.path(),
            QStringLiteral("https://127.0.0.1:%1").arg(sandbox.port()),
            QDir(sandbox.dataDir()).filePath(QLatin1String(CertificateFactory::caFile)),
            QLatin1String(kUser),
            QStringLiteral("20"),
            QStringLiteral("500")};
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ALLO_SOAK_PASSWORD"),
                   SandboxHarness::passwordOf(QLatin1String(kUser)));

        QElapsedTimer soak;
        soak.start();
        auto *random = QRandomGenerator::global();
        QList<qint64> sentAtKill;
        QByteArray output;
        for (int run = 0; run <= kKills; ++run) {
            QProcess driver;
            driver.setProcessEnvironment(env);
            driver.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            QSignalSpy finished(&driver, &QProcess::finished);
            driver.start(QStringLiteral(OUTBOX_SOAK_DRIVER), arguments);
            QVERIFY2(driver.waitForStarted(10000), qPrintable(driver.errorString()));
            if (run == kKills) {
                QVERIFY2(finished.wait(kLastRunMs), "the last run did not empty the outbox");
                output = driver.readAllStandardOutput();
                QCOMPARE(driver.exitStatus(), QProcess::NormalExit);
                QCOMPARE(driver.exitCode(), 0);
                break;
            }
            // A random moment of the run; the sandbox keeps answering meanwhile.
            QTest::qWait(200 + int(random->bounded(1300)));
            QVERIFY2(driver.state() == QProcess::Running, "the driver ended before its kill");
            ::kill(pid_t(driver.processId()), SIGKILL);
            QVERIFY(finished.wait(10000));
            QCOMPARE(driver.exitStatus(), QProcess::CrashExit);
            sentAtKill.append(sandbox.store().noticeCount());
        }
        const qint64 soakMs = soak.elapsed();
        QCOMPARE(output.trimmed(), QByteArray("done ") + QByteArray::number(kNotices) + " 0");
        // The kills fell while notices were going out, not all before or after.
        QVERIFY(sentAtKill.first() < kNotices && sentAtKill.last() > 0);

        // The platform: exactly 2,000, each created once (a second create would be refused, a
        // replay creates nothing).
        QCOMPARE(sandbox.store().noticeCount(), qint64(kNotices));
        for (const QString &id : std::as_const(ids)) {
            QVERIFY2(sandbox.store().notice(id).has_value(), qPrintable(id));
            QCOMPARE(sandbox.store().revisions(id).size(), 1);
        }
        // The profile: every operation sent, with the platform's revision.
        const Clock clock;
        Store store(Profile(profile.path()), clock);
        QVERIFY2(store.open(), qPrintable(store.errorString()));
        const QList<Outbox::Operation> ops = store.outbox().list();
        QCOMPARE(ops.size(), kNotices);
        int attempts = 0;
        for (const Outbox::Operation &op : ops) {
            QCOMPARE(op.state, Outbox::State::Sent);
            QCOMPARE(op.platformRevision, std::optional<qint64>(1));
            attempts += op.attempts;
        }
        qInfo("soak: %d notices queued in %.1f s; sent through %d kills in %.1f s "
              "(%d attempts, %d fault draws at the sandbox)",
              kNotices, queueMs / 1000.0, kKills, soakMs / 1000.0, attempts,
              sandbox.faults().draws());
    }
};

QTEST_GUILESS_MAIN(TestSoak)
#include "tst_soak.moc"
