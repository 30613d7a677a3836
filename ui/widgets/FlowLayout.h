#pragma once

#include <QLayout>
#include <QList>

// Items left to right, going on to a further line when the width runs out: a row of controls
// that reflows to the width it is given (a narrow window, larger text) instead of making its
// form wider than the screen. As a grid, every item takes one column's width, so the lines
// line up; otherwise each item keeps its own width and the horizontally expanding ones share
// what is left of their line.
class FlowLayout : public QLayout
{
public:
    enum class Cells
    {
        Natural,
        Grid
    };

    // `preferredColumns`: how many items a line holds when there is room (0: all of them).
    explicit FlowLayout(QWidget *parent = nullptr, Cells cells = Cells::Natural,
                        int preferredColumns = 0);
    ~FlowLayout() override;

    // How many items the first line holds at the layout's current width.
    int columns() const;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    struct Placed
    {
        QLayoutItem *item;
        QRect rect;
    };
    // Where each shown item goes within `rect`, the contents' rectangle.
    QList<Placed> arrange(const QRect &rect) const;
    QList<QLayoutItem *> shown() const;
    int cellWidth() const;
    int horizontalGap() const;
    int verticalGap() const;
    int marginsWidth() const;
    int marginsHeight() const;

    QList<QLayoutItem *> m_items;
    Cells m_cells;
    int m_preferredColumns;
};
