#include "EffectButtons.h"

#include "FlowLayout.h"
#include "Vocabulary.h"

#include <QEvent>
#include <QHash>
#include <QIcon>
#include <QKeyEvent>
#include <QSignalBlocker>
#include <QToolButton>

EffectButtons::EffectButtons(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("effects"));
    // Reached through its proxy, the current button; Tab itself skips a widget with a proxy.
    setFocusPolicy(Qt::StrongFocus);
    // Two rows of five where there is room; narrower (larger text, a small screen) the rows
    // hold fewer, so the composer never scrolls sideways.
    m_layout = new FlowLayout(this, FlowLayout::Cells::Grid, 5);
    m_layout->setContentsMargins(0, 0, 0, 0);
    for (const QString &effect : Vocabulary::effects()) {
        auto *button = new QToolButton(this);
        button->setObjectName(QLatin1String("effect_") + effect);
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
        // The same icons as the published web card.
        button->setIcon(QIcon(QLatin1String(":/channels/icons/") + effect + QLatin1String(".svg")));
        button->setIconSize(QSize(24, 24));
        // On each button: on the group, the style sheet crashed the composer's destruction.
        button->setStyleSheet(QStringLiteral(
            "QToolButton { border: 1px solid #9aa0a6; border-radius: 4px; padding: 3px;"
            " background: #f8f9fa; }"
            "QToolButton:checked { background: #c6dafc; border: 1px solid #1a5fb4; }"
            "QToolButton:focus { border: 2px dashed #202124; }"));
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        connect(button, &QToolButton::toggled, this, &EffectButtons::effectsChanged);
        button->installEventFilter(this);
        m_layout->addWidget(button);
        m_buttons.append({effect, button});
    }
    makeTabStop(m_buttons.constFirst().second);
    retranslate();
}

void EffectButtons::makeTabStop(QToolButton *stop)
{
    // The buttons still there: while the group is destroyed, focus moves among the rest.
    for (QToolButton *button : findChildren<QToolButton *>())
        button->setFocusPolicy(button == stop ? Qt::StrongFocus : Qt::ClickFocus);
    setFocusProxy(stop);
}

bool EffectButtons::eventFilter(QObject *watched, QEvent *event)
{
    auto *button = static_cast<QToolButton *>(watched);
    if (event->type() == QEvent::FocusIn) {
        makeTabStop(button);
    } else if (event->type() == QEvent::KeyPress) {
        // Left and right go along the rows, up and down across them (as many a row as shown).
        const int row = m_layout->columns();
        const QHash<int, int> steps = {
            {Qt::Key_Left, -1}, {Qt::Key_Right, 1}, {Qt::Key_Up, -row}, {Qt::Key_Down, row}};
        const auto key = static_cast<QKeyEvent *>(event)->key();
        if (steps.contains(key)) {
            qsizetype index = 0;
            while (m_buttons.at(index).second != button)
                ++index;
            const qsizetype next = index + steps.value(key);
            if (next >= 0 && next < m_buttons.size())
                m_buttons.at(next).second->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QStringList EffectButtons::effects() const
{
    QStringList result;
    for (const auto &[effect, button] : m_buttons) {
        if (button->isChecked())
            result.append(effect);
    }
    return result;
}

void EffectButtons::setEffects(const QStringList &effects)
{
    const QSignalBlocker blocker(this);
    for (const auto &[effect, button] : m_buttons) {
        const QSignalBlocker buttonBlocker(button);
        button->setChecked(effects.contains(effect));
    }
}

void EffectButtons::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EffectButtons::retranslate()
{
    for (const auto &[effect, button] : m_buttons) {
        button->setText(Vocabulary::effectLabel(effect));
        button->setAccessibleName(tr("Effect: %1").arg(Vocabulary::effectLabel(effect)));
    }
}
