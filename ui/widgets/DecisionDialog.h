#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

// The confirmation of a decision, an end or a cancellation: what it will do, and the comment
// (or reason) box, which must be filled when required before OK is enabled (a message below the
// box says so while it is empty). Ctrl+Return confirms from the comment box; Escape cancels.
class DecisionDialog : public QDialog
{
    Q_OBJECT

public:
    DecisionDialog(const QString &title, const QString &question, const QString &commentLabel,
                   bool commentRequired, QWidget *parent = nullptr);

    QString comment() const;
    // A suggested comment, to be confirmed or changed.
    void setComment(const QString &comment);
    // The buttons say what they do ("End the notice", "Keep the notice"), not OK and Cancel.
    void setButtonTexts(const QString &confirm, const QString &back);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateOk();

    bool m_required;
    QLabel *m_question = nullptr;
    QPlainTextEdit *m_comment = nullptr;
    QLabel *m_commentProblem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
