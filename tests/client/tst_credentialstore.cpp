#include "CredentialStore.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

// Runs against the real Secret Service: ./dev.sh test starts a throw-away, unlocked
// gnome-keyring in a private D-Bus session, so no real user's keyring is touched.
class TestCredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void writeReadRemove_roundTrip()
    {
        CredentialStore store(QStringLiteral("Allo Industrie console (tests)"));
        const QString account = CredentialStore::account(
            QStringLiteral("https://127.0.0.1:8443"),
            QStringLiteral("user-") + QUuid::createUuid().toString(QUuid::WithoutBraces));
        CredentialStore::Answer written = call(
            [&](auto done) { store.write(account, QStringLiteral("refresh-secret-1"), done); });
        QVERIFY2(written.available, qPrintable(written.error));
        const CredentialStore::Answer read = call([&](auto done) { store.read(account, done); });
        QCOMPARE(read.secret, std::optional(QStringLiteral("refresh-secret-1")));
        QVERIFY(call([&](auto done) { store.remove(account, done); }).available);
        const CredentialStore::Answer gone = call([&](auto done) { store.read(account, done); });
        QVERIFY(gone.available);
        QVERIFY(!gone.secret.has_value());
    }

    void platforms_doNotMix()
    {
        QVERIFY(
            CredentialStore::account(QStringLiteral("https://a.example"), QStringLiteral("anne")) !=
            CredentialStore::account(QStringLiteral("https://b.example"), QStringLiteral("anne")));
    }

private:
    template<typename Start> static CredentialStore::Answer call(Start start)
    {
        std::optional<CredentialStore::Answer> answer;
        start([&answer](const CredentialStore::Answer &a) { answer = a; });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 10000))
            qFatal("The keychain did not answer");
        return *answer;
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
