// allo.log after an incident, as support reads it from the diagnostics archive: a scheduled
// retry (with its delay and reason), the connection's changes and a refused certificate (with
// the reason) are there; the password and the access token are not.

#include "CertificateFactory.h"
#include "Clock.h"
#include "CredentialStore.h"
#include "LogFile.h"
#include "OutboxSender.h"
#include "PlatformConnection.h"
#include "SandboxHarness.h"
#include "Session.h"
#include "SpkiPin.h"
#include "Store.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

namespace {

constexpr int kWaitMs = 20000;
const QString kUser = QStringLiteral("issuer.chimie");

// One console: its profile, connection, keychain service, session and sender.
struct Console
{
    QTemporaryDir dir;
    Clock clock;
    Store store{Profile(dir.path()), clock};
    PlatformConnection connection;
    CredentialStore credentials{QLatin1String("allo-test-incident-") +
                                QUuid::createUuid().toString(QUuid::WithoutBraces)};
    Session session{connection, credentials};
    OutboxSender sender{store.outbox(), connection, session, clock};

    Console(const SandboxHarness &sandbox, const QString &pin)
    {
        if (!store.open())
            qFatal("%s", qPrintable(store.errorString()));
        const QString ca =
            QDir(sandbox.dataDir()).filePath(QLatin1String(CertificateFactory::caFile));
        const QString error = connection.configure(
            QStringLiteral("https://127.0.0.1:%1").arg(sandbox.port()), ca, pin);
        if (!error.isEmpty())
            qFatal("%s", qPrintable(error));
        sender.setBackoff(20, 200);
    }
};

QString lineWith(const QStringList &lines, const QString &category, const QString &text)
{
    for (const QString &line : lines) {
        if (line.contains(QLatin1Char(' ') + category + QLatin1String(": ")) && line.contains(text))
            return line;
    }
    return {};
}

} // namespace

class TestIncidentLog : public QObject
{
    Q_OBJECT

private slots:
    void retryAndRefusedCertificate_areLogged_withoutSecrets()
    {
        QTemporaryDir logDir;
        QVERIFY(LogFile::install(logDir.path()));
        SandboxHarness sandbox;
        QVERIFY(sandbox.isReady());

        // A send the platform answers 429: the retry, its delay and its reason are logged.
        Console console(sandbox, {});
        QSignalSpy signedIn(&console.session, &Session::finished);
        console.session.signIn(kUser, SandboxHarness::passwordOf(kUser));
        QVERIFY(signedIn.wait(kWaitMs) && signedIn.first().at(0).toBool());
        const QString accessToken = console.connection.accessToken();
        QVERIFY(accessToken.size() >= 20);
        console.sender.start();
        QTRY_COMPARE_WITH_TIMEOUT(console.sender.connection(), OutboxSender::Connection::Online,
                                  kWaitMs);
        sandbox.faults().setProbability(FaultInjector::Fault::Http429, 1.0);
        const auto op = console.store.outbox().enqueue(
            Notice(SandboxHarness::notice(
                QStringLiteral("siren-test"), QStringLiteral("Chimie de la Vallée"),
                QStringLiteral("rouen-metropole"), QStringLiteral("cv-grand-quevilly"))),
            QStringLiteral("tester"));
        QVERIFY(op);
        console.sender.sendNow();
        QTRY_VERIFY_WITH_TIMEOUT(console.store.outbox().find(op->id)->attempts >= 1 &&
                                     console.store.outbox().find(op->id)->state ==
                                         Outbox::State::RetryWait,
                                 kWaitMs);
        sandbox.faults().setProbability(FaultInjector::Fault::Http429, 0);
        QTRY_COMPARE_WITH_TIMEOUT(console.store.outbox().find(op->id)->state, Outbox::State::Sent,
                                  kWaitMs);

        // Another console pinned to a key the platform does not have: refused, and why.
        Console pinned(sandbox, SpkiPin::toBase64(QByteArray(32, 'k')));
        pinned.sender.start();
        QTRY_COMPARE_WITH_TIMEOUT(pinned.sender.connection(), OutboxSender::Connection::TlsProblem,
                                  kWaitMs);
        LogFile::uninstall();

        QFile file(QDir(logDir.path()).filePath(QStringLiteral("allo.log")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString log = QString::fromUtf8(file.readAll());
        const QStringList lines = log.split(QLatin1Char('\n'));
        const QString retry = lineWith(lines, QStringLiteral("allo.outbox"), op->id);
        QVERIFY2(retry.contains(QLatin1String("retried in")) &&
                     retry.contains(QLatin1String(" s:")),
                 qPrintable(log));
        QVERIFY2(!lineWith(lines, QStringLiteral("allo.connection"), QStringLiteral("-> Online"))
                      .isEmpty(),
                 qPrintable(log));
        const QString refused = lineWith(lines, QStringLiteral("allo.connection"),
                                         QStringLiteral("certificate refused"));
        QVERIFY2(refused.contains(QLatin1String("pin"), Qt::CaseInsensitive), qPrintable(log));
        QVERIFY2(
            !lineWith(lines, QStringLiteral("allo.connection"), QStringLiteral("-> TlsProblem"))
                 .isEmpty(),
            qPrintable(log));
        // Nothing a thief could use.
        QVERIFY(!log.contains(SandboxHarness::passwordOf(kUser)));
        QVERIFY(!log.contains(accessToken));
    }
};

QTEST_GUILESS_MAIN(TestIncidentLog)
#include "tst_incidentlog.moc"
