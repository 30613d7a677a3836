#pragma once

#include "Notice.h"
#include "RenderContext.h"
#include "ValidationIssue.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabBar;

// Texts written for one channel instead of the composed one: the hotline (said instead of the
// notice's text, after the script's introduction), X, Mastodon and SMS, in French and in
// English. Shown when a channel is over its limit (that channel highlighted) or on request; for
// X and Mastodon the console offers the post cut to fit, for the hotline the notice's text,
// which the user can then edit. One set of fields and a language tab (following the previews'
// language), so the composer stays compact; the rule book's warnings on a channel's text (the
// same in English as in French, written on an older text) show under it.
class ChannelOverrides : public QWidget
{
    Q_OBJECT

public:
    explicit ChannelOverrides(QWidget *parent = nullptr);

    static const QStringList &channels();
    // Fills the fields from the notice without emitting changed().
    void setNotice(const Notice &notice);
    // What a shortened post is cut from; the fields are left as the user is typing them.
    // language: the one the previews show, which a shortened post is offered in.
    void setContext(const Notice &notice, const RenderContext &context,
                    const QString &language = QStringLiteral("fr"));
    // Writes every language's texts, and marks the stale ones the user kept as they are.
    void apply(Notice &notice);
    // The rule book's problems (PublicationRules::check): its warnings on the channels' own
    // texts show under those texts, in the language in view.
    void setIssues(const ValidationIssues &issues);
    // "fr" or "en": the language whose texts the fields show.
    QString language() const { return m_language; }
    void showLanguage(const QString &language);
    // The channels over their limit: shown and marked.
    // onlyIn: the channels over their limit only in that language ("en", "fr"), said so.
    void setOverflowing(const QStringList &channels, const QHash<QString, QString> &onlyIn = {});
    bool hasOverrides() const;

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Field
    {
        QString channel;
        QLabel *label = nullptr;
        QPlainTextEdit *text = nullptr;
        QPushButton *offer = nullptr; // a starting point: the shortened post, the notice's text
        QLabel *note = nullptr;       // the rule book's warning on this text
        QPushButton *keep = nullptr;  // a stale text the user checked: keep it as it is
    };
    void retranslate();
    void offer(const Field &field);
    void showNotes();

    QList<Field> m_fields;
    QTabBar *m_languages = nullptr;
    Notice m_notice;
    RenderContext m_context;
    QString m_language = QStringLiteral("fr");
    QString m_previewLanguage = QStringLiteral("fr");
    // Language → channel → text: the fields show one language; apply() writes both.
    QHash<QString, QHash<QString, QString>> m_texts;
    QStringList m_kept; // "channel:language" marked kept since the last apply()
    ValidationIssues m_issues;
    QStringList m_overflowing;
    QHash<QString, QString> m_onlyIn;
    bool m_writing = false;
};
