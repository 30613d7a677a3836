#include "CertificateFactory.h"
#include "FaultInjector.h"
#include "OwnerOnly.h"
#include "ProgramOptions.h"
#include "SandboxApi.h"
#include "SandboxServer.h"
#include "SandboxStore.h"
#include "StdinWatch.h"
#include "UserDirectory.h"
#include "Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QTextStream>
#include <QVersionNumber>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("allo-sandbox", text);
}

int fail(const QString &message)
{
    QTextStream(stderr) << "allo-sandbox: " << message << Qt::endl;
    return 2;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Allo Industrie"));
    QCoreApplication::setApplicationName(QStringLiteral("allo-sandbox"));
    QCoreApplication::setApplicationVersion(Allo::version());
    if (const QString error = ProgramOptions::applyLanguage(app.arguments(), {}); !error.isEmpty())
        return fail(error);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The training sandbox: the Allo Industrie platform's HTTPS API, for training and "
           "tests. Nothing it receives is published."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    tr("Address and port to listen on; port 0 picks a free one."),
                                    tr("host:port"), QStringLiteral("127.0.0.1:8443"));
    const QCommandLineOption data(QStringLiteral("data"),
                                  tr("Directory of the database and the certificates."), tr("dir"));
    const QCommandLineOption cert(QStringLiteral("cert"),
                                  tr("Server certificate (PEM); without it, a training CA and "
                                     "certificate are made in the data directory."),
                                  tr("file"));
    const QCommandLineOption key(QStringLiteral("key"), tr("Private key of --cert (PEM)."),
                                 tr("file"));
    const QCommandLineOption users(QStringLiteral("users"),
                                   tr("Accounts and sites (JSON); replaces the stored ones."),
                                   tr("file"));
    const QCommandLineOption faults(
        QStringLiteral("faults"),
        tr("Faults to inject, e.g. reset=0.1,http500=0.1,http429=0.05,slow=0.05:3000,"
           "garbage=0.05,drop-after-commit=0.05 (also http503)."),
        tr("spec"));
    const QCommandLineOption faultSeed(QStringLiteral("fault-seed"),
                                       tr("Seed of the faults' random draws, to repeat a run."),
                                       tr("number"));
    const QCommandLineOption accessLifetime(QStringLiteral("access-lifetime"),
                                            tr("Seconds an access token lasts (default 900)."),
                                            tr("seconds"), QStringLiteral("900"));
    const QCommandLineOption maxFailedSignIns(
        QStringLiteral("max-failed-sign-ins"),
        tr("Failed sign-ins of one user before the next must wait (default 10)."), tr("number"),
        QStringLiteral("10"));
    const QCommandLineOption maxFailedPerAddress(
        QStringLiteral("max-failed-sign-ins-per-address"),
        tr("Failed sign-ins from one client address before the next must wait (default 30)."),
        tr("number"), QStringLiteral("30"));
    const QCommandLineOption signInWindow(
        QStringLiteral("sign-in-window"),
        tr("Seconds over which failed sign-ins are counted (default 900)."), tr("seconds"),
        QStringLiteral("900"));
    const QCommandLineOption handshakeTimeout(
        QStringLiteral("handshake-timeout"),
        tr("Seconds a connection has to complete its TLS handshake (default 10)."), tr("seconds"),
        QStringLiteral("10"));
    const QCommandLineOption idleTimeout(
        QStringLiteral("idle-timeout"),
        tr("Seconds a connection may stay silent before it is closed (default 60)."), tr("seconds"),
        QStringLiteral("60"));
    const QCommandLineOption apiVersion(
        QStringLiteral("api-version"),
        tr("API version /v1/health reports, to rehearse consoles against an older platform "
           "(default %1; what is accepted does not change).")
            .arg(QLatin1String(SandboxApi::apiVersion)),
        tr("version"));
    const QCommandLineOption withoutHotlineAudio(
        QStringLiteral("without-hotline-audio"),
        tr("Leave out the hotline audio's routes and report API %1, as a platform from before "
           "them: to rehearse a console against one.")
            .arg(QLatin1String(SandboxApi::apiVersionBeforeAudio)));
    const QCommandLineOption quitWithStdin(
        QStringLiteral("quit-with-stdin"),
        tr("Quit when standard input closes: the program that started this one (allo-console "
           "--sandbox) has quit or died."));
    parser.addOptions({listen, data, cert, key, users, faults, faultSeed, accessLifetime,
                       maxFailedSignIns, maxFailedPerAddress, signInWindow, handshakeTimeout,
                       idleTimeout, apiVersion, withoutHotlineAudio, quitWithStdin});
    ProgramOptions options;
    options.addTo(parser);
    parser.process(app);
    if (const QString error = options.applyClock(parser); !error.isEmpty())
        return fail(error);
    if (!parser.isSet(data))
        return fail(tr("--data DIR is required."));
    // Every count and duration below: a whole number from 1 to a day's seconds.
    constexpr int kMaxSetting = 86400;
    const auto inRange = [&](const QCommandLineOption &option, int *value) {
        bool isNumber = false;
        *value = parser.value(option).toInt(&isNumber);
        return isNumber && *value >= 1 && *value <= kMaxSetting;
    };
    SignInLimiter::Limits limits;
    int handshakeSeconds = 0;
    int idleSeconds = 0;
    for (const auto &[option, value] :
         {std::pair{&maxFailedSignIns, &limits.perAccount},
          std::pair{&maxFailedPerAddress, &limits.perAddress},
          std::pair{&signInWindow, &limits.windowSeconds},
          std::pair{&handshakeTimeout, &handshakeSeconds}, std::pair{&idleTimeout, &idleSeconds}}) {
        if (!inRange(*option, value))
            return fail(tr("--%1 takes a whole number from 1 to %2, not \"%3\".")
                            .arg(option->names().constFirst(), QString::number(kMaxSetting),
                                 parser.value(*option)));
    }

    const QString dir = parser.value(data);
    // Its database and certificates (also SandboxRunner's): only the owner's.
    if (!OwnerOnly::makeFolder(dir, {QStringLiteral("sandbox.sqlite*"), QStringLiteral("*.pem")}))
        return fail(tr("Cannot create the data directory %1.").arg(dir));
    QString certPath = parser.value(cert);
    QString keyPath = parser.value(key);
    QString trainingCa; // the CA a client is to trust, when this program made it
    if (certPath.isEmpty() != keyPath.isEmpty())
        return fail(tr("--cert and --key go together."));
    if (certPath.isEmpty()) {
        if (const QString error = CertificateFactory::ensureTrainingCertificates(dir);
            !error.isEmpty())
            return fail(error);
        certPath = QDir(dir).filePath(QLatin1String(CertificateFactory::serverFile));
        keyPath = QDir(dir).filePath(QLatin1String(CertificateFactory::serverKeyFile));
        trainingCa = QDir(dir).filePath(QLatin1String(CertificateFactory::caFile));
    }
    const QSslCertificate certificate(readFile(certPath), QSsl::Pem);
    QSslKey privateKey(readFile(keyPath), QSsl::Ec, QSsl::Pem);
    if (privateKey.isNull())
        privateKey = QSslKey(readFile(keyPath), QSsl::Rsa, QSsl::Pem);
    if (certificate.isNull() || privateKey.isNull())
        return fail(tr("Cannot read the certificate %1 or its key %2.").arg(certPath, keyPath));

    SandboxStore store;
    if (const QString error = store.open(QDir(dir).filePath(QStringLiteral("sandbox.sqlite")));
        !error.isEmpty())
        return fail(tr("Cannot open the database: %1").arg(error));
    if (parser.isSet(users)) {
        UserDirectory directory;
        const QByteArray json = readFile(parser.value(users));
        if (const QString error = directory.load(json); !error.isEmpty())
            return fail(error);
        if (const QString error = store.replaceDirectory(directory); !error.isEmpty())
            return fail(error);
    } else if (!store.hasUsers()) {
        if (const QString error = store.replaceDirectory(UserDirectory::builtIn());
            !error.isEmpty())
            return fail(error);
    }

    FaultInjector injector;
    if (const QString error = injector.parse(parser.value(faults)); !error.isEmpty())
        return fail(error);
    if (parser.isSet(faultSeed))
        injector.setSeed(parser.value(faultSeed).toUInt());

    SandboxApi api(store, options.clock());
    bool ok = false;
    const int lifetime = parser.value(accessLifetime).toInt(&ok);
    if (!ok || lifetime < 1)
        return fail(tr("--access-lifetime takes a number of seconds."));
    api.setAccessLifetime(lifetime);
    api.setSignInLimits(limits);
    api.setHotlineAudio(!parser.isSet(withoutHotlineAudio));
    if (parser.isSet(apiVersion)) {
        if (QVersionNumber::fromString(parser.value(apiVersion)).isNull())
            return fail(tr("--api-version takes a version such as 1.1.0."));
        api.setReportedApiVersion(parser.value(apiVersion));
    }

    const QString address = parser.value(listen);
    const qsizetype colon = address.lastIndexOf(QLatin1Char(':'));
    const quint16 wanted = address.mid(colon + 1).toUShort(&ok);
    QString host = address.left(colon);
    if (host == QLatin1String("localhost"))
        host = QStringLiteral("127.0.0.1");
    const QHostAddress hostAddress(host);
    if (colon < 0 || !ok || hostAddress.isNull())
        return fail(tr("--listen takes an address and a port, e.g. 127.0.0.1:8443."));
    SandboxServer server(api, injector);
    server.setTimeouts(handshakeSeconds * 1000, idleSeconds * 1000);
    QString error;
    const quint16 port = server.listenTls(hostAddress, wanted, certificate, privateKey, &error);
    if (port == 0)
        return fail(tr("Cannot listen on %1: %2").arg(address, error));
    // Tests and scripts read the address from this first line; the console (SandboxRunner) also
    // reads the CA to trust from the next one.
    QTextStream out(stdout);
    out << "allo-sandbox listening on https://" << hostAddress.toString() << ':' << port
        << Qt::endl;
    if (!trainingCa.isEmpty())
        out << "allo-sandbox CA " << trainingCa << Qt::endl;
    if (parser.isSet(quitWithStdin))
        StdinWatch::quitAtEnd();
    return app.exec();
}
