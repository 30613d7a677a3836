#pragma once

#include "Clock.h"
#include "Notice.h"
#include "ValidationIssue.h"

#include <QHash>
#include <QWidget>

class EffectButtons;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;
class QTimeZone;

// The composer: every field of a notice, with its problems shown next to it as the user types.
// Picking a type brings its template; while the text is still the template's, it follows the
// period and the effects.
class NoticeEditor : public QWidget
{
    Q_OBJECT

public:
    explicit NoticeEditor(const Clock &clock, QWidget *parent = nullptr);

    const Notice &notice() const { return m_notice; }
    void setNotice(const Notice &notice);
    const ValidationIssues &issues() const { return m_issues; }
    // A fresh draft of that type, starting at the next full hour for four hours.
    void startNew(const QString &type);

signals:
    void noticeChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void retranslate();
    void addRow(const char *label, QWidget *field, const QString &path);
    void readFields();
    void writeFields();
    void writeTexts();
    void applyType();
    void setEndIn(int hours);
    void setEndTonight();
    void changed();
    void showIssues();
    QTimeZone zone() const;

    Clock m_clock;
    Notice m_notice;
    ValidationIssues m_issues;
    bool m_textFollowsTemplate = true;
    bool m_writing = false;

    QFormLayout *m_form = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_territory = nullptr;
    QLineEdit *m_company = nullptr;
    QLineEdit *m_siteName = nullptr;
    QLineEdit *m_commune = nullptr;
    QDateTimeEdit *m_start = nullptr;
    QDateTimeEdit *m_end = nullptr;
    QCheckBox *m_openEnded = nullptr;
    QCheckBox *m_intermittent = nullptr;
    EffectButtons *m_effects = nullptr;
    QTabWidget *m_texts = nullptr;
    QPlainTextEdit *m_textFr = nullptr;
    QPlainTextEdit *m_textEn = nullptr;
    QLineEdit *m_link = nullptr;
    QLineEdit *m_contact = nullptr;
    QList<QWidget *> m_quickButtons;
    QList<std::pair<QLabel *, const char *>> m_rowLabels;
    QHash<QString, QLabel *> m_problems;
    QLabel *m_otherProblems = nullptr;
};
