#include "BoldText.h"

#include <QWidget>

void BoldText::apply(QWidget *widget, bool bold)
{
    // A font with the weight alone set: its size and family are still the parent's.
    QFont weight;
    weight.setBold(bold);
    widget->setFont(weight);
}
