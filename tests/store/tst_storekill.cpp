#include "Clock.h"
#include "Profile.h"
#include "Store.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// SIGKILLs store_kill_driver at random moments while it queues 1,000 notices and marks them
// sent. After every kill the profile must open cleanly, its file must pass quick_check, and
// every operation whose id the driver printed must be there, exactly once.
class TestStoreKill : public QObject
{
    Q_OBJECT

private:
    static constexpr int kNotices = 1000;
    static constexpr int kKills = 120;

    QTemporaryDir m_dir;
    QSet<QString> m_printedQueued;
    QSet<QString> m_printedSent;

    void collect(const QByteArray &output)
    {
        for (const QByteArray &line : output.split('\n')) {
            const QList<QByteArray> words = line.split(' ');
            if (words.size() == 3 && words.at(0) == "queued")
                m_printedQueued.insert(QString::fromLatin1(words.at(1)));
            else if (words.size() == 2 && words.at(0) == "sent")
                m_printedSent.insert(QString::fromLatin1(words.at(1)));
        }
    }

    // What the restarted program will see.
    void verifyProfile(bool killed)
    {
        const Clock clock;
        const Profile profile(m_dir.path());
        if (killed)
            QVERIFY(IntegrityCheck::run(profile.databasePath()).ok);
        Store store(profile, clock);
        QVERIFY2(store.open(), qPrintable(store.errorString()));
        QVERIFY2(store.warnings().isEmpty(), qPrintable(store.warnings().join(u'\n')));

        QHash<QString, Outbox::State> states;
        for (const Outbox::Operation &op : store.outbox().list())
            states.insert(op.id, op.state);
        for (const QString &id : std::as_const(m_printedQueued))
            QVERIFY2(states.contains(id), qPrintable(QStringLiteral("lost: ") + id));
        for (const QString &id : std::as_const(m_printedSent))
            QVERIFY2(states.value(id) == Outbox::State::Sent, qPrintable(id));

        // Exactly once: one operation per notice, and every notice has its operation.
        QSqlQuery q(store.database().connection());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT (SELECT count(*) FROM operations), (SELECT count(DISTINCT notice_id) FROM "
            "operations), (SELECT count(*) FROM notices)")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), q.value(1).toInt());
        QCOMPARE(q.value(0).toInt(), q.value(2).toInt());
        q.finish();
        const Journal::Verdict verdict = store.journal().verify();
        QVERIFY2(verdict.ok, qPrintable(verdict.problem));
    }

private slots:
    void killedAtRandom_losesAndDuplicatesNothing()
    {
        QVERIFY(m_dir.isValid());
        QElapsedTimer timer;
        timer.start();
        auto *random = QRandomGenerator::global();
        int kills = 0;
        int killsWhileWriting = 0; // the rest may have fallen while it was starting
        int runs = 0;
        // The longest a run may live before the kill; adapted so the kills spread over the
        // whole job instead of all landing on start-up or all after the end.
        int windowMs = 60;
        bool finished = false;
        while (!finished && runs < 1000) {
            ++runs;
            QProcess driver;
            driver.start(QStringLiteral(STORE_KILL_DRIVER),
                         {m_dir.path(), QString::number(kNotices)});
            QVERIFY(driver.waitForStarted());
            const bool killThisRun = kills < kKills;
            QByteArray output;
            if (killThisRun) {
                // One kill in ten may fall anywhere, start-up included; the others fall while
                // the program queues and sends, after it said it was ready.
                if (random->bounded(10) != 0) {
                    while (!output.contains("ready\n") && driver.waitForReadyRead(10000))
                        output += driver.readAllStandardOutput();
                }
                QTest::qSleep(random->bounded(windowMs));
                driver.kill(); // SIGKILL
            }
            QVERIFY(driver.waitForFinished(60000));
            output += driver.readAllStandardOutput();
            collect(output);
            QVERIFY2(!output.contains("error "), output.constData());
            if (driver.exitStatus() == QProcess::CrashExit) {
                ++kills;
                if (output.contains("ready\n"))
                    ++killsWhileWriting;
                verifyProfile(true);
                // Ahead of schedule: kill sooner; behind: let runs live longer.
                const double progress = double(m_printedQueued.size()) / kNotices;
                const double killed = double(kills) / kKills;
                windowMs = qBound(2, int(windowMs * (progress > killed ? 0.8 : 1.25)), 2000);
            } else {
                QCOMPARE(driver.exitCode(), 0);
                finished = output.contains("done") && !killThisRun;
                if (kills < kKills)
                    QVERIFY2(m_printedQueued.size() < kNotices, "ran out of work before the kills");
            }
            if (QTest::currentTestFailed())
                return;
        }
        QVERIFY(finished);
        QVERIFY(kills >= 100);
        verifyProfile(false);
        // Every notice queued once and sent (an id may go unprinted when the kill fell between
        // the commit and the print: that operation is still there, once).
        const Clock clock;
        Store store(Profile(m_dir.path()), clock);
        QVERIFY(store.open());
        const QList<Outbox::Operation> all = store.outbox().list();
        QCOMPARE(all.size(), kNotices);
        for (const Outbox::Operation &op : all)
            QCOMPARE(op.state, Outbox::State::Sent);
        qInfo("%d kills (%d after the store was open) in %d runs, %lld ms", kills,
              killsWhileWriting, runs, qint64(timer.elapsed()));
    }
};

QTEST_GUILESS_MAIN(TestStoreKill)
#include "tst_storekill.moc"
