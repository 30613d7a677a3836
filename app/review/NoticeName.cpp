#include "NoticeName.h"

#include "Localization.h"
#include "NoticeRowsModel.h"
#include "PeriodText.h"
#include "TerritoryCatalog.h"
#include "Vocabulary.h"

QString NoticeName::of(const Notice &notice)
{
    if (notice.company().isEmpty())
        return notice.id();
    const QTimeZone zone = TerritoryCatalog::builtIn().find(notice.territory()).timeZone;
    return QStringLiteral("%1 — %2, %3 — %4")
        .arg(Vocabulary::typeLabel(notice.type()), notice.company(),
             NoticeRowsModel::siteText(notice),
             PeriodText::written(notice.start(), notice.end(), zone, Localization::current()));
}
