#include "Clock.h"
#include "Profile.h"
#include "Store.h"
#include "TestData.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>
#include <unistd.h>

namespace {

bool run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    return p.waitForFinished() && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace

// Each failure gives a sentence that says what is wrong and what to do, and loses nothing that
// was stored before it.
class TestStoreFailures : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Clock m_clock{QDateTime(QDate(2026, 3, 20), QTime(11, 0), Qt::UTC)};

    QString profileDir() const { return m_dir.filePath(QStringLiteral("profile")); }

    // Queues every sample; returns the operation ids.
    QStringList fill()
    {
        Store store(Profile(profileDir()), m_clock);
        if (!store.open())
            qFatal("cannot open: %s", qPrintable(store.errorString()));
        QStringList ids;
        for (const QString &path : TestData::samplePaths()) {
            const auto op = store.outbox().enqueue(
                TestData::sample(QFileInfo(path).completeBaseName()), QStringLiteral("officer"));
            if (!op)
                qFatal("cannot queue");
            ids.append(op->id);
        }
        return ids;
    }

    void verifyAllThere(const QStringList &ids)
    {
        Store store(Profile(profileDir()), m_clock);
        QVERIFY2(store.open(), qPrintable(store.errorString()));
        QVERIFY(store.warnings().isEmpty());
        for (const QString &id : ids)
            QVERIFY2(store.outbox().find(id), qPrintable(id));
        QVERIFY(store.journal().verify().ok);
        QVERIFY(IntegrityCheck::run(Profile(profileDir()).databasePath()).ok);
    }

private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void cleanup() { QDir(profileDir()).removeRecursively(); }

    void readOnlyFolder_isReportedAndChangesNothing()
    {
        const QStringList ids = fill();
        // root ignores permissions; the immutable attribute stops it too.
        const bool root = ::geteuid() == 0;
        if (root && !run(QStringLiteral("chattr"), {QStringLiteral("+i"), profileDir()}))
            QSKIP("running as root without chattr +i: cannot make a folder read-only here");
        if (!root)
            QVERIFY(QFile::setPermissions(profileDir(), QFile::ReadOwner | QFile::ExeOwner));
        {
            Store store(Profile(profileDir()), m_clock);
            const bool opened = store.open();
            if (root)
                run(QStringLiteral("chattr"), {QStringLiteral("-i"), profileDir()});
            else
                QFile::setPermissions(profileDir(),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            QVERIFY(!opened);
            QVERIFY2(store.errorString().contains(profileDir()), qPrintable(store.errorString()));
            QVERIFY2(store.errorString().contains(QLatin1String("--profile")),
                     qPrintable(store.errorString()));
        }
        verifyAllThere(ids);
    }

    void lockedDatabase_isReportedAndChangesNothing()
    {
        const QStringList ids = fill();
        sqlite3 *other = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(Profile(profileDir()).databasePath()).constData(),
                              &other),
                 SQLITE_OK);
        QCOMPARE(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);
        {
            Store store(Profile(profileDir()), m_clock);
            QVERIFY2(store.open(), qPrintable(store.errorString()));
            Notice n = TestData::sample(QStringLiteral("siren-test"));
            n.setId(QStringLiteral("5a3e0000-0000-4000-8000-0000000000ff"));
            QVERIFY(!store.outbox().enqueue(n, QStringLiteral("officer")));
            QCOMPARE(store.database().failure(), Database::Failure::Busy);
            QVERIFY2(store.database().errorString().contains(QLatin1String("locked by another")),
                     qPrintable(store.database().errorString()));
            sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
            sqlite3_close(other);
            QVERIFY(!store.drafts().load(n.id()));
            // Once the other program lets go, the same store works again.
            QVERIFY(store.outbox().enqueue(n, QStringLiteral("officer")));
        }
        verifyAllThere(ids);
    }

    void truncatedFile_isKeptAsideAndAFreshOneStarted_data()
    {
        QTest::addColumn<bool>("onPageBoundary");
        QTest::newRow("mid-page") << false;
        QTest::newRow("page boundary") << true;
    }

    void truncatedFile_isKeptAsideAndAFreshOneStarted()
    {
        QFETCH(bool, onPageBoundary);
        fill();
        const QString path = Profile(profileDir()).databasePath();
        QFile file(path);
        const qint64 size = file.size();
        QVERIFY(size >= 8 * 4096);
        QVERIFY(file.resize(onPageBoundary ? size / 2 / 4096 * 4096 : size / 2 + 123));
        QFile damaged(path);
        QVERIFY(damaged.open(QIODevice::ReadOnly));
        const QByteArray bytes = damaged.readAll();
        damaged.close();

        Store store(Profile(profileDir()), m_clock);
        QVERIFY2(store.open(), qPrintable(store.errorString()));
        QCOMPARE(store.warnings().size(), 1);
        const QString warning = store.warnings().first();
        QVERIFY2(warning.contains(QLatin1String("truncated")), qPrintable(warning));
        QStringList kept = QDir(profileDir()).entryList({QStringLiteral("store.damaged-*.sqlite")});
        QCOMPARE(kept.size(), 1);
        QVERIFY2(warning.contains(QDir(profileDir()).filePath(kept.first())), qPrintable(warning));
        QFile aside(QDir(profileDir()).filePath(kept.first()));
        QVERIFY(aside.open(QIODevice::ReadOnly));
        QCOMPARE(aside.readAll(), bytes);
        QVERIFY(store.outbox().list().isEmpty());
        QVERIFY(store.outbox().enqueue(TestData::sample(QStringLiteral("siren-test")),
                                       QStringLiteral("officer")));
    }

    void damagedPage_afterAnUncleanStop_isKeptAside_data()
    {
        QTest::addColumn<bool>("background");
        QTest::newRow("allo-cli: checked before going on") << false;
        QTest::newRow("console: checked in the background") << true;
    }

    void damagedPage_afterAnUncleanStop_isKeptAside()
    {
        QFETCH(bool, background);
        fill();
        const Profile profile(profileDir());
        QFile file(profile.databasePath());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(file.size() - 4096));
        file.write(QByteArray(4096, '\x55'));
        file.close();
        QFile marker(profile.sessionMarkerPath()); // as a killed process leaves it
        QVERIFY(marker.open(QIODevice::WriteOnly));
        marker.close();

        if (background) {
            Store store(profile, m_clock);
            QVERIFY2(store.open(Store::Check::Background), qPrintable(store.errorString()));
            QVERIFY(store.warnings().isEmpty()); // opened at once, the check still running
            QSignalSpy checked(&store.integrityCheck(), &IntegrityCheck::finished);
            QVERIFY(checked.wait(10000));
            QVERIFY(checked.first().at(0).toBool());
        }
        Store store(profile, m_clock);
        QVERIFY2(store.open(), qPrintable(store.errorString()));
        QCOMPARE(store.warnings().size(), 1);
        QCOMPARE(QDir(profileDir()).entryList({QStringLiteral("store.damaged-*.sqlite")}).size(),
                 1);
        QVERIFY(store.outbox().list().isEmpty());
    }

    void notADatabase_isKeptAside()
    {
        QVERIFY(QDir().mkpath(profileDir()));
        QFile file(Profile(profileDir()).databasePath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(10000, 'x'));
        file.close();
        Store store(Profile(profileDir()), m_clock);
        QVERIFY2(store.open(), qPrintable(store.errorString()));
        QCOMPARE(store.warnings().size(), 1);
        QCOMPARE(QDir(profileDir()).entryList({QStringLiteral("store.damaged-*")}).size(), 1);
    }

    void fullDisk_isReportedAndLosesNothing()
    {
        // A real full disk: a 2 MB tmpfs. Mounting needs root; elsewhere this is skipped.
        const QString mount = m_dir.filePath(QStringLiteral("small"));
        QVERIFY(QDir().mkpath(mount));
        if (::geteuid() != 0 ||
            !run(QStringLiteral("mount"),
                 {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                  QStringLiteral("size=2m"), QStringLiteral("tmpfs"), mount}))
            QSKIP("cannot mount a small tmpfs here (needs root): full disk not simulated");
        const auto unmount = qScopeGuard([&] { run(QStringLiteral("umount"), {mount}); });
        const QString dir = mount + QStringLiteral("/profile");
        QStringList stored;
        QString failure;
        {
            Store store(Profile(dir), m_clock);
            QVERIFY2(store.open(), qPrintable(store.errorString()));
            QFile filler(mount + QStringLiteral("/filler"));
            QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
            const QByteArray block(4096, 'f');
            // Leave room for a few notices, then run out.
            qint64 written = 0;
            while (filler.write(block) == block.size())
                written += block.size();
            filler.resize(written - 384 * 1024);
            filler.close();
            for (int i = 0; i < 2000 && failure.isEmpty(); ++i) {
                Notice n = TestData::sample(QStringLiteral("incident-smoke"));
                n.setId(
                    QStringLiteral("5a3e0000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0')));
                const auto op = store.outbox().enqueue(n, QStringLiteral("officer"));
                if (op)
                    stored.append(op->id);
                else
                    failure = store.database().errorString();
            }
            QVERIFY2(!failure.isEmpty(), "the disk never filled up");
            QCOMPARE(store.database().failure(), Database::Failure::DiskFull);
            QVERIFY2(failure.contains(QLatin1String("full")), qPrintable(failure));
            QVERIFY(!stored.isEmpty());
            QFile::remove(mount + QStringLiteral("/filler"));
        }
        Store store(Profile(dir), m_clock);
        QVERIFY2(store.open(), qPrintable(store.errorString()));
        QCOMPARE(store.outbox().list().size(), stored.size());
        for (const QString &id : stored)
            QVERIFY(store.outbox().find(id));
        QVERIFY(store.journal().verify().ok);
        store.close();
        QVERIFY(IntegrityCheck::run(Profile(dir).databasePath()).ok);
    }
};

QTEST_GUILESS_MAIN(TestStoreFailures)
#include "tst_storefailures.moc"
