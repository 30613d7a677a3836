#pragma once

#include "ChannelOutput.h"
#include "Notice.h"
#include "RenderContext.h"

#include <QWidget>

class QComboBox;
class QPlainTextEdit;
class QTabWidget;
class QTextBrowser;

// What each channel will publish, side by side with the composer: Web, Hotline, X, Mastodon,
// SMS and CAP, each tab titled with its counter or duration, and red when over its limit.
class PreviewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PreviewPanel(QWidget *parent = nullptr);

    void show(const Notice &notice, const RenderContext &context);
    // The last output per channel, in the order of Vocabulary::channels().
    const QList<ChannelOutput> &outputs() const { return m_outputs; }
    void showChannel(int index);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    QString title(int index) const;

    Notice m_notice;
    RenderContext m_context;
    QList<ChannelOutput> m_outputs;
    QComboBox *m_language = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTextBrowser *m_web = nullptr;
    QList<QPlainTextEdit *> m_texts; // hotline, x, mastodon, sms, cap
};
