#include "CliHome.h"
#include "CredentialStore.h"
#include "PlatformAddress.h"
#include "SandboxHarness.h"
#include "Store.h"
#include "TestData.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

namespace {

constexpr const char *kUser = "issuer.chimie";
constexpr int kWaitMs = 60000;

using Run = CliRun;

} // namespace

// allo-cli login, whoami and logout as a user runs them, against an in-process sandbox over
// HTTPS, with the real keychain of the test session: what is left on disk afterwards.
class TestLogin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_sandbox.isReady()); }

    void init() { m_home = std::make_unique<CliHome>(QStringLiteral("allo-test-login-")); }

    void login_leavesNoSecretOnDisk_andWhoamiKnowsTheUser()
    {
        const Run login = loginAs(QLatin1String(kUser), SandboxHarness::passwordOf(kUser));
        QVERIFY2(login.exitCode == 0, qPrintable(login.err));
        QVERIFY2(login.out.contains(QLatin1String("Signed in to")), qPrintable(login.out));
        QVERIFY(!login.out.contains(SandboxHarness::passwordOf(kUser)));

        // The settings hold the address and the user, nothing secret.
        const QString config =
            m_home->filePath(QStringLiteral("config/allo-industrie/console.conf"));
        QVERIFY(QFile::exists(config));
        const QByteArray settings = readAll(config);
        QVERIFY(settings.contains("platform"));
        QVERIFY(settings.contains(kUser));

        const std::optional<QString> refresh = keychainSecret();
        QVERIFY(refresh && refresh->size() >= 40);
        // The scan finds a live token when there is one.
        const QByteArray control = "x=" + m_sandbox.signIn(QStringLiteral("coord.anne")).toLatin1();
        QVERIFY(!liveAccessTokenIn(control).isEmpty());
        const QStringList files = filesUnderHome();
        QVERIFY(files.size() >= 2); // the settings and the profile's database at least
        for (const QString &path : files) {
            const QByteArray bytes = readAll(path);
            QVERIFY2(!bytes.contains(SandboxHarness::passwordOf(kUser).toUtf8()), qPrintable(path));
            QVERIFY2(!bytes.contains(refresh->toUtf8()), qPrintable(path));
            // Any string shaped like a token that the platform accepts is a leaked access token.
            const QString leaked = liveAccessTokenIn(bytes);
            QVERIFY2(leaked.isEmpty(), qPrintable(path + QLatin1String(": ") + leaked));
        }

        // The account's sites are in the profile for offline use.
        Clock clock(TestData::sampleNow());
        Store store(Profile(m_home->profile()), clock);
        QVERIFY(store.open());
        QVERIFY(!store.accountCache().sites(QStringLiteral("le-havre")).isEmpty());
        store.close();

        const Run whoami = cli({QStringLiteral("whoami")});
        QVERIFY2(whoami.exitCode == 0, qPrintable(whoami.err));
        QVERIFY(whoami.out.contains(QLatin1String(kUser)));
        QVERIFY(whoami.out.contains(QStringLiteral("Chimie de la Vallée")));
    }

    void emptyKeychain_sameProfileIsSignedOut()
    {
        QCOMPARE(loginAs(QLatin1String(kUser), SandboxHarness::passwordOf(kUser)).exitCode, 0);
        QVERIFY(removeFromKeychain());
        const Run whoami = cli({QStringLiteral("whoami")});
        QCOMPARE(whoami.exitCode, 1);
        QVERIFY2(whoami.err.contains(QLatin1String("Not signed in")), qPrintable(whoami.err));
        QVERIFY(whoami.out.isEmpty());
    }

    void logout_removesTheKeychainEntryAndRevokes()
    {
        QCOMPARE(loginAs(QLatin1String(kUser), SandboxHarness::passwordOf(kUser)).exitCode, 0);
        const Run logout = cli({QStringLiteral("logout")});
        QVERIFY2(logout.exitCode == 0, qPrintable(logout.err));
        QVERIFY2(logout.out.contains(QLatin1String("signed out")), qPrintable(logout.out));
        QCOMPARE(keychainSecret(), std::nullopt);
        // The refresh token whoami's restore last rotated to was revoked at the platform:
        // whatever is left, nothing signs in.
        QCOMPARE(cli({QStringLiteral("whoami")}).exitCode, 1);
        QCOMPARE(cli({QStringLiteral("logout")}).out.trimmed(),
                 QStringLiteral("Nobody is signed in."));
    }

    void wrongPassword_failsAndKeepsNothing()
    {
        const Run login = loginAs(QLatin1String(kUser), QStringLiteral("not-the-password"));
        QCOMPARE(login.exitCode, 1);
        QVERIFY2(login.err.contains(QLatin1String("password")), qPrintable(login.err));
        QCOMPARE(keychainSecret(), std::nullopt);
        QCOMPARE(cli({QStringLiteral("whoami")}).exitCode, 1);
    }

    void unknownCa_isRefusedWithTheReason()
    {
        const Run login = cli({QStringLiteral("login"), QStringLiteral("--api"), m_sandbox.url(),
                               QLatin1String(kUser)},
                              SandboxHarness::passwordOf(kUser).toUtf8() + '\n');
        QCOMPARE(login.exitCode, 1);
        QVERIFY2(login.err.contains(QLatin1String("certificate")), qPrintable(login.err));
        QCOMPARE(keychainSecret(), std::nullopt);
    }

    void noKeychain_refusesToKeepTheSignIn_andRevokesIt()
    {
        QTemporaryDir runtime;
        m_extraEnv = {{QStringLiteral("XDG_RUNTIME_DIR"), runtime.path()}};
        m_removeEnv = {QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("DISPLAY"),
                       QStringLiteral("WAYLAND_DISPLAY")};
        const auto plainEnv = qScopeGuard([this] {
            m_extraEnv.clear();
            m_removeEnv.clear();
        });
        const int sessionsBefore = liveSessionsOf(QLatin1String(kUser));
        QVERIFY(sessionsBefore >= 0);
        const Run login = loginAs(QLatin1String(kUser), SandboxHarness::passwordOf(kUser));
        QCOMPARE(login.exitCode, 2);
        QVERIFY2(login.err.contains(QLatin1String("No secure storage")), qPrintable(login.err));
        QVERIFY2(login.err.contains(QLatin1String("keychain")), qPrintable(login.err));
        QCOMPARE(liveSessionsOf(QLatin1String(kUser)), sessionsBefore); // revoked at once
        for (const QString &path : filesUnderHome()) {
            const QByteArray bytes = readAll(path);
            QVERIFY2(!bytes.contains(SandboxHarness::passwordOf(kUser).toUtf8()), qPrintable(path));
            QVERIFY2(liveAccessTokenIn(bytes).isEmpty(), qPrintable(path));
        }
    }

    // A password in the platform address would be saved in the settings, the diagnostics and the
    // keychain's account name: refused wherever the address comes from, before any request.
    void addressWithUserInfo_isRefusedFromEveryEntry()
    {
        const QString password = SandboxHarness::passwordOf(kUser);
        const QString address = QStringLiteral("https://%1:%2@127.0.0.1:%3")
                                    .arg(QLatin1String(kUser), password)
                                    .arg(m_sandbox.port());
        const auto refused = [&](const Run &run) {
            return run.exitCode != 0 && run.exitCode != -1 &&
                   run.err.contains(QLatin1String("holds a user name or password")) &&
                   run.err.contains(QLatin1String("allo-cli login")) &&
                   !run.err.contains(password) && !run.out.contains(password);
        };
        const auto noPasswordUnderHome = [&] {
            for (const QString &path : filesUnderHome())
                if (readAll(path).contains(password.toUtf8()))
                    return path;
            return QString();
        };

        // allo-cli login --api
        Run run = m_home->login(address, m_sandbox.caFile(), QLatin1String(kUser), password,
                                environment());
        QVERIFY2(refused(run), qPrintable(run.err));
        QCOMPARE(keychainSecret(), std::nullopt);
        QCOMPARE(noPasswordUnderHome(), QString());

        // The user's settings file, written by hand: whoami and login without --api refuse it,
        // and the diagnostics archive leaves the password out.
        const QString config =
            m_home->filePath(QStringLiteral("config/allo-industrie/console.conf"));
        QVERIFY(QDir().mkpath(QFileInfo(config).path()));
        {
            QSettings user(config, QSettings::IniFormat);
            user.setValue(QStringLiteral("platform/url"), address);
            user.setValue(QStringLiteral("platform/user"), QLatin1String(kUser));
            user.setValue(QStringLiteral("platform/caFile"), m_sandbox.caFile());
        }
        run = cli({QStringLiteral("whoami")});
        QVERIFY2(refused(run), qPrintable(run.err));
        run = cli({QStringLiteral("login"), QStringLiteral("--profile"), m_home->profile(),
                   QLatin1String(kUser)},
                  password.toUtf8() + '\n');
        QVERIFY2(refused(run), qPrintable(run.err));
        QCOMPARE(keychainSecret(), std::nullopt);
        const QString out = m_home->filePath(QStringLiteral("diagnostics"));
        run = cli(
            {QStringLiteral("diagnostics"), QStringLiteral("--profile"), m_home->profile(), out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QByteArray archive = readAll(run.out.trimmed());
        QVERIFY(archive.contains("127.0.0.1"));
        QVERIFY(!archive.contains(password.toUtf8()));
        QFile::remove(config);

        // The machine's file (what an administrator deploys), which locks the address.
        QTemporaryDir machineDir;
        QVERIFY(QDir().mkpath(machineDir.filePath(QStringLiteral("allo-industrie"))));
        {
            QSettings machine(machineDir.filePath(QStringLiteral("allo-industrie/console.conf")),
                              QSettings::IniFormat);
            machine.setValue(QStringLiteral("platform/url"), address);
            machine.setValue(QStringLiteral("platform/caFile"), m_sandbox.caFile());
        }
        m_extraEnv = {{QStringLiteral("XDG_CONFIG_DIRS"), machineDir.path()}};
        run = cli({QStringLiteral("login"), QStringLiteral("--profile"), m_home->profile(),
                   QLatin1String(kUser)},
                  password.toUtf8() + '\n');
        m_extraEnv.clear();
        QVERIFY2(refused(run), qPrintable(run.err));
        QCOMPARE(keychainSecret(), std::nullopt);
        QCOMPARE(noPasswordUnderHome(), QString());
    }

    void noPassword_isUnusable()
    {
        const Run login = loginAs(QLatin1String(kUser), QString());
        QCOMPARE(login.exitCode, 2);
        QVERIFY2(login.err.contains(QLatin1String("No password")), qPrintable(login.err));
    }

    // --now starts a clock that runs: a send that failed comes due again and goes out, where a
    // fixed clock kept it waiting for ever.
    void queueFlush_underNow_retriesWhenDue()
    {
        QCOMPARE(loginAs(QLatin1String(kUser), SandboxHarness::passwordOf(kUser)).exitCode, 0);
        const QString added = m_home->queueAdd(SandboxHarness::notice(
            QStringLiteral("flaring-maintenance"), QStringLiteral("Chimie de la Vallée"),
            QStringLiteral("rouen-metropole"), QStringLiteral("cv-grand-quevilly")));
        QVERIFY(!added.isEmpty());
        // The flush's requests: the token refresh, the probe, then the notice, which fails.
        m_sandbox.faults().setSeed(seedFailingOnly(3));
        m_sandbox.faults().setProbability(FaultInjector::Fault::Http500, 0.5);
        const auto noFaults = qScopeGuard(
            [this] { m_sandbox.faults().setProbability(FaultInjector::Fault::Http500, 0); });
        const Run flush =
            cli({QStringLiteral("queue"), QStringLiteral("flush"), QStringLiteral("--wait"),
                 QStringLiteral("--json"), QStringLiteral("--timeout"), QStringLiteral("20"),
                 QStringLiteral("--profile"), m_home->profile(), CliHome::now()});
        QVERIFY2(flush.exitCode == 0, qPrintable(flush.err));
        const QJsonArray ops = QJsonDocument::fromJson(flush.out.toUtf8()).array();
        QCOMPARE(ops.size(), 3); // the notice, then its hotline audio in French and English
        QCOMPARE(ops.last()[QLatin1String("kind")].toString(), QStringLiteral("hotline_audio"));
        QCOMPARE(ops.last()[QLatin1String("state")].toString(), QStringLiteral("sent"));
        const QJsonObject op = ops.first().toObject();
        QCOMPARE(op.value(QLatin1String("id")).toString(), added);
        QCOMPARE(op.value(QLatin1String("state")).toString(), QStringLiteral("sent"));
        QCOMPARE(op.value(QLatin1String("attempts")).toInt(), 2); // the 500, then the retry
    }

private:
    QString account() const
    {
        return CredentialStore::account(PlatformAddress(m_sandbox.url()).url().toString(),
                                        QLatin1String(kUser));
    }

    // A seed under which, at even odds of an HTTP 500, only that request of the next twelve
    // fails: the sandbox's draws are repeatable from their seed.
    static quint32 seedFailingOnly(int request)
    {
        for (quint32 seed = 1;; ++seed) {
            FaultInjector draws;
            draws.setProbability(FaultInjector::Fault::Http500, 0.5);
            draws.setSeed(seed);
            bool matches = true;
            for (int i = 1; i <= 12 && matches; ++i)
                matches = (draws.draw() == FaultInjector::Fault::Http500) == (i == request);
            if (matches)
                return seed;
        }
    }

    Run loginAs(const QString &user, const QString &password)
    {
        return m_home->login(m_sandbox.url(), m_sandbox.caFile(), user, password, environment());
    }

    Run cli(const QStringList &arguments, const QByteArray &input = {})
    {
        return m_home->run(arguments, input, environment());
    }

    // The test's own environment, less m_removeEnv, plus m_extraEnv.
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : m_removeEnv)
            env.remove(name);
        for (const auto &[name, value] : m_extraEnv)
            env.insert(name, value);
        return env;
    }

    QStringList filesUnderHome() const
    {
        QStringList files;
        QDirIterator it(m_home->path(), QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        return files;
    }

    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // Every 43-character base64url window (the sandbox's token shape) that is a live access
    // token at the sandbox; "" when none.
    QString liveAccessTokenIn(const QByteArray &bytes)
    {
        static const QRegularExpression runs(QStringLiteral("[A-Za-z0-9_-]{43,}"));
        const qint64 now = m_sandbox.clock().now().toMSecsSinceEpoch();
        auto it = runs.globalMatch(QString::fromLatin1(bytes));
        while (it.hasNext()) {
            const QString run = it.next().captured();
            for (qsizetype i = 0; i + 43 <= run.size(); ++i) {
                const QByteArray candidate = run.mid(i, 43).toLatin1();
                if (m_sandbox.store().sessionUser(candidate, now))
                    return QString::fromLatin1(candidate);
            }
        }
        return {};
    }

    std::optional<QString> keychainSecret()
    {
        CredentialStore store(m_home->service());
        std::optional<CredentialStore::Answer> answer;
        store.read(account(), [&](const CredentialStore::Answer &a) { answer = a; });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, kWaitMs) || !answer->available)
            return QStringLiteral("keychain unusable");
        return answer->secret;
    }

    bool removeFromKeychain()
    {
        CredentialStore store(m_home->service());
        std::optional<CredentialStore::Answer> answer;
        store.remove(account(), [&](const CredentialStore::Answer &a) { answer = a; });
        return QTest::qWaitFor([&] { return answer.has_value(); }, kWaitMs) && answer->available;
    }

    // Live sessions at the sandbox, counted through its database file.
    int liveSessionsOf(const QString &user)
    {
        const QString name = QStringLiteral("count-") + QUuid::createUuid().toString();
        int count = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(
                QDir(m_sandbox.dataDir()).filePath(QStringLiteral("sandbox.sqlite")));
            QSqlQuery q(db);
            if (db.open() &&
                q.prepare(QStringLiteral("SELECT count(*) FROM sessions WHERE username = ?"))) {
                q.addBindValue(user);
                if (q.exec() && q.next())
                    count = q.value(0).toInt();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return count;
    }

    SandboxHarness m_sandbox;
    std::unique_ptr<CliHome> m_home;
    QList<std::pair<QString, QString>> m_extraEnv;
    QStringList m_removeEnv;
};

QTEST_GUILESS_MAIN(TestLogin)
#include "tst_login.moc"
