#pragma once

#include <QStringList>
#include <QWidget>

class QToolButton;

// The expected effects as toggle buttons with their icons, in the vocabulary's order.
class EffectButtons : public QWidget
{
    Q_OBJECT

public:
    explicit EffectButtons(QWidget *parent = nullptr);

    QStringList effects() const;
    void setEffects(const QStringList &effects);

signals:
    void effectsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QList<std::pair<QString, QToolButton *>> m_buttons;
};
