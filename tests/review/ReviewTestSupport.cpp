#include "ReviewTestSupport.h"

#include "IsoTime.h"
#include "NoticeDetails.h"
#include "PublicationPreview.h"
#include "TestData.h"
#include "TestPublishable.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

namespace {

constexpr int kWaitMs = 30000;

} // namespace

SandboxProcess::SandboxProcess()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    m_process.setProcessEnvironment(env);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(QStringLiteral(ALLO_SANDBOX_BIN),
                    {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                     QStringLiteral("--data"), m_dir.path(), QStringLiteral("--now"), now()});
    if (!m_process.waitForStarted())
        return;
    static const QRegularExpression line(QStringLiteral("listening on (https://\\S+)"));
    QByteArray out;
    while (!line.match(QString::fromUtf8(out)).hasMatch() && m_process.waitForReadyRead(30000))
        out += m_process.readAllStandardOutput();
    m_url = line.match(QString::fromUtf8(out)).captured(1);
}

SandboxProcess::~SandboxProcess()
{
    m_process.terminate();
    if (!m_process.waitForFinished(10000))
        m_process.kill();
}

QString SandboxProcess::caFile() const
{
    return QDir(m_dir.path()).filePath(QStringLiteral("ca.pem"));
}

ReviewClient::ReviewClient(const SandboxProcess &sandbox, const QString &user)
    : clock(*IsoTime::parse(SandboxProcess::now()))
    , credentials(QStringLiteral("allo-review-test"))
    , session(connection, credentials)
    , store(Profile(profileDir.path()), clock)
    , sender(store.outbox(), connection, session, clock)
    , m_user(user)
{
    credentials.setMemoryOnly(true);
    if (const QString error = connection.configure(sandbox.url(), sandbox.caFile(), {});
        !error.isEmpty())
        qFatal("%s", qPrintable(error));
    if (!store.open())
        qFatal("%s", qPrintable(store.errorString()));
    sender.setBackoff(200, 1000);
}

bool ReviewClient::signIn()
{
    QSignalSpy done(&session, &Session::finished);
    session.signIn(m_user, QStringLiteral("training-") + m_user.section(QLatin1Char('.'), 1));
    return (done.count() > 0 || done.wait(kWaitMs)) && done.first().at(0).toBool();
}

Outbox::Operation ReviewClient::sendAndWait(const QString &operationId)
{
    sender.sendNow();
    std::optional<Outbox::Operation> op;
    // On a time-out the operation is returned as it is: the caller's comparison fails.
    (void)QTest::qWaitFor(
        [&] {
            op = store.outbox().find(operationId);
            return op && op->state != Outbox::State::Queued &&
                   op->state != Outbox::State::Sending && op->state != Outbox::State::RetryWait;
        },
        kWaitMs);
    return op.value_or(Outbox::Operation());
}

ApiCall::Result ReviewClient::call(const QByteArray &method, const QString &path,
                                   const QJsonObject &body, const QByteArray &idempotencyKey)
{
    auto *call = new ApiCall(connection, method, path,
                             body.isEmpty() ? QByteArray()
                                            : QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (!idempotencyKey.isEmpty())
        call->setHeader("Idempotency-Key", idempotencyKey);
    std::optional<ApiCall::Result> result;
    QObject::connect(call, &ApiCall::finished, [&](const ApiCall::Result &r) { result = r; });
    call->start();
    (void)QTest::qWaitFor([&] { return result.has_value(); }, kWaitMs);
    return result.value_or(ApiCall::Result());
}

QJsonObject ReviewTest::notice(const QString &sample, const QString &company, const QString &site)
{
    QJsonObject json = TestData::sample(sample).toJson();
    json.insert(QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    json.insert(QStringLiteral("company"), company);
    json.insert(QStringLiteral("territory"), QStringLiteral("rouen-metropole"));
    json.insert(QStringLiteral("site"),
                QJsonObject{{QStringLiteral("id"), site},
                            {QStringLiteral("name"), QStringLiteral("Unité 2")},
                            {QStringLiteral("commune"), QStringLiteral("Grand-Quevilly")}});
    return TestData::publishable(json);
}

int ReviewTest::servedAsPreviewed(ReviewClient &reader, const PlatformNotice &notice, int revision,
                                  QString &why)
{
    const QList<std::pair<QString, QString>> endpoints = {
        {QStringLiteral("notices"), QStringLiteral("web")},
        {QStringLiteral("hotline"), QStringLiteral("hotline")},
        {QStringLiteral("x"), QStringLiteral("x")},
        {QStringLiteral("mastodon"), QStringLiteral("mastodon")},
        {QStringLiteral("cap"), QStringLiteral("cap")}};
    int matched = 0;
    for (const auto &[endpoint, channel] : endpoints) {
        for (const QString &language : {QStringLiteral("fr"), QStringLiteral("en")}) {
            const QString where = endpoint + QLatin1Char('/') + language + QLatin1String(": ");
            const ApiCall::Result published = reader.call(
                "GET",
                QStringLiteral("/v1/public/rouen-metropole/%1?lang=%2").arg(endpoint, language));
            QJsonObject item;
            for (const QJsonValue &v :
                 published.json.object().value(QLatin1String("items")).toArray()) {
                if (v.toObject().value(QLatin1String("id")).toString() == notice.id)
                    item = v.toObject();
            }
            const ChannelOutput previewed =
                PublicationPreview::render(notice, revision, {}, channel, language);
            const QString served = item.value(QLatin1String("text")).toString();
            if (!published.succeeded())
                why = where + published.error;
            else if (item.value(QLatin1String("revision")).toInt() != revision)
                why = where + QStringLiteral("revision %1 served")
                                  .arg(item.value(QLatin1String("revision")).toInt());
            else if (!previewed.ok() || previewed.text.isEmpty())
                why = where + QStringLiteral("nothing previewed: ") + previewed.error;
            else if (served.toUtf8() != previewed.text.toUtf8())
                why = where +
                      QStringLiteral("served \"%1\", previewed \"%2\"").arg(served, previewed.text);
            else
                ++matched;
            if (!why.isEmpty())
                return matched;
        }
    }
    return matched;
}

std::optional<PlatformNotice> ReviewTest::details(ReviewClient &client, const QString &id)
{
    std::optional<PlatformNotice> found;
    bool done = false;
    QObject context;
    NoticeDetails::fetch(client.connection, &client.session, id, &context,
                         [&](const std::optional<PlatformNotice> &n, const QString &) {
                             found = n;
                             done = true;
                         });
    (void)QTest::qWaitFor([&] { return done; }, kWaitMs);
    return found;
}
