#include "MainWindow.h"

#include "ChannelRenderer.h"
#include "Diagnostics.h"
#include "DraftAutosaver.h"
#include "Localization.h"
#include "NoticeEditor.h"
#include "PreviewPanel.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "Store.h"
#include "Version.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QVBoxLayout>

MainWindow::MainWindow(Settings &settings, const Clock &clock, Store *store, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_clock(clock)
    , m_store(store)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_editor = new NoticeEditor(m_clock, this);
    m_previews = new PreviewPanel(this);
    m_band = new QLabel(this);
    m_band->setObjectName(QStringLiteral("statusBand"));
    m_band->setAlignment(Qt::AlignCenter);
    m_band->setMargin(6);
    auto *editorScroll = new QScrollArea(this);
    editorScroll->setWidget(m_editor);
    editorScroll->setWidgetResizable(true);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(editorScroll);
    splitter->addWidget(m_previews);
    splitter->setSizes({700, 580});
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_band);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);
    connect(m_editor, &NoticeEditor::noticeChanged, this, &MainWindow::noticeChanged);
    // Ctrl+1…6 show the previews, in the order of their tabs.
    for (int i = 0; i < 6; ++i) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this);
        connect(shortcut, &QShortcut::activated, this, [this, i] { m_previews->showChannel(i); });
    }
    m_autosave = new QLabel(this);
    m_autosave->setObjectName(QStringLiteral("autosaveState"));
    statusBar()->addPermanentWidget(m_autosave);
    m_connection = new QLabel(this);
    m_connection->setObjectName(QStringLiteral("connectionState"));
    statusBar()->addPermanentWidget(m_connection);
    if (m_store) {
        m_autosaver = new DraftAutosaver(m_store->drafts(), qEnvironmentVariable("USER"), this);
        connect(m_autosaver, &DraftAutosaver::saved, this, [this](const QString &, int version) {
            m_autosave->setText(tr("Draft saved at %1 (version %2)")
                                    .arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")))
                                    .arg(version));
        });
        connect(m_autosaver, &DraftAutosaver::saveFailed, this, [this](const QString &message) {
            m_autosave->setText(tr("Draft NOT saved: %1").arg(message));
        });
        // Leaving a field writes at once, not a second later.
        connect(qApp, &QApplication::focusChanged, m_autosaver, &DraftAutosaver::flush);
    }
    createMenus();
    retranslate();
    resumeLastDraft();
    noticeChanged();
    resize(1280, 800);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_newAction = m_fileMenu->addAction(QString(), this,
                                        [this] { m_editor->startNew(m_editor->notice().type()); });
    m_newAction->setObjectName(QStringLiteral("newAction"));
    m_newAction->setShortcut(QKeySequence::New);
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
    m_newAction->setText(tr("&New notice"));
    m_settingsAction->setText(tr("&Settings…"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_diagnosticsAction->setText(tr("Export &diagnostics…"));
    m_aboutAction->setText(tr("&About Allo Industrie console"));
    updateBand();
    m_connection->setText(tr("Local profile — no platform configured"));
}

MainWindow::~MainWindow()
{
    // Its last save reports to the status bar, which must still exist then.
    delete m_autosaver;
}

void MainWindow::resumeLastDraft()
{
    // A restart, even after a crash, opens the notice the officer was last working on.
    if (!m_store)
        return;
    DraftStore::Filter filter;
    filter.state = QStringLiteral("draft");
    filter.limit = 1;
    const QList<DraftStore::Summary> last = m_store->drafts().list(filter);
    if (last.isEmpty())
        return;
    if (const auto notice = m_store->drafts().load(last.first().id))
        m_editor->setNotice(*notice);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_autosaver && !m_autosaver->flush()) {
        const auto answer = QMessageBox::warning(
            this, tr("The draft could not be saved"),
            tr("The last changes to this notice could not be written to the profile. Close "
               "anyway and lose them?"),
            QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Close) {
            event->ignore();
            return;
        }
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::noticeChanged()
{
    const Notice &notice = m_editor->notice();
    if (m_autosaver)
        m_autosaver->changed(notice);
    m_previews->show(notice, ChannelRenderer::context(notice, m_clock.now()));
    updateBand();
}

void MainWindow::updateBand()
{
    // Exercise and test notices put a coloured band across the window, so nobody mistakes them.
    const QString status = m_editor->notice().status();
    if (status == QLatin1String("exercise")) {
        m_band->setText(tr("EXERCISE — this notice will be published as an exercise"));
        m_band->setStyleSheet(QStringLiteral("background:#e67e00;color:white;font-weight:bold"));
    } else if (status == QLatin1String("test")) {
        m_band->setText(tr("TEST — this notice will be published as a test"));
        m_band->setStyleSheet(QStringLiteral("background:#6a1b9a;color:white;font-weight:bold"));
    }
    m_band->setVisible(status == QLatin1String("exercise") || status == QLatin1String("test"));
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
