#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <utility>

// One HTTP request as the API sees it, independent of the server that received it, so that the
// handling can be tested and fuzzed without a socket.
struct ApiRequest
{
    QByteArray method; // upper case: GET, POST, PUT…
    QString path;      // decoded, without the query
    QUrlQuery query;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString peer; // the client's address, for the sign-in limit

    // The first header of that name, compared without regard to case; "" when absent.
    QByteArray header(const QByteArray &name) const;
    // The token of an "Authorization: Bearer …" header; "" when absent.
    QByteArray bearerToken() const;
};
