#include "Clock.h"
#include "Profile.h"
#include "ProfileLock.h"
#include "Store.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestProfileLock : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Clock m_clock;

private slots:
    void secondWriter_isRefusedWithAClearMessage()
    {
        Store first(Profile(m_dir.path()), m_clock);
        QVERIFY(first.open());
        Store second(Profile(m_dir.path()), m_clock);
        QVERIFY(!second.open());
        QVERIFY2(second.errorString().contains(QLatin1String("in use")),
                 qPrintable(second.errorString()));
        QVERIFY(second.errorString().contains(QString::number(QCoreApplication::applicationPid())));
        // The first one is unharmed.
        QVERIFY(first.drafts().list({}).isEmpty());
        QVERIFY(first.database().errorString().isEmpty());
    }

    void lock_isFreedOnClose()
    {
        {
            Store first(Profile(m_dir.path()), m_clock);
            QVERIFY(first.open());
        }
        Store second(Profile(m_dir.path()), m_clock);
        QVERIFY2(second.open(), qPrintable(second.errorString()));
    }

    void lockOfADeadProcess_isTakenOver()
    {
        // A lock file naming a process that no longer runs (as after a SIGKILL).
        QProcess gone;
        gone.start(QStringLiteral("sleep"), {QStringLiteral("30")});
        QVERIFY(gone.waitForStarted());
        const qint64 deadPid = gone.processId();
        gone.kill();
        QVERIFY(gone.waitForFinished());
        QFile lock(Profile(m_dir.path()).lockPath());
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(QByteArray::number(deadPid) + "\nallo-cli\n" +
                   QSysInfo::machineHostName().toUtf8() + '\n');
        lock.close();
        ProfileLock profileLock{Profile(m_dir.path())};
        QVERIFY2(profileLock.tryLock(), qPrintable(profileLock.errorString()));
    }
};

QTEST_GUILESS_MAIN(TestProfileLock)
#include "tst_profilelock.moc"
