#pragma once

#include "ApiCall.h"

#include <functional>

class PlatformConnection;
class Session;

// One request as the signed-in user. A 401 asks the session for a new access token once and
// tries again, so an access token that expired while the console sat idle goes unnoticed
// (the review queue, a notice's details, the platform's version in a conflict).
namespace PlatformRequest {

using Headers = QList<std::pair<QByteArray, QByteArray>>;
using Done = std::function<void(const ApiCall::Result &)>;

// done runs on context's thread, never after context is destroyed. session may be null.
void send(PlatformConnection &connection, Session *session, const QByteArray &method,
          const QString &path, const Headers &headers, QObject *context, const Done &done);

} // namespace PlatformRequest
