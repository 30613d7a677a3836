#include "LocalUser.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

// The journal's local user on each system: Linux and macOS set USER, Windows USERNAME, and a
// service or a stripped environment may set neither.
class TestLocalUser : public QObject
{
    Q_OBJECT

    QByteArray m_user = qgetenv("USER");
    QByteArray m_username = qgetenv("USERNAME");
    QByteArray m_home = qgetenv("HOME");

    static void restore(const char *name, const QByteArray &value)
    {
        if (value.isNull())
            qunsetenv(name);
        else
            qputenv(name, value);
    }

private slots:
    void cleanup()
    {
        restore("USER", m_user);
        restore("USERNAME", m_username);
        restore("HOME", m_home);
    }

    void user_comesFirst()
    {
        qputenv("USER", "claire");
        qputenv("USERNAME", "CMartin");
        QCOMPARE(LocalUser::name(), QStringLiteral("claire"));
    }

    void withoutUser_usernameAsOnWindows()
    {
        qunsetenv("USER");
        qputenv("USERNAME", "CMartin");
        QCOMPARE(LocalUser::name(), QStringLiteral("CMartin"));
        qputenv("USER", "  "); // set but blank counts as unset
        QCOMPARE(LocalUser::name(), QStringLiteral("CMartin"));
    }

    void withNeither_theHomeFoldersName()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("claire.martin")));
        qunsetenv("USER");
        qunsetenv("USERNAME");
        qputenv("HOME", QFile::encodeName(dir.filePath(QStringLiteral("claire.martin"))));
        QCOMPARE(LocalUser::name(), QStringLiteral("claire.martin"));
    }

    void withNothing_neverEmpty()
    {
        qunsetenv("USER");
        qunsetenv("USERNAME");
        qputenv("HOME", "/"); // a root home folder has no name
        QCOMPARE(LocalUser::name(), QStringLiteral("unknown"));
        qunsetenv("HOME");
        QVERIFY(!LocalUser::name().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLocalUser)
#include "tst_localuser.moc"
