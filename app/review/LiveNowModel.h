#pragma once

#include "NoticeRowsModel.h"

// What the public web page shows now, one row per notice: the public revision, its period, and
// whether a newer revision waits for review.
class LiveNowModel : public NoticeRowsModel
{
    Q_OBJECT

public:
    enum Column
    {
        Company,
        Site,
        Type,
        Period,
        Revision,
        ColumnCount
    };

    using NoticeRowsModel::NoticeRowsModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    QVariant display(const PlatformNotice &notice, int column) const override;
};
