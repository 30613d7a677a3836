#pragma once

#include "Clock.h"

#include <QMainWindow>

class QActionGroup;
class QLabel;
class Settings;

// The console's window: menus, the about box, the language switch. The composer, previews and
// outbox are placed in it by later parts.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Settings &settings, const Clock &clock, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createMenus();
    void retranslate();
    void switchLanguage(const QString &language);
    void showAbout();
    void showSettings();
    void exportDiagnostics();

    Settings &m_settings;
    Clock m_clock;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_diagnosticsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_languages = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_connection = nullptr;
};
