#pragma once

#include <QMap>
#include <QSortFilterProxyModel>
#include <QStringList>

// The queue filtered by territory, company, commune, type and status (the notice's: actual,
// exercise, test). An empty filter lets everything through. Rows keep the queue's order.
class ReviewFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Field
    {
        Territory,
        Company,
        Commune,
        Type,
        Status
    };

    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setFilter(Field field, const QString &value);
    QString filter(Field field) const;
    // The distinct values of a field in the source model, sorted, for a filter's choices.
    QStringList values(Field field) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    static int role(Field field);

    QMap<Field, QString> m_filters;
};
