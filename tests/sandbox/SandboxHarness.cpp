#include "SandboxHarness.h"

#include "CertificateFactory.h"
#include "ContractCoverage.h"
#include "TestData.h"
#include "TestPublishable.h"
#include "UserDirectory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSslKey>
#include <QUuid>

namespace {

QByteArray testUsers()
{
    QJsonObject all =
        QJsonDocument::fromJson(TestData::read(QStringLiteral(":/sandbox/training-users.json")))
            .object();
    QJsonArray users = all.value(QStringLiteral("users")).toArray();
    users.append(
        QJsonObject{{QStringLiteral("username"), QStringLiteral("coord.havre")},
                    {QStringLiteral("password"), QStringLiteral("training-havre")},
                    {QStringLiteral("name"), QStringLiteral("Coordinator of Le Havre")},
                    {QStringLiteral("role"), QStringLiteral("coordinator")},
                    {QStringLiteral("territories"), QJsonArray{QStringLiteral("le-havre")}}});
    users.append(QJsonObject{
        {QStringLiteral("username"), QStringLiteral("issuer.quevilly")},
        {QStringLiteral("password"), QStringLiteral("training-quevilly")},
        {QStringLiteral("name"), QStringLiteral("Issuer of Chimie de la Vallée in Rouen only")},
        {QStringLiteral("role"), QStringLiteral("issuer")},
        {QStringLiteral("company"), QStringLiteral("Chimie de la Vallée")},
        {QStringLiteral("territories"), QJsonArray{QStringLiteral("rouen-metropole")}}});
    users.append(QJsonObject{{QStringLiteral("username"), QStringLiteral("admin")},
                             {QStringLiteral("password"), QStringLiteral("training-admin")},
                             {QStringLiteral("name"), QStringLiteral("Administrator")},
                             {QStringLiteral("role"), QStringLiteral("admin")},
                             {QStringLiteral("territories"), QJsonArray()}});
    all.insert(QStringLiteral("users"), users);
    return QJsonDocument(all).toJson();
}

} // namespace

QByteArray SandboxHarness::Reply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

SandboxHarness::SandboxHarness()
    : m_clock(TestData::sampleNow())
{
    if (!CertificateFactory::ensureTrainingCertificates(m_dir.path()).isEmpty())
        return;
    if (!m_store.open(m_dir.filePath(QStringLiteral("sandbox.sqlite"))).isEmpty())
        return;
    UserDirectory directory;
    if (!directory.load(testUsers()).isEmpty())
        return;
    if (!m_store.replaceDirectory(directory).isEmpty())
        return;
    m_api = std::make_unique<SandboxApi>(m_store, m_clock);
    m_api->setAccessLifetime(kAccessLifetime);
    m_server = std::make_unique<SandboxServer>(*m_api, m_faults);
    const QSslCertificate cert(
        TestData::read(m_dir.filePath(QLatin1String(CertificateFactory::serverFile))));
    const QSslKey key(
        TestData::read(m_dir.filePath(QLatin1String(CertificateFactory::serverKeyFile))), QSsl::Ec);
    QString error;
    m_port = m_server->listenTls(QHostAddress::LocalHost, 0, cert, key, &error);
    m_ssl = QSslConfiguration::defaultConfiguration();
    m_ssl.setCaCertificates(QSslCertificate::fromPath(caFile()));
}

SandboxHarness::~SandboxHarness() = default;

QString SandboxHarness::caFile() const
{
    return m_dir.filePath(QLatin1String(CertificateFactory::caFile));
}

SandboxHarness::Reply
SandboxHarness::request(const QByteArray &method, const QString &pathAndQuery,
                        const QByteArray &body,
                        const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest req(
        QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(m_port).arg(pathAndQuery)));
    req.setSslConfiguration(m_ssl);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (!body.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &[key, value] : headers)
        req.setRawHeader(key, value);
    QNetworkReply *reply = m_nam.sendCustomRequest(req, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(20000);
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.error = reply->error();
    r.body = reply->readAll();
    r.json = QJsonDocument::fromJson(r.body).object();
    for (const auto &pair : reply->rawHeaderPairs())
        r.headers.append({pair.first, pair.second});
    reply->deleteLater();
    ContractCoverage::record(method, QUrl(pathAndQuery).path(), r.status);
    return r;
}

SandboxHarness::Reply SandboxHarness::call(const QString &token, const QByteArray &method,
                                           const QString &pathAndQuery, const QJsonObject &body,
                                           const QByteArray &idempotencyKey,
                                           const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    auto all = headers;
    if (!token.isEmpty())
        all.append({"Authorization", "Bearer " + token.toLatin1()});
    if (!idempotencyKey.isEmpty())
        all.append({"Idempotency-Key", idempotencyKey});
    const QByteArray bytes =
        body.isEmpty() && method == "GET" ? QByteArray() : QJsonDocument(body).toJson();
    return request(method, pathAndQuery, bytes, all);
}

QString SandboxHarness::passwordOf(const QString &username)
{
    return QStringLiteral("training-") + username.section(QLatin1Char('.'), -1);
}

QString SandboxHarness::signIn(const QString &username)
{
    const Reply r =
        request("POST", QStringLiteral("/v1/auth/token"),
                QJsonDocument(QJsonObject{{QStringLiteral("username"), username},
                                          {QStringLiteral("password"), passwordOf(username)}})
                    .toJson());
    return r.json.value(QStringLiteral("access_token")).toString();
}

QJsonObject SandboxHarness::notice(const QString &sample, const QString &company,
                                   const QString &territory, const QString &site)
{
    QJsonObject json = TestData::sample(sample).toJson();
    json.insert(QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    json.insert(QStringLiteral("company"), company);
    json.insert(QStringLiteral("territory"), territory);
    json.insert(QStringLiteral("site"),
                QJsonObject{{QStringLiteral("id"), site},
                            {QStringLiteral("name"), QStringLiteral("Site")},
                            {QStringLiteral("commune"), QStringLiteral("Rouen")}});
    return TestData::publishable(json);
}

QByteArray SandboxHarness::newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
}
