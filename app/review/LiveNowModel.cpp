#include "LiveNowModel.h"

#include "Vocabulary.h"

int LiveNowModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LiveNowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Company:
        return tr("Company");
    case Site:
        return tr("Site");
    case Type:
        return tr("Type");
    case Period:
        return tr("Period");
    case Revision:
        return tr("Public revision");
    default:
        return {};
    }
}

QVariant LiveNowModel::display(const PlatformNotice &n, int column) const
{
    switch (column) {
    case Company:
        return n.company;
    case Site:
        return siteText(n.notice);
    case Type:
        return Vocabulary::typeLabel(n.notice.type());
    case Period:
        return period(n);
    case Revision:
        return n.publishedRevision == n.revision
                   ? QString::number(n.publishedRevision)
                   : tr("%1 (revision %2 awaits review)").arg(n.publishedRevision).arg(n.revision);
    default:
        return {};
    }
}
