#pragma once

#include "ChannelOutput.h"
#include "Notice.h"
#include "RenderContext.h"
#include "ValidationIssue.h"

#include <QDialog>

class QComboBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class StatusBand;

// The last look before a notice is queued: the exact web card, the spoken hotline script with
// its duration, the X, Mastodon and SMS posts with their counters, and the status. Send
// (Ctrl+Enter) is refused, with the reason, while the rule book (PublicationRules) finds an
// error; its warnings are shown and do not block. No button is the default one (a bare Enter
// never publishes) and a hint says Ctrl+Enter; Back to editing (Escape) returns to the composer.
class SendConfirmationDialog : public QDialog
{
    Q_OBJECT

public:
    // update: a new revision of a notice residents see already (the words say what stays public).
    SendConfirmationDialog(const Notice &notice, const RenderContext &context, bool update = false,
                           QWidget *parent = nullptr);

    // When residents will see it, from the territory's review policy.
    QString publicationMoment() const;

    bool canSend() const { return m_refusals.isEmpty(); }
    // Why Send is refused, one sentence each (the notice's errors first, then the channels').
    const QStringList &refusals() const { return m_refusals; }
    // What the rule book warns of, one sentence each: shown, and Send still allowed.
    const QStringList &warnings() const { return m_warnings; }
    // What the dialog shows for a channel in the language picked, as rendered.
    ChannelOutput output(const QString &channel) const;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct ChannelView
    {
        QString channel;
        QGroupBox *box = nullptr;
        QPlainTextEdit *text = nullptr;
    };

    void showLanguage();
    void checkNotice();
    QString channelName(const QString &channel) const;
    QString measure(const ChannelOutput &out) const;

    Notice m_notice;
    RenderContext m_context;
    ValidationIssues m_issues; // the rule book's, for the notice as it is
    QStringList m_refusals;
    QStringList m_warnings;
    StatusBand *m_band = nullptr;
    QComboBox *m_language = nullptr;
    QTextBrowser *m_web = nullptr;
    QList<ChannelView> m_channels; // hotline, x, mastodon, sms
    QLabel *m_moment = nullptr;
    QLabel *m_problems = nullptr;
    QLabel *m_warningLabel = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_back = nullptr;
    QLabel *m_hint = nullptr;
};
