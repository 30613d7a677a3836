#include "FlowLayout.h"

#include <QStyle>
#include <QWidget>

#include <algorithm>

FlowLayout::FlowLayout(QWidget *parent, Cells cells, int preferredColumns)
    : QLayout(parent)
    , m_cells(cells)
    , m_preferredColumns(preferredColumns)
{}

FlowLayout::~FlowLayout()
{
    qDeleteAll(m_items);
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return Qt::Horizontal;
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    const QRect contents(0, 0, width - marginsWidth(), 0);
    int bottom = 0;
    for (const Placed &placed : arrange(contents))
        bottom = qMax(bottom, placed.rect.bottom() + 1);
    return bottom + marginsHeight();
}

QSize FlowLayout::minimumSize() const
{
    // One item a line at the narrowest; never narrower than an item's text.
    const QList<QLayoutItem *> items = shown();
    int width = cellWidth();
    int height = 0;
    for (const QLayoutItem *item : items)
        height = qMax(height, item->sizeHint().height());
    return {width + marginsWidth(), height + marginsHeight()};
}

QSize FlowLayout::sizeHint() const
{
    const QList<QLayoutItem *> items = shown();
    const int columns =
        m_preferredColumns > 0 ? qMin(m_preferredColumns, int(items.size())) : int(items.size());
    int width = 0;
    if (m_cells == Cells::Grid) {
        width = columns * cellWidth() + qMax(0, columns - 1) * horizontalGap();
    } else {
        for (int i = 0; i < columns; ++i)
            width += items.at(i)->sizeHint().width() + (i > 0 ? horizontalGap() : 0);
    }
    return {width + marginsWidth(), heightForWidth(width + marginsWidth())};
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    for (const Placed &placed : arrange(contentsRect()))
        placed.item->setGeometry(placed.rect);
    // A form with wrapped rows gives a row the height it had at another width, not the one for
    // its width: the widget asks for its lines' height as its minimum, which every layout keeps.
    if (QWidget *owner = parentWidget(); owner && owner->layout() == this) {
        if (const int height = heightForWidth(rect.width()); owner->minimumHeight() != height)
            owner->setMinimumHeight(height);
    }
}

int FlowLayout::columns() const
{
    const QList<Placed> placed = arrange(contentsRect());
    return int(std::count_if(placed.cbegin(), placed.cend(), [&](const Placed &p) {
        return p.rect.top() == placed.constFirst().rect.top();
    }));
}

QList<FlowLayout::Placed> FlowLayout::arrange(const QRect &rect) const
{
    const QList<QLayoutItem *> items = shown();
    QList<Placed> placed;
    if (items.isEmpty())
        return placed;
    const int gap = horizontalGap();
    // The lines: which items each holds.
    QList<QList<QLayoutItem *>> lines;
    if (m_cells == Cells::Grid) {
        const int cell = cellWidth();
        int columns = qBound(1, (rect.width() + gap) / (cell + gap), int(items.size()));
        if (m_preferredColumns > 0)
            columns = qMin(columns, m_preferredColumns);
        for (qsizetype i = 0; i < items.size(); i += columns)
            lines.append(items.mid(i, columns));
    } else {
        int used = 0;
        for (QLayoutItem *item : items) {
            const int width = item->sizeHint().width();
            if (lines.isEmpty() || used + gap + width > rect.width()) {
                lines.append(QList<QLayoutItem *>());
                used = -gap;
            }
            lines.last().append(item);
            used += gap + width;
        }
    }
    const int columns = int(lines.constFirst().size());
    int y = rect.top();
    for (const QList<QLayoutItem *> &line : lines) {
        int height = 0;
        int natural = -gap;
        int expanding = 0;
        for (const QLayoutItem *item : line) {
            height = qMax(height, item->sizeHint().height());
            natural += gap + item->sizeHint().width();
            expanding += (item->expandingDirections() & Qt::Horizontal) ? 1 : 0;
        }
        // A grid's cells share the width alike, the last line's too; a natural line gives what
        // is left to its expanding items.
        const int gridCell = (rect.width() - (columns - 1) * gap) / columns;
        const int spare = qMax(0, rect.width() - natural);
        int x = rect.left();
        for (QLayoutItem *item : line) {
            int width = item->sizeHint().width();
            if (m_cells == Cells::Grid)
                width = gridCell;
            else if (expanding > 0 && (item->expandingDirections() & Qt::Horizontal))
                width += spare / expanding;
            placed.append({item, QRect(x, y, width, height)});
            x += width + gap;
        }
        y += height + verticalGap();
    }
    return placed;
}

QList<QLayoutItem *> FlowLayout::shown() const
{
    QList<QLayoutItem *> items;
    for (QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            items.append(item);
    }
    return items;
}

int FlowLayout::cellWidth() const
{
    int width = 0;
    for (const QLayoutItem *item : shown())
        width = qMax(width, item->sizeHint().width());
    return width;
}

int FlowLayout::horizontalGap() const
{
    if (spacing() >= 0)
        return spacing();
    const QWidget *parent = parentWidget();
    return parent
               ? parent->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, parent)
               : 0;
}

int FlowLayout::verticalGap() const
{
    if (spacing() >= 0)
        return spacing();
    const QWidget *parent = parentWidget();
    return parent ? parent->style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing, nullptr, parent)
                  : 0;
}

int FlowLayout::marginsWidth() const
{
    const QMargins m = contentsMargins();
    return m.left() + m.right();
}

int FlowLayout::marginsHeight() const
{
    const QMargins m = contentsMargins();
    return m.top() + m.bottom();
}
