#pragma once

#include "NoticeRowsModel.h"

// The submissions awaiting review, in the queue's order: what, where, when, how long it has
// waited, and whether it is already public (published at once).
class ReviewQueueModel : public NoticeRowsModel
{
    Q_OBJECT

public:
    enum Column
    {
        // What tells two rows apart first, then how long it waited and who sent it.
        Type,
        Site,
        Period,
        Waited,
        Company,
        Status,
        State,
        ColumnCount
    };

    using NoticeRowsModel::NoticeRowsModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    QVariant display(const PlatformNotice &notice, int column) const override;
};
