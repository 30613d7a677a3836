#pragma once

#include <QStringList>
#include <QWidget>

class FlowLayout;
class QToolButton;

// The expected effects as toggle buttons with their icons, in the vocabulary's order. The group
// is one stop for Tab (the button last focused); the arrow keys move between the buttons and
// Space turns one on or off. Keyboard focus is a dashed outline, "on" a filled button.
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
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    // The one button Tab stops at; the group's focus (a label's Alt+letter) goes to it too.
    void makeTabStop(QToolButton *button);

    QList<std::pair<QString, QToolButton *>> m_buttons;
    FlowLayout *m_layout = nullptr;
};
