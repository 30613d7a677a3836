#include "ApiCall.h"

#include "PlatformConnection.h"

#include <QJsonObject>
#include <QNetworkReply>

#include <algorithm>
#include <limits>

namespace {

std::optional<int> retryAfter(const QByteArray &value, const QDateTime &now)
{
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int seconds = value.trimmed().toInt(&ok);
    if (ok)
        return qMax(0, seconds);
    // An HTTP date ends in "GMT", which Qt 6.4's RFC 2822 reader does not take.
    QString text = QString::fromLatin1(value.trimmed());
    if (text.endsWith(QLatin1String(" GMT")))
        text = text.chopped(4) + QLatin1String(" +0000");
    const QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    return int(std::clamp<qint64>(now.secsTo(when), 0, std::numeric_limits<int>::max()));
}

} // namespace

ApiCall::ApiCall(PlatformConnection &connection, const QByteArray &method, const QString &path,
                 const QByteArray &body)
    : QObject(&connection)
    , m_connection(connection)
    , m_method(method)
    , m_path(path)
    , m_body(body)
{
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, [this] { abortWith(Outcome::Timeout); });
}

void ApiCall::setHeader(const QByteArray &name, const QByteArray &value)
{
    m_headers.append({name, value});
}

void ApiCall::start()
{
    m_reply = m_connection.send(m_method, m_path, m_headers, m_body);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Never ignored: recorded so the user is told which check failed.
        QStringList texts;
        for (const QSslError &e : errors)
            texts.append(e.errorString());
        m_tlsErrors = texts.join(QLatin1String("; "));
    });
    connect(m_reply, &QNetworkReply::downloadProgress, this, &ApiCall::onProgress);
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this] { m_idle.start(); });
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onFinished);
    m_idle.start(m_connection.timeoutMs());
}

void ApiCall::cancel()
{
    abortWith(Outcome::Cancelled);
}

void ApiCall::abortWith(Outcome outcome)
{
    if (!m_reply || m_aborted)
        return;
    m_aborted = outcome;
    m_reply->abort();
}

void ApiCall::onProgress(qint64 received)
{
    m_idle.start();
    if (received > m_connection.maxResponseBytes())
        abortWith(Outcome::TooLarge);
}

void ApiCall::onFinished()
{
    m_idle.stop();
    const Result result = readResult();
    emit finished(result);
    m_reply->deleteLater();
    deleteLater();
}

ApiCall::Result ApiCall::readResult()
{
    Result r;
    if (m_aborted) {
        r.outcome = *m_aborted;
        switch (*m_aborted) {
        case Outcome::Timeout:
            r.error = tr("The platform did not answer within %1 seconds.")
                          .arg(m_connection.timeoutMs() / 1000);
            break;
        case Outcome::Cancelled:
            r.error = tr("Cancelled.");
            break;
        case Outcome::TooLarge:
            r.error = tr("The platform's answer is larger than %1 MB: it was refused.")
                          .arg(m_connection.maxResponseBytes() / (qint64(1024) * 1024));
            break;
        default:
            break;
        }
        return r;
    }
    // PlatformConnection stopped it at the handshake; or it went on a connection kept alive,
    // checked at its own handshake, and its answer counts only from the pinned key too.
    QString pinRefusal = PlatformConnection::pinRefusal(m_reply);
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (pinRefusal.isEmpty() && status.isValid())
        pinRefusal = m_connection.checkPin(m_reply->sslConfiguration());
    if (!pinRefusal.isEmpty()) {
        r.outcome = Outcome::PinMismatch;
        r.error = pinRefusal;
        return r;
    }
    if (!status.isValid()) {
        const bool tls =
            m_reply->error() == QNetworkReply::SslHandshakeFailedError || !m_tlsErrors.isEmpty();
        r.outcome = tls ? Outcome::Tls : Outcome::Network;
        r.error = tls ? tr("The platform's certificate was refused (%1). Check the platform "
                           "address, the CA file and the computer's date.")
                            .arg(m_tlsErrors.isEmpty() ? m_reply->errorString() : m_tlsErrors)
                      : tr("The platform cannot be reached (%1).").arg(m_reply->errorString());
        return r;
    }
    return answered(status.toInt(), m_reply->readAll(), m_reply->rawHeader("ETag"),
                    m_reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
}

ApiCall::Result ApiCall::answered(int status, const QByteArray &body, const QByteArray &etag,
                                  const QByteArray &retryAfterHeader, const QDateTime &now)
{
    Result r;
    r.outcome = Outcome::Answered;
    r.status = status;
    r.etag = etag;
    r.retryAfterSeconds = retryAfter(retryAfterHeader, now);
    if (!body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        r.json = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            r.outcome = Outcome::BadJson;
            r.error = tr("The platform answered %1 with something that is not JSON (%2).")
                          .arg(r.status)
                          .arg(parseError.errorString());
            return r;
        }
    }
    if (r.status >= 400) {
        r.problem = ProblemDetails::fromJson(r.json.object());
        if (r.problem && r.problem->status == 0)
            r.problem->status = r.status;
        r.error = r.problem ? r.problem->describe()
                            : tr("The platform answered with the error %1.").arg(r.status);
    }
    return r;
}
