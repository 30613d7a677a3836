#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// allo-console --sandbox runs the training sandbox as the allo-sandbox program, a child process
// (Qt HTTP Server, GPL-3, never inside the console), and never leaves it running behind: not
// when the console quits, nor when it is killed outright. Linux: processes are found in /proc.
class TestTrainingProcess : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    QString profile() const { return m_home.filePath(QStringLiteral("training")); }
    QString sandboxData() const { return QDir(profile()).filePath(QStringLiteral("sandbox")); }

    void startConsole(QProcess &console, bool quitAtFirstPaint)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        if (quitAtFirstPaint)
            env.insert(QStringLiteral("ALLO_STARTUP_PROBE"), QStringLiteral("1"));
        else
            env.remove(QStringLiteral("ALLO_STARTUP_PROBE"));
        console.setProcessEnvironment(env);
        console.start(QStringLiteral(ALLO_CONSOLE_BIN),
                      {QStringLiteral("--sandbox"), QStringLiteral("--profile"), profile()});
    }

    // The live processes (zombies left out) whose arguments name this test's sandbox data.
    QList<qint64> sandboxProcesses() const
    {
        QList<qint64> found;
        const QByteArray data = QFile::encodeName(sandboxData());
        for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
            bool isPid = false;
            const qint64 pid = entry.toLongLong(&isPid);
            if (!isPid)
                continue;
            QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
            QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
            if (!cmdline.open(QIODevice::ReadOnly) || !stat.open(QIODevice::ReadOnly))
                continue;
            const QList<QByteArray> arguments = cmdline.readAll().split('\0');
            if (arguments.contains(data) && !stat.readAll().contains(") Z "))
                found.append(pid);
        }
        return found;
    }

private slots:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    void quittingConsole_stopsItsSandbox()
    {
        QProcess console;
        startConsole(console, true); // the platform starts just after the first paint, then quits
        QVERIFY(console.waitForFinished(60000));
        QCOMPARE(console.exitCode(), 0);
        QVERIFY2(QFile::exists(QDir(sandboxData()).filePath(QStringLiteral("sandbox.sqlite"))),
                 console.readAllStandardError().constData());
        QVERIFY(sandboxProcesses().isEmpty());
        // Asked to quit, not killed: it closed its database, which removes the write-ahead log.
        QVERIFY(!QFile::exists(QDir(sandboxData()).filePath(QStringLiteral("sandbox.sqlite-wal"))));
    }

    void killedConsole_stopsItsSandbox()
    {
        QProcess console;
        startConsole(console, false);
        QTRY_VERIFY_WITH_TIMEOUT(!sandboxProcesses().isEmpty(), 60000);
        const QList<qint64> sandbox = sandboxProcesses();
        QCOMPARE(sandbox.size(), 1);
        console.kill(); // SIGKILL: no clean-up of the console's own runs
        QVERIFY(console.waitForFinished(10000));
        QTRY_VERIFY_WITH_TIMEOUT(sandboxProcesses().isEmpty(), 10000);
    }
};

QTEST_GUILESS_MAIN(TestTrainingProcess)
#include "tst_trainingprocess.moc"
