#include "WrappingColumns.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>

WrappingColumns::WrappingColumns(QTableView *table)
    : QStyledItemDelegate(table)
    , m_table(table)
{
    table->setItemDelegate(this);
    table->setWordWrap(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setStretchLastSection(true);
    table->viewport()->installEventFilter(this);
    table->installEventFilter(this);
    QAbstractItemModel *model = table->model();
    const auto refit = [this] { fit(); };
    connect(model, &QAbstractItemModel::rowsInserted, this, refit);
    connect(model, &QAbstractItemModel::rowsRemoved, this, refit);
    connect(model, &QAbstractItemModel::dataChanged, this, refit);
    connect(model, &QAbstractItemModel::modelReset, this, refit);
    connect(model, &QAbstractItemModel::layoutChanged, this, refit);
    connect(model, &QAbstractItemModel::headerDataChanged, this, refit);
}

QSize WrappingColumns::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize oneLine = QStyledItemDelegate::sizeHint(option, index);
    if (option.rect.isValid() || !m_twoLines.contains(index.column()))
        return oneLine;
    const QString text = index.data(Qt::DisplayRole).toString();
    qsizetype best = -1;
    for (qsizetype at = text.indexOf(QLatin1Char(' ')); at >= 0;
         at = text.indexOf(QLatin1Char(' '), at + 1)) {
        if (best < 0 || qAbs(at - text.size() / 2) < qAbs(best - text.size() / 2))
            best = at;
    }
    if (best < 0)
        return oneLine;
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const int whole = opt.fontMetrics.horizontalAdvance(text);
    const int half = qMax(opt.fontMetrics.horizontalAdvance(text.left(best)),
                          opt.fontMetrics.horizontalAdvance(text.mid(best + 1)));
    // The cell's margins and any icon stay as they are.
    return {oneLine.width() - whole + half, oneLine.height()};
}

bool WrappingColumns::eventFilter(QObject *watched, QEvent *event)
{
    // The table and its viewport, not an editor: the base class would take them for one.
    if (watched != m_table && watched != m_table->viewport())
        return QStyledItemDelegate::eventFilter(watched, event);
    const bool resized = watched == m_table->viewport() && event->type() == QEvent::Resize;
    const bool restyled = watched == m_table && (event->type() == QEvent::FontChange ||
                                                 event->type() == QEvent::StyleChange);
    if (resized || restyled)
        fit();
    return false;
}

int WrappingColumns::need(int column) const
{
    const QAbstractItemView *view = m_table; // sizeHintForColumn is public here
    return qMax(view->sizeHintForColumn(column),
                m_table->horizontalHeader()->sectionSizeHint(column));
}

void WrappingColumns::fit()
{
    // Resizing the rows may bring the vertical scroll bar, which narrows the viewport again.
    if (m_fitting)
        return;
    m_fitting = true;
    m_twoLines.clear();
    const int columns = m_table->model()->columnCount();
    QList<int> widths(columns, 0);
    int total = 0;
    for (int c = 0; c < columns; ++c) {
        widths[c] = m_table->isColumnHidden(c) ? 0 : need(c);
        total += widths[c];
    }
    const int room = m_table->viewport()->width();
    while (total > room) {
        // The column that two lines narrow most.
        int best = -1;
        int bestWidth = 0;
        for (int c = 0; c < columns; ++c) {
            if (m_table->isColumnHidden(c) || m_twoLines.contains(c))
                continue;
            m_twoLines.insert(c);
            const int narrower = need(c);
            m_twoLines.remove(c);
            if (widths[c] - narrower > (best < 0 ? 0 : widths[best] - bestWidth)) {
                best = c;
                bestWidth = narrower;
            }
        }
        if (best < 0)
            break; // all on two lines already: the rest scrolls
        m_twoLines.insert(best);
        total -= widths[best] - bestWidth;
        widths[best] = bestWidth;
    }
    for (int c = 0; c < columns; ++c) {
        if (!m_table->isColumnHidden(c))
            m_table->setColumnWidth(c, widths[c]);
    }
    // As tall as their cells, never shorter than the table's usual row.
    const QAbstractItemView *view = m_table;
    for (int r = 0; r < m_table->model()->rowCount(); ++r)
        m_table->setRowHeight(
            r, qMax(view->sizeHintForRow(r), m_table->verticalHeader()->defaultSectionSize()));
    m_fitting = false;
}
