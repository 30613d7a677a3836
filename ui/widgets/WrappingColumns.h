#pragma once

#include <QSet>
#include <QStyledItemDelegate>

class QTableView;

// A table's columns sized by need: each on one line while the table is wide enough, otherwise
// the ones that gain most go on two lines (broken at the space nearest the middle of their
// longest text) until every column fits; rows as tall as their cells. Nothing is elided and
// nothing passes the right edge on a narrow screen or with larger text. Attached to the table
// as its delegate.
class WrappingColumns : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit WrappingColumns(QTableView *table);

    // Without a cell's rectangle (a column's width is being measured): the width of the text's
    // longer half on a two-line column; with one: the height of the text wrapped to it.
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fit();
    int need(int column) const;

    QTableView *m_table;
    QSet<int> m_twoLines;
    bool m_fitting = false;
};
