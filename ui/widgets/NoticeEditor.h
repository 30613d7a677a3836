#pragma once

#include "Clock.h"
#include "Notice.h"
#include "NoticeHistory.h"
#include "RenderContext.h"
#include "ValidationIssue.h"

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class ChannelOverrides;
class EffectButtons;
class QCheckBox;
class QCompleter;
class QComboBox;
class QDateTimeEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTimeZone;

// The composer: every field of a notice, with its problems shown next to it as the user types.
// Picking a type brings its template; while the text is still the template's, it follows the
// period and the effects, and after that the period phrase the template wrote still follows the
// period until the user changes it. A phrase of the texts that no longer says the period is
// warned about, with a button that rewrites them all in one undoable step.
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
    // The keyboard in the first field, the type.
    void focusFirstField();
    // An ended or cancelled notice: its texts stay readable and selectable, nothing changes it.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    // The signed-in account: its company fills new notices, and its sites (AccountCache) are
    // offered as the user types a site's name; picking one fills its id, commune, company and
    // territory. A name typed freely stays allowed offline.
    void setAccount(const QString &company, const QList<QJsonObject> &sites);

    // From the previews: the channels over their limit open the per-channel texts, and the
    // context lets them offer a shortened post.
    // channels: over their limit, sorted; onlyIn: those over only in that other language.
    void setOverflowing(const QStringList &channels, const RenderContext &context,
                        const QString &language, const QHash<QString, QString> &onlyIn = {});

    // The rule book's problems on the channels: its warnings on a channel's own text show
    // under that text.
    void setChannelIssues(const ValidationIssues &issues);

    // Undo and redo over the whole notice (Ctrl+Z, Ctrl+Shift+Z in every field).
    bool canUndo() const { return m_history.canUndo(); }
    // The user changed the notice since it was opened or started: only then is it worth saving.
    bool isTouched() const { return m_touched; }
    bool canRedo() const { return m_history.canRedo(); }
    void undo();
    void redo();

signals:
    void noticeChanged();
    void undoStateChanged();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void build();
    void retranslate();
    void addRow(const char *label, QWidget *field, const QString &path, QWidget *buddy = nullptr);
    void readFields();
    void writeFields();
    void writeTexts();
    void applyType();
    void setEndIn(int hours);
    void setEndTonight();
    void setEnd(const QDateTime &end);
    void setStartNow();
    void preselectSite();
    // Every stale period phrase of the texts and per-channel texts says the period again.
    void rewritePeriod();
    void load(const Notice &notice, bool textFollowsTemplate);
    void changed();
    void pickSite(const QString &name);
    void showIssues();
    QTimeZone zone() const;

    Clock m_clock;
    Notice m_notice;
    NoticeHistory m_history;
    ValidationIssues m_issues;
    bool m_textFollowsTemplate = true;
    bool m_touched = false;
    bool m_readOnly = false;
    QList<QPointer<QWidget>> m_locked; // the controls setReadOnly() disabled, to enable again
    bool m_loading = false;            // load() is filling the fields
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
    ChannelOverrides *m_overrides = nullptr;
    QPushButton *m_showOverrides = nullptr;
    QPushButton *m_rewritePeriod = nullptr;
    QPushButton *m_startNow = nullptr;
    QStringList m_shownFor;
    QCompleter *m_siteCompleter = nullptr;
    QList<QJsonObject> m_accountSites;
    QString m_accountCompany;
    QList<QWidget *> m_quickButtons;
    QList<std::pair<QLabel *, const char *>> m_rowLabels;
    QHash<QString, QLabel *> m_problems;
    QLabel *m_otherProblems = nullptr;
};
