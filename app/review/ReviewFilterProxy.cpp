#include "ReviewFilterProxy.h"

#include "NoticeRowsModel.h"

#include <QSet>

int ReviewFilterProxy::role(Field field)
{
    switch (field) {
    case Field::Territory:
        return NoticeRowsModel::TerritoryRole;
    case Field::Company:
        return NoticeRowsModel::CompanyRole;
    case Field::Commune:
        return NoticeRowsModel::CommuneRole;
    case Field::Type:
        return NoticeRowsModel::TypeRole;
    case Field::Status:
        return NoticeRowsModel::StatusRole;
    }
    return NoticeRowsModel::IdRole;
}

void ReviewFilterProxy::setFilter(Field field, const QString &value)
{
    if (m_filters.value(field) == value)
        return;
    m_filters.insert(field, value);
    invalidateRowsFilter();
}

QString ReviewFilterProxy::filter(Field field) const
{
    return m_filters.value(field);
}

QStringList ReviewFilterProxy::values(Field field) const
{
    QSet<QString> seen;
    const QAbstractItemModel *source = sourceModel();
    for (int row = 0; source && row < source->rowCount(); ++row) {
        const QString value = source->index(row, 0).data(role(field)).toString();
        if (!value.isEmpty())
            seen.insert(value);
    }
    QStringList sorted(seen.begin(), seen.end());
    sorted.sort();
    return sorted;
}

bool ReviewFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    for (auto it = m_filters.constBegin(); it != m_filters.constEnd(); ++it) {
        if (!it.value().isEmpty() && index.data(role(it.key())).toString() != it.value())
            return false;
    }
    return true;
}
