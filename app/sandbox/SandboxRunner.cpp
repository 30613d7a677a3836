#include "SandboxRunner.h"

#include "CertificateFactory.h"
#include "FaultInjector.h"
#include "OwnerOnly.h"
#include "SandboxApi.h"
#include "SandboxServer.h"
#include "SandboxStore.h"
#include "UserDirectory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslKey>

struct SandboxRunner::Parts
{
    SandboxStore store;
    FaultInjector faults;
    std::unique_ptr<SandboxApi> api;
    std::unique_ptr<SandboxServer> server;
};

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

SandboxRunner::SandboxRunner(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_thread.setObjectName(QStringLiteral("sandbox"));
}

SandboxRunner::~SandboxRunner()
{
    stop();
}

QString SandboxRunner::start(const QString &dataDir)
{
    if (m_parts)
        return {};
    const QDir dir(dataDir);
    // Its database and certificates (also allo-sandbox's): only the owner's.
    if (!OwnerOnly::makeFolder(dataDir,
                               {QStringLiteral("sandbox.sqlite*"), QStringLiteral("*.pem")}))
        return QCoreApplication::translate("SandboxRunner",
                                           "Cannot create the training sandbox's folder %1.")
            .arg(dataDir);
    if (const QString error = CertificateFactory::ensureTrainingCertificates(dataDir);
        !error.isEmpty())
        return error;
    const QSslCertificate certificate(
        readFile(dir.filePath(QLatin1String(CertificateFactory::serverFile))), QSsl::Pem);
    const QSslKey key(readFile(dir.filePath(QLatin1String(CertificateFactory::serverKeyFile))),
                      QSsl::Ec, QSsl::Pem);
    if (certificate.isNull() || key.isNull())
        return QCoreApplication::translate("SandboxRunner",
                                           "The training sandbox's certificate in %1 cannot be "
                                           "read. Delete that folder to have it made again.")
            .arg(dataDir);

    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();
    QString error;
    quint16 port = 0;
    // Built on the worker thread, so the server's sockets and timers belong to it.
    QMetaObject::invokeMethod(
        m_context,
        [&] {
            auto parts = std::make_unique<Parts>();
            error = parts->store.open(dir.filePath(QStringLiteral("sandbox.sqlite")));
            if (error.isEmpty() && !parts->store.hasUsers())
                error = parts->store.replaceDirectory(UserDirectory::builtIn());
            if (!error.isEmpty())
                return;
            parts->api = std::make_unique<SandboxApi>(parts->store, m_clock);
            parts->server = std::make_unique<SandboxServer>(*parts->api, parts->faults);
            port = parts->server->listenTls(QHostAddress::LocalHost, 0, certificate, key, &error);
            if (port != 0)
                m_parts = std::move(parts);
        },
        Qt::BlockingQueuedConnection);
    if (!m_parts) {
        stop();
        return QCoreApplication::translate("SandboxRunner", "The training sandbox cannot start: %1")
            .arg(error);
    }
    m_url = QStringLiteral("https://127.0.0.1:%1").arg(port);
    m_caFile = dir.filePath(QLatin1String(CertificateFactory::caFile));
    return {};
}

QString SandboxRunner::trainingPassword(const QString &user)
{
    const QJsonDocument users =
        QJsonDocument::fromJson(readFile(QStringLiteral(":/sandbox/training-users.json")));
    for (const QJsonValue &entry : users.object().value(QStringLiteral("users")).toArray()) {
        if (entry.toObject().value(QStringLiteral("username")).toString() == user)
            return entry.toObject().value(QStringLiteral("password")).toString();
    }
    return {};
}

void SandboxRunner::stop()
{
    if (!m_thread.isRunning())
        return;
    // The parts go on their own thread; the context once that thread has stopped.
    QMetaObject::invokeMethod(
        m_context, [this] { m_parts.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_context;
    m_context = nullptr;
}
