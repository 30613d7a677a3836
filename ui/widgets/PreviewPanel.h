#pragma once

#include "ChannelOutput.h"
#include "Notice.h"
#include "RenderContext.h"

#include <QSet>
#include <QWidget>

#include <array>

class HotlinePlayer;
class SpokenHotline;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
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
    // Nothing to preview (nothing selected): empty pages under the channels' names.
    void clear();
    // The last output per channel, in the order of Vocabulary::channels().
    const QList<ChannelOutput> &outputs() const { return m_outputs; }
    // The language the outputs are in: "fr" or "en".
    QString language() const;
    void showChannel(int index);
    // Where Listen takes the hotline's audio from: the voice that measures it, so what is heard
    // is the file the phone line plays. Without one, Listen stays disabled.
    void setVoice(SpokenHotline *voice);
    // Plays the audio of the hotline script in the language shown ("Listen"), and stops it.
    void listen();
    void stopListening();
    // The player, created with the panel; Qt Multimedia only at the first Listen.
    HotlinePlayer &player() { return *m_player; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // The user chose the other language (not emitted by show()).
    void languageChanged(const QString &language);
    // The channels' tabs now need more width than the panel has.
    void tabsOutgrown();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    QString title(int index) const;
    // The tabs' titles before any output: the channels' names alone.
    void nameTabs();
    void fill(int index);
    QWidget *hotlinePage(QPlainTextEdit *script);
    void retranslateListen();
    void playWhenSaid();
    void showPosition(qint64 positionMs, qint64 durationMs);
    void showListenProblem(const QString &message);
    void enableListen();
    void keepImages(const QString &html);

    Notice m_notice;
    RenderContext m_context;
    QList<ChannelOutput> m_outputs;
    std::array<bool, 6> m_stale{}; // outputs not yet shown in their tab
    std::array<bool, 6> m_overLimit{};
    bool m_titled = false;
    int m_tabsNeed = 0;     // the tabs' width last said to be more than the panel has
    QSet<QString> m_images; // data: URIs already added to the web document
    QString m_webHtml;      // what the web document holds
    QWidget *m_content = nullptr;
    QComboBox *m_language = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTextBrowser *m_web = nullptr;
    QList<QPlainTextEdit *> m_texts; // hotline, x, mastodon, sms, cap
    SpokenHotline *m_voice = nullptr;
    HotlinePlayer *m_player = nullptr;
    bool m_waitingForVoice = false; // Listen was pressed before the voice had said the script
    QPushButton *m_listen = nullptr;
    QPushButton *m_stop = nullptr;
    QLabel *m_position = nullptr;
    QLabel *m_listenProblem = nullptr;
};
