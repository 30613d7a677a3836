#include "CertificateFactory.h"
#include "Clock.h"
#include "CredentialStore.h"
#include "FaultInjector.h"
#include "PlatformConnection.h"
#include "SandboxApi.h"
#include "SandboxServer.h"
#include "SandboxStore.h"
#include "Session.h"
#include "SpkiPin.h"
#include "TestData.h"
#include "UserDirectory.h"

#include <QDir>
#include <QSignalSpy>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

namespace {

// The real sandbox over HTTPS on loopback, serving a certificate made for one case: names and
// validity chosen by the test, signed by the sandbox's training CA.
class TlsSandbox
{
public:
    TlsSandbox(const QStringList &names, int fromDays, int toDays)
        : m_clock(TestData::sampleNow())
    {
        if (!CertificateFactory::ensureTrainingCertificates(m_dir.path()).isEmpty() ||
            !m_store.open(m_dir.filePath(QStringLiteral("sandbox.sqlite"))).isEmpty())
            qFatal("The sandbox cannot start");
        UserDirectory users;
        if (!users.load(TestData::read(QStringLiteral(":/sandbox/training-users.json")))
                 .isEmpty() ||
            !m_store.replaceDirectory(users).isEmpty())
            qFatal("The training users cannot be loaded");
        const auto [cert, key] = CertificateFactory::issueServer(
            TestData::read(caFile()), TestData::read(m_dir.filePath(CertificateFactory::caKeyFile)),
            names, fromDays, toDays);
        m_certificate = QSslCertificate(cert, QSsl::Pem);
        QString error;
        m_port = m_server.listenTls(QHostAddress::LocalHost, 0, m_certificate,
                                    QSslKey(key, QSsl::Ec, QSsl::Pem), &error);
        if (m_port == 0)
            qFatal("%s", qPrintable(error));
    }

    QString url() const { return QStringLiteral("https://127.0.0.1:%1").arg(m_port); }
    QString caFile() const { return m_dir.filePath(CertificateFactory::caFile); }
    QSslCertificate certificate() const { return m_certificate; }
    // Requests that reached the API: a refused connection must leave it at 0.
    int requests() const { return m_faults.draws(); }

private:
    QTemporaryDir m_dir;
    Clock m_clock;
    FaultInjector m_faults;
    SandboxStore m_store;
    SandboxApi m_api{m_store, m_clock};
    SandboxServer m_server{m_api, m_faults};
    QSslCertificate m_certificate;
    quint16 m_port = 0;
};

struct Attempt
{
    bool ok = false;
    QString error;
};

// A sign-in through the whole client (connection, session, memory-only credentials).
Attempt signIn(const QString &url, const QString &caFile, const QString &pin)
{
    PlatformConnection connection;
    if (const QString error = connection.configure(url, caFile, pin); !error.isEmpty())
        return {false, error};
    CredentialStore credentials(QStringLiteral("allo-test-tls"));
    credentials.setMemoryOnly(true);
    Session session(connection, credentials);
    QSignalSpy finished(&session, &Session::finished);
    session.signIn(QStringLiteral("issuer.chimie"), QStringLiteral("training-chimie"));
    if (!finished.wait(20000))
        return {false, QStringLiteral("no answer")};
    return {finished.first().at(0).toBool(), finished.first().at(1).toString()};
}

} // namespace

// Every TLS refusal over real HTTPS against the sandbox: the sign-in fails with a message that
// says what is wrong, and the password never reaches the server.
class TestTlsRefusal : public QObject
{
    Q_OBJECT

private slots:
    void trustedCertificate_signsIn()
    {
        TlsSandbox sandbox({QStringLiteral("127.0.0.1")}, -1, 30);
        const Attempt a = signIn(sandbox.url(), sandbox.caFile(), {});
        QVERIFY2(a.ok, qPrintable(a.error));
        QCOMPARE(sandbox.requests(), 1);
    }

    void unknownCa_isRefused()
    {
        TlsSandbox sandbox({QStringLiteral("127.0.0.1")}, -1, 30);
        const Attempt a = signIn(sandbox.url(), {}, {});
        QVERIFY(!a.ok);
        QVERIFY2(a.error.contains(QLatin1String("certificate was refused")), qPrintable(a.error));
        QVERIFY2(a.error.contains(QLatin1String("CA file")), qPrintable(a.error));
        QCOMPARE(sandbox.requests(), 0);
    }

    void wrongHostName_isRefused()
    {
        TlsSandbox sandbox({QStringLiteral("platform.example.org")}, -1, 30);
        const Attempt a = signIn(sandbox.url(), sandbox.caFile(), {});
        QVERIFY(!a.ok);
        QVERIFY2(a.error.contains(QLatin1String("host name"), Qt::CaseInsensitive),
                 qPrintable(a.error));
        QCOMPARE(sandbox.requests(), 0);
    }

    void expiredCertificate_isRefused()
    {
        TlsSandbox sandbox({QStringLiteral("127.0.0.1")}, -30, -1);
        const Attempt a = signIn(sandbox.url(), sandbox.caFile(), {});
        QVERIFY(!a.ok);
        QVERIFY2(a.error.contains(QLatin1String("expired")), qPrintable(a.error));
        QCOMPARE(sandbox.requests(), 0);
    }

    void pinMismatch_isRefusedNamingThePin()
    {
        TlsSandbox sandbox({QStringLiteral("127.0.0.1")}, -1, 30);
        TlsSandbox other({QStringLiteral("127.0.0.1")}, -1, 30);
        const QString wrong = SpkiPin::toBase64(SpkiPin::of(other.certificate()));
        const Attempt a = signIn(sandbox.url(), sandbox.caFile(), wrong);
        QVERIFY(!a.ok);
        QVERIFY2(a.error.contains(wrong), qPrintable(a.error));
        QCOMPARE(sandbox.requests(), 0);
        // The right pin passes.
        const QString right = SpkiPin::toBase64(SpkiPin::of(sandbox.certificate()));
        const Attempt b = signIn(sandbox.url(), sandbox.caFile(), right);
        QVERIFY2(b.ok, qPrintable(b.error));
    }

    void plainHttp_isRefusedExceptToLoopback()
    {
        const Attempt a = signIn(QStringLiteral("http://platform.example.org"), {}, {});
        QVERIFY(!a.ok);
        QVERIFY2(a.error.contains(QLatin1String("https://")), qPrintable(a.error));
        // Loopback may be plain http (training, tests): the address is accepted, and a TLS
        // sandbox answering garbage to plain http is a network failure, not a sign-in.
        TlsSandbox sandbox({QStringLiteral("127.0.0.1")}, -1, 30);
        const QString plain =
            sandbox.url().replace(QLatin1String("https://"), QLatin1String("http://"));
        PlatformConnection connection;
        QCOMPARE(connection.configure(plain, {}, {}), QString());
        QVERIFY(!signIn(plain, {}, {}).ok);
    }
};

QTEST_GUILESS_MAIN(TestTlsRefusal)
#include "tst_tlsrefusal.moc"
