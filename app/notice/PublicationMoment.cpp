#include "PublicationMoment.h"

QString PublicationMoment::sentence(const QString &type, const Territory &territory, bool update)
{
    const QString cci = territory.name.isEmpty() ? territory.id : territory.name;
    if (territory.isPublishedAtOnce(type))
        return update ? tr("Residents see this update as soon as the platform receives it; the "
                           "CCI of %1 reviews it afterwards.")
                            .arg(cci)
                      : tr("Residents see it as soon as the platform receives it; the CCI of %1 "
                           "reviews it afterwards.")
                            .arg(cci);
    return update ? tr("This update becomes public only once a coordinator of %1 approves it; "
                       "until then residents keep seeing the version already public.")
                        .arg(cci)
                  : tr("It becomes public only once a coordinator of %1 approves it: sending "
                       "it does not publish it.")
                        .arg(cci);
}
