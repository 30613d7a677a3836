#pragma once

#include "Clock.h"
#include "Notice.h"
#include "RenderContext.h"

#include <QMainWindow>
#include <QMessageBox>

class QActionGroup;
class ConnectionIndicator;
class ConsolePlatform;
class DesktopNotifier;
class DraftAutosaver;
class IssuerDecisions;
struct PlatformStanding;
class LiveReminder;
class QShortcut;
class QSplitter;
class QTabWidget;
class ReviewWorkspace;
class NoticeActions;
class NoticeListPanel;
class NoticeEditor;
class PreviewPanel;
class SpokenHotline;
class QLabel;
class Settings;
class StatusBand;
class Store;

// The console's window: the composer in the centre, the channel previews on the right, menus,
// settings, diagnostics and the language switch. Drafts and the outbox join it with the store.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Settings &settings, const Clock &clock, Store &store, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The platform the outbox sends to; training: the in-process sandbox (a band says so).
    void attachPlatform(ConsolePlatform &platform);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void showShortcutsInToolTips();
    void retranslate();
    void switchLanguage(const QString &language);
    void showAbout();
    void noticeChanged();
    // The rule book's word on each channel, shown in the composer's per-channel texts.
    void markChannels();
    RenderContext previewContext(const Notice &notice) const;
    void updateBand();
    // Returns whether a draft was opened.
    bool resumeLastDraft();
    void showSettings();
    void exportDiagnostics();
    // The hotline audio of the notice in the previews' language, as `allo-cli render --audio`.
    void exportHotlineAudio();
    void applyTextSize();
    // Shares the window's width between the list, the composer and the previews.
    void fitPanes();
    void accountChanged();
    void openNotice(const QString &noticeId);
    void operationChanged(const QString &operationId);
    void queued(const QString &noticeId, const QString &message);
    void updateNoticeActions();
    void updateAccount();
    void showSignIn();
    void remindLive(const QStringList &noticeIds);
    // The CCI's decision on the notice in the composer, above it, while it is to act on.
    void updateDecisionBand();
    void decisionReached(const QString &noticeId, const PlatformStanding &standing);
    QString unsentWork();
    // Whether the officer, asked, chose to close the console.
    bool confirmClose(QMessageBox::Icon icon, const QString &title, const QString &text);

    Settings &m_settings;
    Clock m_clock;
    Store &m_store;
    DraftAutosaver *m_autosaver = nullptr;
    ConsolePlatform *m_platform = nullptr;
    LiveReminder *m_reminder = nullptr;
    NoticeListPanel *m_list = nullptr;
    NoticeActions *m_actions = nullptr;
    QMenu *m_noticeMenu = nullptr;
    QAction *m_sendAction = nullptr;
    QAction *m_signInAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QTabWidget *m_workspaces = nullptr;
    QSplitter *m_panes = nullptr; // the list, the composer and the previews
    ReviewWorkspace *m_review = nullptr;
    bool m_landed = false;              // whether the coordinator was taken to the queue once
    QList<QShortcut *> m_workspaceKeys; // Ctrl+Tab, Ctrl+Shift+Tab: on while the tabs show
    QAction *m_endAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_refreshAction = nullptr;
    IssuerDecisions *m_decisions = nullptr;
    QLabel *m_decisionBand = nullptr;
    QLabel *m_closedBand = nullptr; // an ended or cancelled notice: read only
    QString m_decisionFor;          // the notice the band was last set for
    DesktopNotifier *m_notifier = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_largerTextAction = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_diagnosticsAction = nullptr;
    QAction *m_exportAudioAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_languages = nullptr;
    NoticeEditor *m_editor = nullptr;
    PreviewPanel *m_previews = nullptr;
    SpokenHotline *m_spoken = nullptr;
    StatusBand *m_band = nullptr;
    QLabel *m_trainingBand = nullptr;
    ConnectionIndicator *m_connection = nullptr;
    QLabel *m_autosave = nullptr;
};
