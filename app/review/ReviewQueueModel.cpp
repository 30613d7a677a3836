#include "ReviewQueueModel.h"

#include "Vocabulary.h"

int ReviewQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Waited:
        return tr("Waited");
    case Company:
        return tr("Company");
    case Site:
        return tr("Site");
    case Type:
        return tr("Type");
    case Status:
        return tr("Status");
    case Period:
        return tr("Period");
    case State:
        return tr("State");
    default:
        return {};
    }
}

QVariant ReviewQueueModel::display(const PlatformNotice &n, int column) const
{
    switch (column) {
    case Waited:
        return waited(n.updatedAt, now());
    case Company:
        return n.company;
    case Site:
        return siteText(n.notice);
    case Type:
        return Vocabulary::typeLabel(n.notice.type());
    case Status:
        return Vocabulary::statusLabel(n.notice.status());
    case Period:
        return period(n);
    case State:
        if (!reviewer().isEmpty() && n.submittedBy == reviewer())
            return tr("Own submission");
        if (n.publishedAtOnce())
            return tr("Published at once, revision %1").arg(n.revision);
        return n.publishedRevision > 0 ? tr("Update %1 (revision %2 is public)")
                                             .arg(n.revision)
                                             .arg(n.publishedRevision)
                                       : tr("Pending review, revision %1").arg(n.revision);
    default:
        return {};
    }
}
