#pragma once

#include "ProblemDetails.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

class PlatformConnection;
class QNetworkReply;

// One request to the platform, as one object: it owns its time-out (told apart from a cancel),
// reports a pin refusal (PlatformConnection checks the pin), caps the response size, reads JSON and
// problem+json, and deletes itself after finished().
class ApiCall : public QObject
{
    Q_OBJECT

public:
    enum class Outcome
    {
        Answered,    // the platform answered: see status (2xx, 3xx, 4xx, 5xx)
        Network,     // no answer: refused, reset, unreachable
        Timeout,     // no progress for the connection's time-out
        Cancelled,   // cancel() was called
        Tls,         // the certificate is not trusted, expired or for another host
        PinMismatch, // TLS is fine but the key is not the pinned one
        TooLarge,    // the response is larger than the limit
        BadJson      // the platform answered something that is not the JSON it promised
    };

    struct Result
    {
        Outcome outcome = Outcome::Network;
        int status = 0;
        QJsonDocument json;
        QByteArray etag;
        std::optional<int> retryAfterSeconds;
        std::optional<ProblemDetails> problem;
        // For a person, in the UI language; empty when the platform answered 2xx or 304.
        QString error;

        bool succeeded() const
        {
            return outcome == Outcome::Answered && status >= 200 && status < 300;
        }
    };

    ApiCall(PlatformConnection &connection, const QByteArray &method, const QString &path,
            const QByteArray &body = {});

    // What an HTTP answer means: the JSON, the ETag, Retry-After (seconds or an HTTP date,
    // against now), problem+json for errors. Pure, so it can be fuzzed.
    static Result answered(int status, const QByteArray &body, const QByteArray &etag,
                           const QByteArray &retryAfter, const QDateTime &now);

    void setHeader(const QByteArray &name, const QByteArray &value);
    void start();
    void cancel();

signals:
    void finished(const ApiCall::Result &result);

private:
    void onProgress(qint64 received);
    void onFinished();
    void abortWith(Outcome outcome);
    Result readResult();

    PlatformConnection &m_connection;
    QByteArray m_method;
    QString m_path;
    QByteArray m_body;
    QList<std::pair<QByteArray, QByteArray>> m_headers;
    QPointer<QNetworkReply> m_reply;
    QTimer m_idle;
    std::optional<Outcome> m_aborted;
    QString m_tlsErrors;
};
