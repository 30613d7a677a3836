#include "ApiResponse.h"

#include <QJsonDocument>

namespace {

// The standard reason phrase (also the problem's title), so that it never depends on the language.
QString reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QStringLiteral("OK");
    case 201:
        return QStringLiteral("Created");
    case 204:
        return QStringLiteral("No Content");
    case 304:
        return QStringLiteral("Not Modified");
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 409:
        return QStringLiteral("Conflict");
    case 412:
        return QStringLiteral("Precondition Failed");
    case 413:
        return QStringLiteral("Content Too Large");
    case 422:
        return QStringLiteral("Unprocessable Content");
    case 428:
        return QStringLiteral("Precondition Required");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 503:
        return QStringLiteral("Service Unavailable");
    default:
        return status >= 500 ? QStringLiteral("Internal Server Error") : QStringLiteral("Error");
    }
}

} // namespace

ApiResponse ApiResponse::json(int status, const QJsonObject &object)
{
    ApiResponse r;
    r.status = status;
    r.setHeader("Content-Type", "application/json");
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

ApiResponse ApiResponse::problem(int status, const QString &code, const QString &detail,
                                 const QJsonArray &errors)
{
    QJsonObject o{{QStringLiteral("type"),
                   QString(QStringLiteral("https://allo-industrie.fr/problems/") + code)},
                  {QStringLiteral("title"), reasonPhrase(status)},
                  {QStringLiteral("status"), status},
                  {QStringLiteral("code"), code},
                  {QStringLiteral("detail"), detail}};
    if (!errors.isEmpty())
        o.insert(QStringLiteral("errors"), errors);
    ApiResponse r = json(status, o);
    r.setHeader("Content-Type", "application/problem+json");
    return r;
}

ApiResponse ApiResponse::empty(int status)
{
    ApiResponse r;
    r.status = status;
    return r;
}

QByteArray ApiResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void ApiResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &[key, old] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            old = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray ApiResponse::toHttp() const
{
    QByteArray out =
        "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status).toLatin1() + "\r\n";
    for (const auto &[key, value] : headers)
        out += key + ": " + value + "\r\n";
    // 204 and 304 have no body, and say nothing of its length.
    if (status != 204 && status != 304)
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "\r\n";
    if (status != 204 && status != 304)
        out += body;
    return out;
}

QJsonObject ApiResponse::toJson() const
{
    QJsonObject h;
    for (const auto &[key, value] : headers)
        h.insert(QString::fromLatin1(key), QString::fromLatin1(value));
    return {{QStringLiteral("status"), status},
            {QStringLiteral("headers"), h},
            {QStringLiteral("body"), QString::fromLatin1(body.toBase64())}};
}

ApiResponse ApiResponse::fromJson(const QJsonObject &stored)
{
    ApiResponse r;
    r.status = stored.value(QStringLiteral("status")).toInt();
    const QJsonObject h = stored.value(QStringLiteral("headers")).toObject();
    for (auto it = h.begin(); it != h.end(); ++it)
        r.headers.append({it.key().toLatin1(), it.value().toString().toLatin1()});
    r.body = QByteArray::fromBase64(stored.value(QStringLiteral("body")).toString().toLatin1());
    return r;
}
