#include "Settings.h"

#include <QTemporaryDir>
#include <QTest>

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void unsetKey_givesBuiltInDefault()
    {
        Settings s(userFile(), machineFile());
        QCOMPARE(s.value(Settings::Key::ReminderHours).toInt(), 4);
        QCOMPARE(s.value(Settings::Key::RetryCapSeconds).toInt(), 300);
        QVERIFY(!s.isLocked(Settings::Key::ReminderHours));
    }

    void userValue_overridesDefault_andPersists()
    {
        {
            Settings s(userFile(), machineFile());
            QVERIFY(s.setValue(Settings::Key::ReminderHours, 12));
        }
        Settings again(userFile(), machineFile());
        QCOMPARE(again.value(Settings::Key::ReminderHours).toInt(), 12);
        again.reset(Settings::Key::ReminderHours);
        QCOMPARE(again.value(Settings::Key::ReminderHours).toInt(), 4);
    }

    void machineValue_overridesUser_andLocksKey()
    {
        writeMachine("platform/url", QStringLiteral("https://platform.example.fr"));
        Settings s(userFile(), machineFile());
        QVERIFY(!s.setValue(Settings::Key::PlatformUrl, QStringLiteral("https://mine.example")));
        QVERIFY(s.isLocked(Settings::Key::PlatformUrl));
        QCOMPARE(s.value(Settings::Key::PlatformUrl).toString(),
                 QStringLiteral("https://platform.example.fr"));
    }

    void machineValue_winsOverExistingUserValue()
    {
        {
            Settings s(userFile(), machineFile());
            QVERIFY(s.setValue(Settings::Key::Language, QStringLiteral("en")));
        }
        writeMachine("ui/language", QStringLiteral("fr"));
        Settings s(userFile(), machineFile());
        QCOMPARE(s.value(Settings::Key::Language).toString(), QStringLiteral("fr"));
    }

    void emptyMachineValue_meansUnset()
    {
        writeMachine("platform/url", QString());
        Settings s(userFile(), machineFile());
        QVERIFY(!s.isLocked(Settings::Key::PlatformUrl));
        QVERIFY(s.setValue(Settings::Key::PlatformUrl, QStringLiteral("https://mine.example")));
        QCOMPARE(s.value(Settings::Key::PlatformUrl).toString(),
                 QStringLiteral("https://mine.example"));
    }

    void everyKey_hasAUniqueName()
    {
        QStringList names;
        for (Settings::Key key : Settings::keys())
            names.append(Settings::name(key));
        names.removeDuplicates();
        QCOMPARE(names.size(), Settings::keys().size());
    }

private:
    QString userFile() const { return m_dir->filePath(QStringLiteral("user/console.conf")); }
    QString machineFile() const { return m_dir->filePath(QStringLiteral("etc/console.conf")); }
    void writeMachine(const char *key, const QString &value)
    {
        QSettings machine(machineFile(), QSettings::IniFormat);
        machine.setValue(QLatin1String(key), value);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
