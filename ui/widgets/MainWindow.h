#pragma once

#include "Clock.h"

#include <QMainWindow>

class QActionGroup;
class DraftAutosaver;
class NoticeEditor;
class PreviewPanel;
class QLabel;
class Settings;
class Store;

// The console's window: the composer in the centre, the channel previews on the right, menus,
// settings, diagnostics and the language switch. Drafts and the outbox join it with the store.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Without a store (tests of the window alone) nothing is saved.
    MainWindow(Settings &settings, const Clock &clock, Store *store = nullptr,
               QWidget *parent = nullptr);
    ~MainWindow() override;

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void retranslate();
    void switchLanguage(const QString &language);
    void showAbout();
    void noticeChanged();
    void updateBand();
    void resumeLastDraft();
    void showSettings();
    void exportDiagnostics();

    Settings &m_settings;
    Clock m_clock;
    Store *m_store = nullptr;
    DraftAutosaver *m_autosaver = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_diagnosticsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_languages = nullptr;
    NoticeEditor *m_editor = nullptr;
    PreviewPanel *m_previews = nullptr;
    QLabel *m_band = nullptr;
    QLabel *m_connection = nullptr;
    QLabel *m_autosave = nullptr;
};
