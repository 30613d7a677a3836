#include "NoticeDetails.h"

#include "PlatformRequest.h"

#include <QCoreApplication>

void NoticeDetails::fetch(PlatformConnection &connection, Session *session, const QString &id,
                          QObject *context, const Done &done)
{
    PlatformRequest::send(
        connection, session, "GET", QStringLiteral("/v1/notices/") + id, {}, context,
        [done, id](const ApiCall::Result &result) {
            if (result.succeeded()) {
                done(PlatformNotice::fromJson(result.json.object()), {});
                return;
            }
            if (result.status == 404) {
                done(std::nullopt,
                     QCoreApplication::translate("NoticeDetails",
                                                 "The platform has no notice %1 that you may "
                                                 "see. Check the id with allo-cli review list.")
                         .arg(id));
                return;
            }
            done(std::nullopt, result.error);
        });
}
