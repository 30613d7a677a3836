#include "PlatformRequest.h"

#include "Session.h"

#include <QJsonObject>
#include <QPointer>

namespace {

void start(PlatformConnection &connection, Session *session, const QByteArray &method,
           const QString &path, const PlatformRequest::Headers &headers, QObject *context,
           const PlatformRequest::Done &done, bool mayRefresh)
{
    auto *call = new ApiCall(connection, method, path);
    for (const auto &[name, value] : headers)
        call->setHeader(name, value);
    QPointer<Session> guardedSession(session);
    QObject::connect(call, &ApiCall::finished, context,
                     [&connection, guardedSession, method, path, headers, context, done,
                      mayRefresh](const ApiCall::Result &result) {
                         if (result.status != 401 || !mayRefresh || !guardedSession) {
                             done(result);
                             return;
                         }
                         QPointer<QObject> guardedContext(context);
                         guardedSession->refreshAccess([=, &connection](bool ok) {
                             if (!guardedContext)
                                 return;
                             if (!ok) {
                                 done(result);
                                 return;
                             }
                             start(connection, guardedSession, method, path, headers,
                                   guardedContext, done, false);
                         });
                     });
    call->start();
}

} // namespace

void PlatformRequest::send(PlatformConnection &connection, Session *session,
                           const QByteArray &method, const QString &path, const Headers &headers,
                           QObject *context, const Done &done)
{
    start(connection, session, method, path, headers, context, done, true);
}
