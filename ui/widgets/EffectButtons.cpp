#include "EffectButtons.h"

#include "Vocabulary.h"

#include <QEvent>
#include <QGridLayout>
#include <QIcon>
#include <QSignalBlocker>
#include <QToolButton>

EffectButtons::EffectButtons(QWidget *parent)
    : QWidget(parent)
{
    // Two rows of five, so the composer fits beside the previews at 1280 pixels.
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const QString &effect : Vocabulary::effects()) {
        auto *button = new QToolButton(this);
        button->setObjectName(QLatin1String("effect_") + effect);
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
        // The same icons as the published web card.
        button->setIcon(QIcon(QLatin1String(":/channels/icons/") + effect + QLatin1String(".svg")));
        button->setIconSize(QSize(24, 24));
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        connect(button, &QToolButton::toggled, this, &EffectButtons::effectsChanged);
        const auto index = static_cast<int>(m_buttons.size());
        layout->addWidget(button, index / 5, index % 5);
        m_buttons.append({effect, button});
    }
    layout->setColumnStretch(5, 1);
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
