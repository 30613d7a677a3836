#include "AccountSync.h"
#include "ApiCall.h"
#include "CertificateFactory.h"
#include "CredentialStore.h"
#include "PlatformConnection.h"
#include "SandboxHarness.h"
#include "Session.h"
#include "Store.h"
#include "TestData.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

Q_DECLARE_METATYPE(ApiCall::Result)

namespace {

constexpr const char *kUser = "issuer.chimie";
constexpr int kWaitMs = 20000;

// One client program: its connection, its keychain service and its session.
struct Client
{
    PlatformConnection connection;
    CredentialStore credentials;
    Session session{connection, credentials};

    Client(SandboxHarness &sandbox, const QString &service)
        : credentials(service)
    {
        const QString error = connection.configure(
            QStringLiteral("https://127.0.0.1:%1").arg(sandbox.port()),
            QDir(sandbox.dataDir()).filePath(QLatin1String(CertificateFactory::caFile)), {});
        if (!error.isEmpty())
            qFatal("%s", qPrintable(error));
    }

    // Runs one sign-in, restore or sign-out and returns finished()'s arguments.
    std::pair<bool, QString> wait(const std::function<void()> &start)
    {
        QSignalSpy spy(&session, &Session::finished);
        start();
        if (!spy.wait(kWaitMs))
            return {false, QStringLiteral("no answer")};
        return {spy.first().at(0).toBool(), spy.first().at(1).toString()};
    }
    std::pair<bool, QString> signIn(const QString &user = QLatin1String(kUser))
    {
        return wait([&] { session.signIn(user, SandboxHarness::passwordOf(user)); });
    }
    bool refresh()
    {
        std::optional<bool> result;
        session.refreshAccess([&](bool ok) { result = ok; });
        return QTest::qWaitFor([&] { return result.has_value(); }, kWaitMs) && *result;
    }
    ApiCall::Result get(const QString &path)
    {
        auto *call = new ApiCall(connection, "GET", path);
        QSignalSpy spy(call, &ApiCall::finished);
        call->start();
        spy.wait(kWaitMs);
        return spy.isEmpty() ? ApiCall::Result{} : spy.first().at(0).value<ApiCall::Result>();
    }
    std::optional<QString> keychainSecret()
    {
        std::optional<CredentialStore::Answer> answer;
        credentials.read(account(), [&](const CredentialStore::Answer &a) { answer = a; });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, kWaitMs))
            return QStringLiteral("keychain did not answer");
        return answer->secret;
    }
    QString account() const
    {
        return CredentialStore::account(connection.address().url().toString(),
                                        QLatin1String(kUser));
    }
};

QString freshService()
{
    return QLatin1String("allo-test-session-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ApiCall::Result>();
        QVERIFY(m_sandbox.isReady());
    }

    void signIn_accessInMemory_refreshInKeychain()
    {
        Client client(m_sandbox, freshService());
        QSignalSpy states(&client.session, &Session::stateChanged);
        const auto [ok, error] = client.signIn();
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(client.session.state(), Session::State::SignedIn);
        QCOMPARE(states.first().at(0).value<Session::State>(), Session::State::SigningIn);
        QCOMPARE(client.session.account().username, QLatin1String(kUser));
        QCOMPARE(client.session.account().role, QStringLiteral("issuer"));
        QCOMPARE(client.session.account().company, QStringLiteral("Chimie de la Vallée"));
        QVERIFY(client.session.account().territories.contains(QStringLiteral("le-havre")));
        QVERIFY(client.session.keychainAvailable());
        const QString access = client.connection.accessToken();
        QVERIFY(!access.isEmpty());
        const auto refresh = client.keychainSecret();
        QVERIFY(refresh && !refresh->isEmpty());
        QVERIFY(*refresh != access);
        const ApiCall::Result me = client.get(QStringLiteral("/v1/me"));
        QVERIFY2(me.succeeded(), qPrintable(me.error));
        QCOMPARE(me.json[QLatin1String("username")].toString(), QLatin1String(kUser));
        // The refresh token works once: the keychain's is the live one.
        QCOMPARE(m_sandbox
                     .request("POST", QStringLiteral("/v1/auth/refresh"),
                              QJsonDocument(QJsonObject{{"refresh_token", *refresh}}).toJson())
                     .status,
                 200);
    }

    void wrongPassword_isRefusedWithAMessage_nothingKept()
    {
        Client client(m_sandbox, freshService());
        const auto [ok, error] = client.wait(
            [&] { client.session.signIn(QLatin1String(kUser), QStringLiteral("not-it")); });
        QVERIFY(!ok);
        QVERIFY2(error.contains(QLatin1String(kUser)) && error.contains(QLatin1String("password")),
                 qPrintable(error));
        QCOMPARE(client.session.state(), Session::State::SignedOut);
        QVERIFY(client.connection.accessToken().isEmpty());
        QCOMPARE(client.keychainSecret(), std::nullopt);
    }

    void expiredAccess_isRefreshedAndTheNewRefreshTokenKept()
    {
        Client client(m_sandbox, freshService());
        QVERIFY(client.signIn().first);
        const QString firstAccess = client.connection.accessToken();
        const auto firstRefresh = client.keychainSecret();
        const QDateTime start = m_sandbox.clock().now();
        m_sandbox.clock().setFixed(start.addSecs(SandboxHarness::kAccessLifetime + 60));
        const auto restoreClock = qScopeGuard([&] { m_sandbox.clock().setFixed(start); });

        QCOMPARE(client.get(QStringLiteral("/v1/me")).status, 401);
        QVERIFY(client.refresh());
        QCOMPARE(client.session.state(), Session::State::SignedIn);
        QVERIFY(client.connection.accessToken() != firstAccess);
        QVERIFY(client.get(QStringLiteral("/v1/me")).succeeded());
        const auto rotated = client.keychainSecret();
        QVERIFY(rotated && !rotated->isEmpty());
        QVERIFY(rotated != firstRefresh);
    }

    void concurrentRefreshes_shareOneRequest()
    {
        Client client(m_sandbox, freshService());
        QVERIFY(client.signIn().first);
        const int before = m_sandbox.faults().draws();
        int calls = 0;
        int succeeded = 0;
        for (int i = 0; i < 3; ++i)
            client.session.refreshAccess([&](bool ok) {
                ++calls;
                succeeded += ok ? 1 : 0;
            });
        QTRY_COMPARE_WITH_TIMEOUT(calls, 3, kWaitMs);
        QCOMPARE(succeeded, 3);
        QCOMPARE(m_sandbox.faults().draws() - before, 1);
        QVERIFY(client.get(QStringLiteral("/v1/me")).succeeded());
    }

    void refusedRefresh_needsSignIn()
    {
        Client client(m_sandbox, freshService());
        QVERIFY(client.signIn().first);
        const QDateTime start = m_sandbox.clock().now();
        m_sandbox.clock().setFixed(start.addDays(31)); // past the refresh token's 30 days
        const auto restoreClock = qScopeGuard([&] { m_sandbox.clock().setFixed(start); });
        QSignalSpy states(&client.session, &Session::stateChanged);
        QVERIFY(!client.refresh());
        QCOMPARE(client.session.state(), Session::State::NeedsSignIn);
        QCOMPARE(states.size(), 1);
        // Signing in again ends it.
        QVERIFY(client.signIn().first);
        QCOMPARE(client.session.state(), Session::State::SignedIn);
    }

    void refreshTokenRotatedByAnotherProgram_isPickedUpFromTheKeychain()
    {
        const QString service = freshService();
        Client console(m_sandbox, service);
        QVERIFY(console.signIn().first);
        // allo-cli, same user and keychain, refreshes first: the console's copy is now used.
        Client cli(m_sandbox, service);
        QVERIFY(cli.wait([&] { cli.session.restore(QLatin1String(kUser)); }).first);
        QVERIFY(console.refresh());
        QCOMPARE(console.session.state(), Session::State::SignedIn);
        QVERIFY(console.get(QStringLiteral("/v1/me")).succeeded());
    }

    void restore_fromTheKeychain_inAnotherRun()
    {
        const QString service = freshService();
        {
            Client first(m_sandbox, service);
            QVERIFY(first.signIn().first);
        }
        Client next(m_sandbox, service);
        const auto [ok, error] = next.wait([&] { next.session.restore(QLatin1String(kUser)); });
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(next.session.state(), Session::State::SignedIn);
        QCOMPARE(next.session.account().company, QStringLiteral("Chimie de la Vallée"));
        QVERIFY(next.get(QStringLiteral("/v1/me")).succeeded());
    }

    void restore_withAnEmptyKeychain_isSignedOut()
    {
        Client client(m_sandbox, freshService());
        const int before = m_sandbox.faults().draws();
        const auto [ok, error] = client.wait([&] { client.session.restore(QLatin1String(kUser)); });
        QVERIFY(!ok);
        QVERIFY2(error.contains(QLatin1String("sign in")), qPrintable(error));
        QCOMPARE(client.session.state(), Session::State::SignedOut);
        QCOMPARE(m_sandbox.faults().draws(), before); // nothing was asked of the platform
    }

    void restore_whenThePlatformFails_keepsTheTokenForLater()
    {
        const QString service = freshService();
        {
            Client first(m_sandbox, service);
            QVERIFY(first.signIn().first);
        }
        Client next(m_sandbox, service);
        m_sandbox.faults().setProbability(FaultInjector::Fault::Http503, 1.0);
        const auto [ok, error] = next.wait([&] { next.session.restore(QLatin1String(kUser)); });
        m_sandbox.faults().setProbability(FaultInjector::Fault::Http503, 0.0);
        QVERIFY(!ok);
        QVERIFY(!error.isEmpty());
        QCOMPARE(next.session.state(), Session::State::SignedIn);
        QVERIFY(next.connection.accessToken().isEmpty());
        // Back online: the next 401 refreshes with the kept token.
        QCOMPARE(next.get(QStringLiteral("/v1/me")).status, 401);
        QVERIFY(next.refresh());
        QVERIFY(next.get(QStringLiteral("/v1/me")).succeeded());
    }

    void signOut_revokesAndForgets()
    {
        Client client(m_sandbox, freshService());
        QVERIFY(client.signIn().first);
        const QString access = client.connection.accessToken();
        const auto refresh = client.keychainSecret();
        const auto [ok, error] = client.wait([&] { client.session.signOut(); });
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(client.session.state(), Session::State::SignedOut);
        QVERIFY(client.connection.accessToken().isEmpty());
        QCOMPARE(client.keychainSecret(), std::nullopt);
        QCOMPARE(m_sandbox.call(access, "GET", QStringLiteral("/v1/me")).status, 401);
        QCOMPARE(m_sandbox
                     .request("POST", QStringLiteral("/v1/auth/refresh"),
                              QJsonDocument(QJsonObject{{"refresh_token", *refresh}}).toJson())
                     .status,
                 401);
    }

    void memoryOnlyCredentials_neverReachTheKeychain()
    {
        const QString service = freshService();
        Client training(m_sandbox, service);
        training.credentials.setMemoryOnly(true);
        QVERIFY(training.signIn().first);
        QVERIFY(training.keychainSecret().has_value()); // in its memory
        QVERIFY(training.refresh());
        CredentialStore real(service);
        std::optional<CredentialStore::Answer> answer;
        real.read(training.account(), [&](const CredentialStore::Answer &a) { answer = a; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), kWaitMs);
        QVERIFY2(answer->available, qPrintable(answer->error));
        QCOMPARE(answer->secret, std::nullopt);
    }

    void accountSync_cachesTheSitesForOfflineUse()
    {
        Client client(m_sandbox, freshService());
        QVERIFY(client.signIn().first);
        QTemporaryDir dir;
        Clock clock(TestData::sampleNow());
        Store store(Profile(dir.path()), clock);
        QVERIFY(store.open());
        AccountSync sync(client.connection, client.session, store.accountCache());
        QSignalSpy done(&sync, &AccountSync::finished);
        sync.fetch();
        QVERIFY(done.wait(kWaitMs));
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
        const auto territories = store.accountCache().territories();
        QCOMPARE(territories.size(), 2);
        const auto sites = store.accountCache().sites(QStringLiteral("le-havre"));
        QVERIFY(!sites.isEmpty());
        for (const QJsonObject &site : sites)
            QCOMPARE(site.value(QLatin1String("company")).toString(),
                     QStringLiteral("Chimie de la Vallée"));
        // A failure keeps the last copy: past the refresh token's 30 days, the platform refuses
        // both tokens.
        const QDateTime start = m_sandbox.clock().now();
        m_sandbox.clock().setFixed(start.addDays(31));
        const auto restoreClock = qScopeGuard([&] { m_sandbox.clock().setFixed(start); });
        sync.fetch();
        QVERIFY(done.wait(kWaitMs));
        QVERIFY(!done.last().at(0).toBool());
        QVERIFY2(done.last().at(1).toString().contains(QStringLiteral("kept from the last time")),
                 qPrintable(done.last().at(1).toString()));
        QCOMPARE(client.session.state(), Session::State::NeedsSignIn);
        QCOMPARE(store.accountCache().sites(QStringLiteral("le-havre")).size(), sites.size());
    }

    // The console syncs after a restore, possibly long after the access token was issued: an
    // expired one is refreshed once, and the sync goes on as if nothing happened.
    void accountSync_afterTheAccessTokenExpired_refreshesAndSucceeds()
    {
        Client client(m_sandbox, freshService());
        QVERIFY(client.signIn().first);
        const QString expired = client.connection.accessToken();
        const QDateTime start = m_sandbox.clock().now();
        m_sandbox.clock().setFixed(start.addSecs(SandboxHarness::kAccessLifetime + 60));
        const auto restoreClock = qScopeGuard([&] { m_sandbox.clock().setFixed(start); });
        QCOMPARE(client.get(QStringLiteral("/v1/sites")).status, 401);

        QTemporaryDir dir;
        Clock clock(TestData::sampleNow());
        Store store(Profile(dir.path()), clock);
        QVERIFY(store.open());
        AccountSync sync(client.connection, client.session, store.accountCache());
        QSignalSpy done(&sync, &AccountSync::finished);
        QSignalSpy states(&client.session, &Session::stateChanged);
        sync.fetch();
        QVERIFY(done.wait(kWaitMs));
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
        QCOMPARE(store.accountCache().territories().size(), 2);
        QVERIFY(!store.accountCache().sites(QStringLiteral("le-havre")).isEmpty());
        // Refreshed, and signed in throughout.
        QVERIFY(client.connection.accessToken() != expired);
        QCOMPARE(client.session.state(), Session::State::SignedIn);
        QCOMPARE(states.size(), 0);
        QVERIFY(client.get(QStringLiteral("/v1/me")).succeeded());
    }

    // Without D-Bus there is no keychain: the session works for the run, in memory only, and
    // says so once. Run in a child process that has no session bus.
    void noKeychain_memoryOnlyAndSaidOnce()
    {
        QTemporaryDir runtime;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
        env.insert(QStringLiteral("ALLO_TEST_NO_KEYCHAIN"), QStringLiteral("1"));
        QProcess child;
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("noKeychainChild")});
        QVERIFY(child.waitForFinished(60000));
        const QByteArray output = child.readAll();
        QVERIFY2(child.exitCode() == 0, output.constData());
        QVERIFY2(output.contains("PASS   : TestSession::noKeychainChild"), output.constData());
    }

    void noKeychainChild()
    {
        if (qEnvironmentVariableIsEmpty("ALLO_TEST_NO_KEYCHAIN"))
            QSKIP("run by noKeychain_memoryOnlyAndSaidOnce without D-Bus");
        Client client(m_sandbox, freshService());
        QSignalSpy said(&client.session, &Session::keychainUnavailable);
        const auto [ok, error] = client.signIn();
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(said.size(), 1);
        QVERIFY(!client.session.keychainAvailable());
        QVERIFY2(said.first().at(0).toString().contains(QLatin1String("nothing is written")),
                 qPrintable(said.first().at(0).toString()));
        // The run goes on from memory: refresh after expiry, and still said only once.
        const QDateTime start = m_sandbox.clock().now();
        m_sandbox.clock().setFixed(start.addSecs(SandboxHarness::kAccessLifetime + 60));
        QVERIFY(client.refresh());
        QVERIFY(client.get(QStringLiteral("/v1/me")).succeeded());
        QCOMPARE(said.size(), 1);
        // Another run finds nothing and says why.
        Client next(m_sandbox, freshService());
        const auto restored = next.wait([&] { next.session.restore(QLatin1String(kUser)); });
        QVERIFY(!restored.first);
        QCOMPARE(next.session.state(), Session::State::SignedOut);
        QVERIFY2(restored.second.contains(QLatin1String("No secure storage")),
                 qPrintable(restored.second));
    }

private:
    SandboxHarness m_sandbox;
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
