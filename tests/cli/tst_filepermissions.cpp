#include "Clock.h"
#include "LogFile.h"
#include "Profile.h"
#include "SandboxRunner.h"
#include "Store.h"
#include "TestData.h"

#include <QDirIterator>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

Q_LOGGING_CATEGORY(lcPermissionsTest, "allo.test")

// The profile and the sandbox's data are the owner's only, whatever the umask: a local user
// reads neither drafts, the outbox, the journal and the log, nor password hashes and keys. Each
// check runs under umask 022 (files 0644 and folders 0755 by default) through the real code and
// the real programs, and looks at every entry with lstat.
class TestFilePermissions : public QObject
{
    Q_OBJECT

    mode_t m_umask = 0;
    QTemporaryDir m_root;
    Clock m_clock{TestData::sampleNow()};

    // Every entry under dir (dir included) whose mode is not 0700 for a folder or 0600 for a
    // file, as "path mode"; and the names seen, so a test can check its files were there.
    static QStringList wrongModes(const QString &dir, QStringList *seen = nullptr)
    {
        QStringList wrong;
        QStringList paths{dir};
        QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            paths.append(it.next());
        for (const QString &path : paths) {
            struct stat st = {};
            if (::lstat(QFile::encodeName(path).constData(), &st) != 0) {
                wrong.append(path + QStringLiteral(" gone"));
                continue;
            }
            const mode_t expected = S_ISDIR(st.st_mode) ? 0700 : 0600;
            if ((st.st_mode & 07777) != expected)
                wrong.append(path + QLatin1Char(' ') + QString::number(st.st_mode & 07777, 8));
            if (seen)
                seen->append(QFileInfo(path).fileName());
        }
        return wrong;
    }

    // What an earlier version left under umask 022: folders 0755, files 0644.
    static void loosen(const QString &dir)
    {
        QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        QStringList paths{dir};
        while (it.hasNext())
            paths.append(it.next());
        for (const QString &path : paths)
            ::chmod(QFile::encodeName(path).constData(), QFileInfo(path).isDir() ? 0755 : 0644);
    }

    // A store with a saved draft and a log that has rotated, both open.
    void useProfile(const QString &dir, Store &store)
    {
        QVERIFY(LogFile::install(dir, 300, 2));
        QVERIFY2(store.open(), qPrintable(store.errorString()));
        QVERIFY(store.drafts().save(TestData::sample(QStringLiteral("siren-test")),
                                    QStringLiteral("officer")) > 0);
        for (int i = 0; i < 20; ++i)
            qCInfo(lcPermissionsTest, "line %d, long enough to rotate the log soon", i);
    }

private slots:
    void initTestCase()
    {
        m_umask = ::umask(022);
        QVERIFY(m_root.isValid());
    }

    void cleanupTestCase() { ::umask(m_umask); }

    void cleanup() { LogFile::uninstall(); }

    void newProfile_isOwnerOnly_withSideFilesAndRotatedLogs()
    {
        const QString dir = m_root.filePath(QStringLiteral("new/profile"));
        Store store(Profile(dir), m_clock);
        useProfile(dir, store);
        QStringList seen;
        const QStringList wrong = wrongModes(dir, &seen);
        for (const char *name : {"store.sqlite", "store.sqlite-wal", "store.sqlite-shm",
                                 "store.lock", "store.session", "allo.log", "allo.log.1"})
            QVERIFY2(seen.contains(QLatin1String(name)), name);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1String(", "))));
    }

    void earlierProfile_isTightenedOnOpen()
    {
        const QString dir = m_root.filePath(QStringLiteral("earlier"));
        {
            Store store(Profile(dir), m_clock);
            useProfile(dir, store);
        }
        LogFile::uninstall();
        // A damaged copy set aside and a log from before, as an earlier version left them.
        for (const char *name : {"store.damaged-20260101T000000Z.sqlite", "allo.log.2"}) {
            QFile file(QDir(dir).filePath(QLatin1String(name)));
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        loosen(dir);
        QVERIFY(!wrongModes(dir).isEmpty());

        Store store(Profile(dir), m_clock);
        useProfile(dir, store);
        const QStringList wrong = wrongModes(dir);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1String(", "))));
    }

    void otherFilesInAProfileFolder_areLeftAlone()
    {
        // --profile may name a folder that holds the user's own files.
        const QString dir = m_root.filePath(QStringLiteral("shared"));
        QVERIFY(QDir().mkpath(dir));
        const QString script = QDir(dir).filePath(QStringLiteral("notes.sh"));
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(::chmod(QFile::encodeName(script).constData(), 0755) == 0);
        Store store(Profile(dir), m_clock);
        QVERIFY(store.open());
        QCOMPARE(QFileInfo(script).permissions() & QFileDevice::ExeOther, QFileDevice::ExeOther);
    }

    void trainingSandbox_inTheConsole_isOwnerOnly()
    {
        const QString dir = m_root.filePath(QStringLiteral("training/sandbox"));
        {
            SandboxRunner runner(m_clock, QStringLiteral(ALLO_SANDBOX_BIN));
            QCOMPARE(runner.start(dir), QString());
            QVERIFY(QFile::exists(QDir(dir).filePath(QStringLiteral("sandbox.sqlite-wal"))));
            const QStringList wrong = wrongModes(dir);
            QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1String(", "))));
        }
        loosen(dir);
        SandboxRunner runner(m_clock, QStringLiteral(ALLO_SANDBOX_BIN));
        QCOMPARE(runner.start(dir), QString());
        const QStringList wrong = wrongModes(dir);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1String(", "))));
    }

    void sandboxProgram_dataIsOwnerOnly()
    {
        const QString dir = m_root.filePath(QStringLiteral("sandbox-data"));
        QProcess sandbox;
        sandbox.start(QStringLiteral(ALLO_SANDBOX_BIN),
                      {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                       QStringLiteral("--data"), dir});
        QVERIFY(sandbox.waitForStarted());
        QByteArray out;
        while (!out.contains("listening on") && sandbox.waitForReadyRead(30000))
            out += sandbox.readAllStandardOutput();
        QVERIFY2(out.contains("listening on"), sandbox.readAllStandardError().constData());
        QStringList seen;
        const QStringList wrong = wrongModes(dir, &seen);
        sandbox.terminate();
        sandbox.waitForFinished();
        for (const char *name : {"sandbox.sqlite", "sandbox.sqlite-wal", "sandbox.sqlite-shm",
                                 "ca.pem", "ca-key.pem", "server.pem", "server-key.pem"})
            QVERIFY2(seen.contains(QLatin1String(name)), name);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1String(", "))));
    }

    void cliProgram_profileIsOwnerOnly()
    {
        const QString dir = m_root.filePath(QStringLiteral("cli/profile"));
        QProcess cli;
        cli.start(QStringLiteral(ALLO_CLI), {QStringLiteral("drafts"), QStringLiteral("list"),
                                             QStringLiteral("--profile"), dir});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        QStringList seen;
        const QStringList wrong = wrongModes(dir, &seen);
        QVERIFY2(seen.contains(QLatin1String("store.sqlite")), qPrintable(seen.join(u' ')));
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1String(", "))));
    }
};

QTEST_GUILESS_MAIN(TestFilePermissions)
#include "tst_filepermissions.moc"
