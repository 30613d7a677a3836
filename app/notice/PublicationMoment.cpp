#include "PublicationMoment.h"

QString PublicationMoment::sentence(const QString &type, const Territory &territory, bool update)
{
    if (territory.isPublishedAtOnce(type))
        return update ? tr("Residents see this update as soon as the platform receives it; the "
                           "CCI reviews it afterwards.")
                      : tr("Residents see it as soon as the platform receives it; the CCI "
                           "reviews it afterwards.");
    return update ? tr("This update becomes public only once a CCI coordinator approves it; "
                       "until then residents keep seeing the version already public.")
                  : tr("It becomes public only once a CCI coordinator approves it: sending it "
                       "does not publish it.");
}
