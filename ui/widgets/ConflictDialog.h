#pragma once

#include "Notice.h"

#include <QDialog>

class QButtonGroup;
class QGridLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;

// A notice changed on the platform after the user last sent theirs: both versions side by side
// (text, period, effects, status), and the user keeps theirs, takes the platform's, or merges
// (their version with a text they edit, prefilled with their own). result() is what is sent
// again.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice
    {
        KeepMine,
        TakePlatform,
        Merge
    };
    Q_ENUM(Choice)

    // ccisWord: the coordinator's last decision and comment on the platform's version, "" when
    // there is none; shown above both versions, since it often explains the change.
    ConflictDialog(const Notice &mine, const Notice &platform, const QString &ccisWord = {},
                   QWidget *parent = nullptr);

    Choice choice() const;
    void setChoice(Choice choice);
    // The merged French text (editable only when merging).
    QPlainTextEdit *mergedText() const { return m_merged; }
    Notice result() const;

private:
    void addRow(QGridLayout *grid, int row, const QString &label, const QString &mine,
                const QString &platform, bool multiline);
    QString period(const Notice &notice) const;
    QString effects(const Notice &notice) const;
    void choiceChanged();

    Notice m_mine;
    Notice m_platform;
    QButtonGroup *m_choices = nullptr;
    QPlainTextEdit *m_merged = nullptr;
    QLabel *m_mergeNote = nullptr;
    QPushButton *m_resend = nullptr;
};
