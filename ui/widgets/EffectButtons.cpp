#include "EffectButtons.h"

#include "Vocabulary.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QSignalBlocker>
#include <QToolButton>

EffectButtons::EffectButtons(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const QString &effect : Vocabulary::effects()) {
        auto *button = new QToolButton(this);
        button->setObjectName(QLatin1String("effect_") + effect);
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
        // The same icons as the published web card.
        button->setIcon(QIcon(QLatin1String(":/channels/icons/") + effect + QLatin1String(".svg")));
        button->setIconSize(QSize(28, 28));
        connect(button, &QToolButton::toggled, this, &EffectButtons::effectsChanged);
        layout->addWidget(button);
        m_buttons.append({effect, button});
    }
    layout->addStretch();
    retranslate();
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
