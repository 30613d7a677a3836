#include "MainWindow.h"

#include "Diagnostics.h"
#include "Localization.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "Version.h"

#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>

MainWindow::MainWindow(Settings &settings, const Clock &clock, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(QStringLiteral("composerPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(24);
    setCentralWidget(m_placeholder);
    m_connection = new QLabel(this);
    m_connection->setObjectName(QStringLiteral("connectionState"));
    statusBar()->addPermanentWidget(m_connection);
    createMenus();
    retranslate();
    resize(1280, 800);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_settingsAction = m_fileMenu->addAction(QString(), this, &MainWindow::showSettings);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languages = new QActionGroup(this);
    // Each language is named in itself, so it can be found whatever the current one is.
    const QList<std::pair<QString, QString>> names = {
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("en"), QStringLiteral("English")}};
    for (const auto &[code, name] : names) {
        QAction *action = m_languageMenu->addAction(name);
        action->setObjectName(QLatin1String("language_") + code);
        action->setCheckable(true);
        action->setChecked(code == Localization::current());
        m_languages->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, language = code] { switchLanguage(language); });
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_diagnosticsAction = m_helpMenu->addAction(QString(), this, &MainWindow::exportDiagnostics);
    m_diagnosticsAction->setObjectName(QStringLiteral("diagnosticsAction"));
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Allo Industrie — Publishing console"));
    m_fileMenu->setTitle(tr("&File"));
    m_settingsAction->setText(tr("&Settings…"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_diagnosticsAction->setText(tr("Export &diagnostics…"));
    m_aboutAction->setText(tr("&About Allo Industrie console"));
    m_placeholder->setText(tr("<h2>Allo Industrie publishing console</h2>"
                              "<p>Compose a notice, see it on every channel, and send it to the "
                              "platform.</p><p>The composer is not part of this version yet.</p>"));
    m_connection->setText(tr("Local profile — no platform configured"));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::switchLanguage(const QString &language)
{
    Localization::apply(language);
    m_settings.setValue(Settings::Key::Language, language);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString language = m_settings.value(Settings::Key::Language).toString();
    Localization::apply(language.isEmpty() ? Localization::systemLanguage() : language);
}

void MainWindow::exportDiagnostics()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Choose where to save the diagnostics archive"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (folder.isEmpty())
        return;
    Diagnostics diagnostics(m_settings, m_clock,
                            {{QStringLiteral("connection"), m_connection->text()}});
    const QString path = diagnostics.write(folder);
    if (path.isEmpty()) {
        QMessageBox::warning(this, tr("Diagnostics not saved"), diagnostics.error());
        return;
    }
    statusBar()->showMessage(tr("Diagnostics saved to %1 — send this file to support.").arg(path));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Allo Industrie console"),
                       tr("<h3>Allo Industrie console</h3><p>Version %1</p>"
                          "<p>Tells the people living around industrial plants about unusual "
                          "events, on the web, the hotline and social networks.</p>")
                           .arg(Allo::version()));
}
