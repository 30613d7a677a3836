#include "PlatformAccess.h"
#include "TempSettings.h"

#include <QNetworkProxy>
#include <QTest>

// The one assembly of connection, keychain, session and proxy that the console and allo-cli
// share, and the order it applies the settings in.
class TestPlatformAccess : public QObject
{
    Q_OBJECT

private slots:
    void badSavedAddress_stillAppliesTheProxy();
    void noSavedAddress_appliesOnlyTheProxy();
    void badPin_sameSentenceSavedOrGiven();
    void badProxy_namedBeforeTheAddress();
};

namespace {

constexpr const char *kProxy = "http://127.0.0.1:3128";

bool usesTheProxy(PlatformAccess &access)
{
    const QNetworkProxy proxy = access.connection().network().proxy();
    return proxy.type() == QNetworkProxy::HttpProxy &&
           proxy.hostName() == QLatin1String("127.0.0.1") && proxy.port() == 3128;
}

} // namespace

void TestPlatformAccess::badSavedAddress_stillAppliesTheProxy()
{
    // A bad saved address leaves the console offline until File → Sign in; that sign-in, to a
    // corrected address, must already go through the proxy of the settings.
    TempSettings temp;
    QVERIFY(temp.isValid());
    temp.settings().setValue(Settings::Key::ProxyUrl, QLatin1String(kProxy));
    temp.settings().setValue(Settings::Key::PlatformUrl,
                             QStringLiteral("http://plateforme.example"));
    PlatformAccess access(temp.settings());
    const QString error = access.configureSaved();
    QCOMPARE(error, PlatformConnection().configure(QStringLiteral("http://plateforme.example"),
                                                   QString(), QString()));
    QVERIFY(!error.isEmpty());
    QVERIFY(usesTheProxy(access));
}

void TestPlatformAccess::noSavedAddress_appliesOnlyTheProxy()
{
    TempSettings temp;
    QVERIFY(temp.isValid());
    temp.settings().setValue(Settings::Key::ProxyUrl, QLatin1String(kProxy));
    PlatformAccess access(temp.settings());
    QCOMPARE(access.configureSaved(), QString());
    QVERIFY(usesTheProxy(access));
    // Given explicitly (allo-cli login without --api and nothing saved), no address is an error.
    QVERIFY(!access.configure(QString(), QString(), QString()).isEmpty());
}

void TestPlatformAccess::badPin_sameSentenceSavedOrGiven()
{
    TempSettings temp;
    QVERIFY(temp.isValid());
    const QString address = QStringLiteral("https://127.0.0.1:9");
    const QString pin = QStringLiteral("not-a-pin");
    temp.settings().setValue(Settings::Key::ProxyUrl, QLatin1String(kProxy));
    temp.settings().setValue(Settings::Key::PlatformUrl, address);
    temp.settings().setValue(Settings::Key::PlatformPin, pin);
    PlatformAccess saved(temp.settings());
    PlatformAccess given(temp.settings());
    const QString error = saved.configureSaved();
    QVERIFY(error.contains(pin));
    QCOMPARE(given.configure(address, QString(), pin), error);
    QVERIFY(usesTheProxy(saved));
    QVERIFY(usesTheProxy(given));
}

void TestPlatformAccess::badProxy_namedBeforeTheAddress()
{
    // Both wrong: the console and allo-cli name the same one, whichever way they configure.
    TempSettings temp;
    QVERIFY(temp.isValid());
    const QString proxy = QStringLiteral("ftp://proxy.example:21");
    temp.settings().setValue(Settings::Key::ProxyUrl, proxy);
    temp.settings().setValue(Settings::Key::PlatformUrl, QStringLiteral("not an address"));
    PlatformAccess access(temp.settings());
    const QString error = access.configureSaved();
    QVERIFY2(error.contains(proxy), qPrintable(error));
    QCOMPARE(access.configure(QStringLiteral("not an address"), QString(), QString()), error);
}

QTEST_GUILESS_MAIN(TestPlatformAccess)
#include "tst_platformaccess.moc"
