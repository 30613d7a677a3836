#include "DecisionDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QKeySequence>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

DecisionDialog::DecisionDialog(const QString &title, const QString &question,
                               const QString &commentLabel, bool commentRequired, QWidget *parent)
    : QDialog(parent)
    , m_required(commentRequired)
{
    setObjectName(QStringLiteral("decisionDialog"));
    setWindowTitle(title);
    setAccessibleName(title);
    m_question = new QLabel(question, this);
    m_question->setObjectName(QStringLiteral("decisionQuestion"));
    m_question->setWordWrap(true);
    auto *label = new QLabel(commentLabel, this);
    m_comment = new QPlainTextEdit(this);
    m_comment->setObjectName(QStringLiteral("decisionComment"));
    // The label's Alt+letter is not part of the name a screen reader says.
    m_comment->setAccessibleName(QString(commentLabel).remove(QLatin1Char('&')));
    m_comment->setTabChangesFocus(true);
    label->setBuddy(m_comment);
    m_commentProblem =
        new QLabel(tr("This box is required: write it here, then confirm with OK."), this);
    m_commentProblem->setObjectName(QStringLiteral("decisionCommentProblem"));
    m_commentProblem->setWordWrap(true);
    m_commentProblem->setStyleSheet(QStringLiteral("color:#b00020"));
    // The keys are said where they are used: nothing on screen would tell of Ctrl+Enter.
    auto *hint = new QLabel(tr("Ctrl+Enter to send"), this);
    hint->setObjectName(QStringLiteral("decisionHint"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Confirm"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    layout->addWidget(label);
    layout->addWidget(m_comment);
    layout->addWidget(m_commentProblem);
    layout->addWidget(hint);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_comment, &QPlainTextEdit::textChanged, this, &DecisionDialog::updateOk);
    m_comment->installEventFilter(this);
    for (const Qt::Key key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto *confirm = new QShortcut(QKeySequence(Qt::CTRL | key), this);
        connect(confirm, &QShortcut::activated, this, [this] {
            if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
                accept();
        });
    }
    updateOk();
    // Nothing to type for an approval: Return confirms at once. Otherwise type first.
    if (m_required)
        m_comment->setFocus();
    else
        m_buttons->button(QDialogButtonBox::Ok)->setFocus();
}

void DecisionDialog::setButtonTexts(const QString &confirm, const QString &back)
{
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(confirm);
    ok->setAccessibleName(confirm);
    QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setText(back);
    cancel->setAccessibleName(back);
    m_commentProblem->setText(
        tr("This box is required: write it here, then confirm with %1.").arg(confirm));
}

QString DecisionDialog::comment() const
{
    return m_comment->toPlainText().trimmed();
}

bool DecisionDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Enter in the comment box starts a new line: no button is drawn as Enter's meanwhile (Qt
    // draws the confirm button so from the start, and again whenever a button loses the focus).
    if (watched == m_comment && event->type() == QEvent::FocusIn) {
        for (QAbstractButton *button : m_buttons->buttons())
            static_cast<QPushButton *>(button)->setDefault(false);
    }
    return QDialog::eventFilter(watched, event);
}

void DecisionDialog::setComment(const QString &comment)
{
    m_comment->setPlainText(comment);
}

void DecisionDialog::updateOk()
{
    const bool missing = m_required && comment().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!missing);
    m_commentProblem->setVisible(missing);
}
