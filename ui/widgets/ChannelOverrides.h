#pragma once

#include "Notice.h"
#include "RenderContext.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

// Texts written for one channel instead of the composed one: the hotline (said instead of the
// notice's text, after the script's introduction), X, Mastodon and SMS. Shown when a channel is
// over its limit (that channel highlighted) or on request; for X and Mastodon the console offers
// the post cut to fit, for the hotline the notice's text, which the user can then edit.
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
    void apply(Notice &notice) const;
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
    };
    void retranslate();
    void offer(const Field &field);

    QList<Field> m_fields;
    Notice m_notice;
    RenderContext m_context;
    QString m_language = QStringLiteral("fr");
    QStringList m_overflowing;
    QHash<QString, QString> m_onlyIn;
    bool m_writing = false;
};
