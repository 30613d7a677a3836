#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <utility>

// One answer of the API: status, headers and body, ready to be written to any transport, stored
// for an idempotent replay, or compared in a test.
struct ApiResponse
{
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static ApiResponse json(int status, const QJsonObject &object);
    // An RFC 9457 problem: code is the stable reason, detail the sentence for a person, errors
    // the field errors ({field, code, message}).
    static ApiResponse problem(int status, const QString &code, const QString &detail,
                               const QJsonArray &errors = {});
    static ApiResponse empty(int status);

    QByteArray header(const QByteArray &name) const;
    void setHeader(const QByteArray &name, const QByteArray &value);

    // The HTTP/1.1 message: status line, headers, Content-Length, body.
    QByteArray toHttp() const;
    QJsonObject toJson() const;
    static ApiResponse fromJson(const QJsonObject &stored);
};
