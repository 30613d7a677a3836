#include "ConflictDialog.h"

#include "BoldText.h"
#include "NoticeName.h"
#include "PeriodText.h"
#include "TerritoryCatalog.h"
#include "Vocabulary.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

ConflictDialog::ConflictDialog(const Notice &mine, const Notice &platform, const QString &ccisWord,
                               QWidget *parent)
    : QDialog(parent)
    , m_mine(mine)
    , m_platform(platform)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("The notice changed on the platform: %1").arg(NoticeName::of(mine)));

    auto *intro = new QLabel(tr("Someone changed this notice on the platform after you last sent "
                                "it. Compare the two versions, choose the one to publish, and it "
                                "is sent again."),
                             this);
    intro->setWordWrap(true);
    auto *decision = new QLabel(ccisWord, this);
    decision->setObjectName(QStringLiteral("conflictDecision"));
    decision->setWordWrap(true);
    decision->setTextFormat(Qt::PlainText);
    decision->setStyleSheet(QStringLiteral("background:#fde0c8;color:#7a2e0a;padding:4px"));
    decision->setVisible(!ccisWord.isEmpty());

    auto *grid = new QGridLayout;
    auto *mineTitle =
        new QLabel(QLatin1String("<b>") + tr("Your version") + QLatin1String("</b>"), this);
    auto *platformTitle = new QLabel(
        QLatin1String("<b>") + tr("The platform's version") + QLatin1String("</b>"), this);
    grid->addWidget(mineTitle, 0, 1);
    grid->addWidget(platformTitle, 0, 2);
    const QString fr = QStringLiteral("fr");
    const QString en = QStringLiteral("en");
    addRow(grid, 1, tr("Text (French)"), mine.text(fr), platform.text(fr), true);
    addRow(grid, 2, tr("Text (English)"), mine.text(en), platform.text(en), true);
    addRow(grid, 3, tr("Period"), period(mine), period(platform), false);
    addRow(grid, 4, tr("Effects"), effects(mine), effects(platform), false);
    addRow(grid, 5, tr("Status"), Vocabulary::statusLabel(mine.status()),
           Vocabulary::statusLabel(platform.status()), false);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);

    m_choices = new QButtonGroup(this);
    const QList<std::pair<Choice, QString>> choices = {
        {Choice::KeepMine, tr("&Keep mine: publish my version over the platform's")},
        {Choice::TakePlatform, tr("&Take the platform's: drop my changes")},
        {Choice::Merge, tr("&Merge: my version with the French text below")}};
    auto *choiceLayout = new QVBoxLayout;
    for (const auto &[choice, label] : choices) {
        auto *button = new QRadioButton(label, this);
        button->setObjectName(QStringLiteral("conflictChoice_%1").arg(int(choice)));
        m_choices->addButton(button, int(choice));
        choiceLayout->addWidget(button);
    }
    m_merged = new QPlainTextEdit(mine.text(fr), this);
    m_merged->setObjectName(QStringLiteral("mergedText"));
    m_merged->setAccessibleName(tr("Merged French text"));
    m_merged->setTabChangesFocus(true);
    m_merged->setMaximumHeight(120);
    m_mergeNote = new QLabel(tr("Your period, effects and English text are kept; copy what you "
                                "need from the platform's text into this one."),
                             this);
    m_mergeNote->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    m_resend = buttons->addButton(tr("Send this version"), QDialogButtonBox::AcceptRole);
    m_resend->setObjectName(QStringLiteral("conflictResend"));
    auto *later = buttons->addButton(tr("Decide later"), QDialogButtonBox::RejectRole);
    later->setObjectName(QStringLiteral("conflictLater"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_choices, &QButtonGroup::idToggled, this, &ConflictDialog::choiceChanged);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(decision);
    layout->addLayout(grid);
    layout->addStretch(1);
    layout->addLayout(choiceLayout);
    layout->addWidget(m_merged);
    layout->addWidget(m_mergeNote);
    layout->addWidget(buttons);
    setChoice(Choice::KeepMine);
    resize(1000, 680);
}

void ConflictDialog::addRow(QGridLayout *grid, int row, const QString &label, const QString &mine,
                            const QString &platform, bool multiline)
{
    // What differs is marked, so the eye goes straight to it.
    const bool differs = mine != platform;
    auto *name = new QLabel(differs ? tr("%1 (differs)").arg(label) : label, this);
    name->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    if (differs) {
        name->setStyleSheet(QStringLiteral("color:#c2410c"));
        BoldText::apply(name);
    }
    grid->addWidget(name, row, 0);
    const QString empty = tr("(none)");
    int column = 1;
    for (const QString &value : {mine, platform}) {
        const QString side = column == 1 ? tr("Your version") : tr("The platform's version");
        QWidget *field = nullptr;
        if (multiline) {
            auto *text = new QPlainTextEdit(value.isEmpty() ? empty : value, this);
            text->setReadOnly(true);
            text->setTabChangesFocus(true);
            text->setMinimumHeight(90);
            text->setMaximumHeight(160);
            field = text;
        } else {
            auto *text = new QLabel(value.isEmpty() ? empty : value, this);
            text->setWordWrap(true);
            text->setTextFormat(Qt::PlainText);
            text->setTextInteractionFlags(Qt::TextSelectableByMouse);
            field = text;
        }
        field->setAccessibleName(tr("%1, %2").arg(label, side));
        if (differs)
            field->setStyleSheet(QStringLiteral("background:#fff4e5"));
        grid->addWidget(field, row, column++);
    }
}

QString ConflictDialog::period(const Notice &notice) const
{
    if (!notice.start().isValid())
        return {};
    const QTimeZone zone = TerritoryCatalog::builtIn().find(notice.territory()).timeZone;
    return PeriodText::written(notice.start(), notice.end(),
                               zone.isValid() ? zone : QTimeZone::systemTimeZone(),
                               QStringLiteral("fr"));
}

QString ConflictDialog::effects(const Notice &notice) const
{
    QStringList labels;
    for (const QString &effect : notice.effects())
        labels.append(Vocabulary::effectLabel(effect));
    return labels.join(QLatin1String(", "));
}

ConflictDialog::Choice ConflictDialog::choice() const
{
    return Choice(m_choices->checkedId());
}

void ConflictDialog::setChoice(Choice choice)
{
    m_choices->button(int(choice))->setChecked(true);
}

void ConflictDialog::choiceChanged()
{
    const bool merging = choice() == Choice::Merge;
    m_merged->setEnabled(merging);
    m_mergeNote->setEnabled(merging);
}

Notice ConflictDialog::result() const
{
    switch (choice()) {
    case Choice::TakePlatform:
        return m_platform;
    case Choice::Merge: {
        Notice merged = m_mine;
        merged.setText(QStringLiteral("fr"), m_merged->toPlainText());
        return merged;
    }
    case Choice::KeepMine:
        break;
    }
    return m_mine;
}
