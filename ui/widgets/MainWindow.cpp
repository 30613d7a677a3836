#include "MainWindow.h"

#include "BoldText.h"
#include "ChannelOverrides.h"
#include "ChannelRenderer.h"
#include "ConnectionIndicator.h"
#include "ConsolePlatform.h"
#include "DesktopNotifier.h"
#include "Diagnostics.h"
#include "DraftAutosaver.h"
#include "HotlineVoice.h"
#include "IssuerDecisions.h"
#include "LiveReminder.h"
#include "LocalUser.h"
#include "Localization.h"
#include "NoticeActions.h"
#include "NoticeEditor.h"
#include "NoticeListPanel.h"
#include "PreviewPanel.h"
#include "PublicationRules.h"
#include "ReviewWorkspace.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "SignInDialog.h"
#include "SpokenHotline.h"
#include "StatusBand.h"
#include "Store.h"
#include "TerritoryCatalog.h"
#include "Version.h"
#include "Vocabulary.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QJsonObject>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QResizeEvent>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTimeZone>
#include <QVBoxLayout>

MainWindow::MainWindow(Settings &settings, const Clock &clock, Store &store, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_clock(clock)
    , m_store(store)
{
    setObjectName(QStringLiteral("mainWindow"));
    // Made in the order they show from left to right, which is the order Tab follows.
    m_list = new NoticeListPanel(m_store, LocalUser::name(), this);
    m_editor = new NoticeEditor(m_clock, this);
    m_previews = new PreviewPanel(this);
    m_previews->setObjectName(QStringLiteral("previews"));
    // The hotline's real duration, once typing pauses: the previews and marks are judged again.
    // Listen plays the audio it made.
    m_spoken = new SpokenHotline(this);
    m_previews->setVoice(m_spoken);
    connect(m_spoken, &SpokenHotline::said, this, [this] {
        m_previews->show(m_editor->notice(), previewContext(m_editor->notice()));
        markChannels();
    });
    m_band = new StatusBand(this);
    m_band->setObjectName(QStringLiteral("statusBand"));
    m_trainingBand = new QLabel(this);
    m_trainingBand->setObjectName(QStringLiteral("trainingBand"));
    m_trainingBand->setAlignment(Qt::AlignCenter);
    m_trainingBand->setMargin(6);
    m_trainingBand->setStyleSheet(QStringLiteral("background:#00695c;color:white"));
    BoldText::apply(m_trainingBand);
    m_trainingBand->hide();
    m_decisionBand = new QLabel(this);
    m_decisionBand->setObjectName(QStringLiteral("decisionBand"));
    m_decisionBand->setWordWrap(true);
    m_decisionBand->setTextFormat(Qt::PlainText);
    m_decisionBand->setMargin(6);
    m_decisionBand->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                            Qt::TextSelectableByKeyboard);
    m_decisionBand->hide();
    m_closedBand = new QLabel(this);
    m_closedBand->setObjectName(QStringLiteral("closedBand"));
    m_closedBand->setWordWrap(true);
    m_closedBand->setTextFormat(Qt::PlainText);
    m_closedBand->setMargin(6);
    m_closedBand->setStyleSheet(QStringLiteral("background:#e0e0e0;color:#202020"));
    BoldText::apply(m_closedBand);
    m_closedBand->hide();
    auto *editorScroll = new QScrollArea(this);
    editorScroll->setWidget(m_editor);
    editorScroll->setWidgetResizable(true);
    // Not a stop of its own: Tab goes through its fields, and it scrolls to each one.
    editorScroll->setFocusPolicy(Qt::NoFocus);
    m_panes = new QSplitter(this);
    m_panes->setObjectName(QStringLiteral("panes"));
    m_panes->addWidget(m_list);
    m_actions = new NoticeActions(this, m_store, *m_editor);
    connect(m_list, &NoticeListPanel::noticeOpened, this, &MainWindow::openNotice);
    connect(m_actions, &NoticeActions::queued, this, &MainWindow::queued);
    connect(m_actions, &NoticeActions::problem, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Allo Industrie console"), message);
    });
    m_panes->addWidget(editorScroll);
    m_panes->addWidget(m_previews);
    m_panes->setChildrenCollapsible(false);
    // A wider or narrower window changes the composer; the list and the previews keep theirs.
    m_panes->setStretchFactor(0, 0);
    m_panes->setStretchFactor(1, 1);
    m_panes->setStretchFactor(2, 0);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_trainingBand);
    layout->addWidget(m_band);
    layout->addWidget(m_decisionBand);
    layout->addWidget(m_closedBand);
    // Coordinators also review; the tabs show only when there is more than composing.
    m_workspaces = new QTabWidget(this);
    m_workspaces->setObjectName(QStringLiteral("workspaces"));
    m_workspaces->setDocumentMode(true);
    m_workspaces->addTab(m_panes, QString());
    m_workspaces->tabBar()->hide();
    layout->addWidget(m_workspaces, 1);
    setCentralWidget(central);
    connect(m_editor, &NoticeEditor::noticeChanged, this, &MainWindow::noticeChanged);
    // The per-channel texts follow the previews' language, and say what is over only in the other.
    connect(m_previews, &PreviewPanel::languageChanged, this, &MainWindow::markChannels);
    connect(m_previews, &PreviewPanel::tabsOutgrown, this, &MainWindow::fitPanes);
    // Ctrl+1…6 show the previews, in the order of their tabs.
    for (int i = 0; i < 6; ++i) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this);
        connect(shortcut, &QShortcut::activated, this, [this, i] { m_previews->showChannel(i); });
    }
    // Ctrl+Tab and Ctrl+Shift+Tab go to the other workspace wherever the keyboard is in the
    // window: the lists, the queue and the previews are tab widgets of their own that would
    // take the keys. No text field needs them: every one lets Tab move the focus.
    for (const QKeyCombination keys :
         {Qt::CTRL | Qt::Key_Tab, Qt::CTRL | Qt::SHIFT | Qt::Key_Tab}) {
        auto *shortcut = new QShortcut(QKeySequence(keys), this);
        shortcut->setEnabled(false);
        const int step = keys.keyboardModifiers() & Qt::ShiftModifier ? -1 : 1;
        connect(shortcut, &QShortcut::activated, this, [this, step] {
            const int count = m_workspaces->count();
            int next = m_workspaces->currentIndex();
            do
                next = (next + step + count) % count;
            while (!m_workspaces->isTabVisible(next));
            m_workspaces->setCurrentIndex(next);
        });
        m_workspaceKeys.append(shortcut);
    }
    m_autosave = new QLabel(this);
    m_autosave->setObjectName(QStringLiteral("autosaveState"));
    statusBar()->addPermanentWidget(m_autosave);
    m_connection = new ConnectionIndicator(this);
    statusBar()->addPermanentWidget(m_connection);
    m_notifier = new DesktopNotifier(this);
    m_autosaver = new DraftAutosaver(m_store.drafts(), LocalUser::name(), this);
    connect(m_autosaver, &DraftAutosaver::saved, this, [this](const QString &, int version) {
        // The program's clock (--now too), in the territory's time zone like every time shown.
        const QTimeZone zone =
            TerritoryCatalog::builtIn().find(m_editor->notice().territory()).timeZone;
        const QDateTime now = zone.isValid() ? m_clock.now().toTimeZone(zone) : m_clock.now();
        m_autosave->setText(tr("Draft saved at %1 (version %2)")
                                .arg(now.toString(QStringLiteral("HH:mm:ss")))
                                .arg(version));
    });
    connect(m_autosaver, &DraftAutosaver::saveFailed, this, [this](const QString &message) {
        m_autosave->setText(tr("Draft NOT saved: %1").arg(message));
    });
    // Leaving a field writes at once, not a second later.
    connect(qApp, &QApplication::focusChanged, m_autosaver, &DraftAutosaver::flush);
    connect(m_autosaver, &DraftAutosaver::saved, &m_list->model(),
            &NoticeListModel::scheduleRefresh);
    m_reminder = new LiveReminder(m_store.drafts(), m_clock, this);
    m_reminder->setIntervalHours(m_settings.value(Settings::Key::ReminderHours).toInt());
    connect(m_reminder, &LiveReminder::reminder, this, &MainWindow::remindLive);
    createMenus();
    applyTextSize();
    retranslate();
    if (!resumeLastDraft())
        noticeChanged(); // the editor's first notice came before this window listened
    // Within the screen, status bar included, on a small one too; room left for the frame.
    resize(QSize(1280, 800).boundedTo(screen()->availableGeometry().size() - QSize(16, 48)));
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_newAction = m_fileMenu->addAction(QString(), this, [this] {
        m_editor->startNew(m_editor->notice().type());
        // Wherever the focus was (a menu, the list), the keyboard goes on in the new notice.
        m_editor->focusFirstField();
    });
    m_newAction->setObjectName(QStringLiteral("newAction"));
    m_newAction->setShortcut(QKeySequence::New);
    m_settingsAction = m_fileMenu->addAction(QString(), this, &MainWindow::showSettings);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    // Not QKeySequence::Preferences: it is empty on most Linux desktops.
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_signInAction = m_fileMenu->addAction(QString(), this, &MainWindow::showSignIn);
    m_signInAction->setObjectName(QStringLiteral("signInAction"));
    m_signInAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_signOutAction = m_fileMenu->addAction(QString(), this, [this] {
        if (m_platform)
            m_platform->session().signOut();
    });
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    m_signOutAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_fileMenu->addSeparator();
    m_exportAudioAction = m_fileMenu->addAction(QString(), this, &MainWindow::exportHotlineAudio);
    m_exportAudioAction->setObjectName(QStringLiteral("exportHotlineAudioAction"));
    m_exportAudioAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

    m_editMenu = menuBar()->addMenu(QString());
    m_undoAction = m_editMenu->addAction(QString(), m_editor, &NoticeEditor::undo);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_editMenu->addAction(QString(), m_editor, &NoticeEditor::redo);
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    connect(m_editor, &NoticeEditor::undoStateChanged, this, [this] {
        m_undoAction->setEnabled(m_editor->canUndo());
        m_redoAction->setEnabled(m_editor->canRedo());
    });
    m_undoAction->setEnabled(m_editor->canUndo());
    m_redoAction->setEnabled(m_editor->canRedo());

    m_noticeMenu = menuBar()->addMenu(QString());
    m_sendAction = m_noticeMenu->addAction(QString(), this, [this] {
        if (m_actions)
            m_actions->send(previewContext(m_editor->notice()));
    });
    m_sendAction->setObjectName(QStringLiteral("sendAction"));
    m_sendAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_endAction = m_noticeMenu->addAction(QString(), this,
                                          [this] { m_actions->endNow(m_editor->notice().id()); });
    m_endAction->setObjectName(QStringLiteral("endAction"));
    m_endAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_cancelAction = m_noticeMenu->addAction(
        QString(), this, [this] { m_actions->cancel(m_editor->notice().id()); });
    m_cancelAction->setObjectName(QStringLiteral("cancelAction"));
    m_cancelAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    m_noticeMenu->addSeparator();
    m_refreshAction = m_noticeMenu->addAction(QString(), this, [this] {
        if (m_decisions)
            m_decisions->refresh();
    });
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setEnabled(false);

    m_viewMenu = menuBar()->addMenu(QString());
    m_largerTextAction = m_viewMenu->addAction(QString());
    m_largerTextAction->setObjectName(QStringLiteral("largerTextAction"));
    m_largerTextAction->setCheckable(true);
    m_largerTextAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Plus));
    m_largerTextAction->setChecked(m_settings.value(Settings::Key::LargerText).toBool());
    m_largerTextAction->setEnabled(!m_settings.isLocked(Settings::Key::LargerText));
    connect(m_largerTextAction, &QAction::toggled, this, [this](bool on) {
        m_settings.setValue(Settings::Key::LargerText, on);
        applyTextSize();
    });
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languages = new QActionGroup(this);
    // Each language is named in itself, so it can be found whatever the current one is.
    const QList<std::tuple<QString, QString, Qt::Key>> names = {
        {QStringLiteral("fr"), QStringLiteral("Français"), Qt::Key_F},
        {QStringLiteral("en"), QStringLiteral("English"), Qt::Key_N}};
    for (const auto &[code, name, key] : names) {
        QAction *action = m_languageMenu->addAction(name);
        action->setObjectName(QLatin1String("language_") + code);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | key));
        action->setCheckable(true);
        action->setChecked(code == Localization::current());
        m_languages->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, language = code] { switchLanguage(language); });
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_diagnosticsAction = m_helpMenu->addAction(QString(), this, &MainWindow::exportDiagnostics);
    m_diagnosticsAction->setObjectName(QStringLiteral("diagnosticsAction"));
    m_diagnosticsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setShortcut(QKeySequence(Qt::Key_F1));
}

void MainWindow::showShortcutsInToolTips()
{
    // The menus show each action's keys beside it; a tooltip says them too, wherever it shows.
    for (const QMenu *menu : menuBar()->findChildren<QMenu *>()) {
        for (QAction *action : menu->actions()) {
            if (action->menu() || action->isSeparator() || action->shortcut().isEmpty())
                continue;
            action->setToolTip(QStringLiteral("%1 (%2)").arg(
                QString(action->text()).remove(QLatin1Char('&')).remove(QStringLiteral("…")),
                action->shortcut().toString(QKeySequence::NativeText)));
        }
    }
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Allo Industrie — Publishing console"));
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New notice"));
    m_settingsAction->setText(tr("&Settings…"));
    m_quitAction->setText(tr("&Quit"));
    m_signInAction->setText(tr("Sign &in…"));
    m_signOutAction->setText(tr("Sign &out"));
    m_exportAudioAction->setText(tr("Export the hotline &audio…"));
    updateAccount();
    m_noticeMenu->setTitle(tr("&Notice"));
    m_endAction->setText(tr("&End now…"));
    m_cancelAction->setText(tr("&Cancel the notice…"));
    m_refreshAction->setText(tr("Refresh from the &platform"));
    updateNoticeActions();
    m_editMenu->setTitle(tr("&Edit"));
    m_undoAction->setText(tr("&Undo"));
    m_redoAction->setText(tr("&Redo"));
    m_viewMenu->setTitle(tr("&View"));
    m_largerTextAction->setText(tr("Larger &text"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help", "menu"));
    m_diagnosticsAction->setText(tr("Export &diagnostics…"));
    m_aboutAction->setText(tr("&About Allo Industrie console"));
    updateBand();
    m_trainingBand->setText(
        tr("TRAINING — nothing is published: this console sends to the training sandbox"));
    showShortcutsInToolTips();
}

void MainWindow::attachPlatform(ConsolePlatform &platform)
{
    m_platform = &platform;
    m_trainingBand->setVisible(platform.isTraining());
    m_connection->setTraining(platform.isTraining());
    OutboxSender &sender = platform.sender();
    if (!platform.connection().address().url().isEmpty())
        m_connection->setState(sender.connection(), sender.connectionDetail());
    connect(&sender, &OutboxSender::connectionChanged, m_connection,
            &ConnectionIndicator::setState);
    connect(&platform, &ConsolePlatform::accountChanged, this, &MainWindow::accountChanged);
    connect(&platform.session(), &Session::stateChanged, this, &MainWindow::updateAccount);
    connect(&platform.session(), &Session::keychainUnavailable, this, [this](const QString &why) {
        // Said once, without blocking the window: the officer may be in the middle of a send.
        // The session's sentence already says what is kept and why; wrapping it said it twice.
        auto *box =
            new QMessageBox(QMessageBox::Warning, tr("No keychain"), why, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    m_review = new ReviewWorkspace(m_store, platform.connection(), platform.session(), &sender,
                                   m_clock, this);
    m_workspaces->addTab(m_review, QString());
    // A coordinator starts where the work is: the queue, its first submission selected, when
    // submissions wait at the first look after signing in and nothing was typed meanwhile.
    connect(&m_review->queue(), &ReviewQueue::updated, this, [this] {
        if (m_landed || !m_workspaces->isTabVisible(1))
            return;
        m_landed = true;
        if (m_review->queueModel().rowCount() == 0 || m_editor->isTouched())
            return;
        m_workspaces->setCurrentWidget(m_review);
        m_review->focusQueue();
    });
    connect(m_review, &ReviewWorkspace::newSubmissions, this, [this](int count, int incidents) {
        const QString message =
            incidents > 0
                ? tr("%n incident(s) published at once await your review.", nullptr, incidents)
                : tr("%n new submission(s) await your review.", nullptr, count);
        statusBar()->showMessage(message, 10000);
        m_notifier->notify(tr("Review queue"), message, incidents > 0);
    });
    connect(m_review, &ReviewWorkspace::operationSettled, this,
            [this](const QString &, const QString &message) {
                statusBar()->showMessage(message, 10000);
            });
    m_actions->setPlatform(&platform);
    connect(&sender, &OutboxSender::operationChanged, this, &MainWindow::operationChanged);
    connect(m_list, &NoticeListPanel::retryRequested, &sender, &OutboxSender::sendNow);
    connect(m_list, &NoticeListPanel::signInRequested, this, [this] {
        // Disabled in training, where the console signs in to the sandbox by itself.
        if (m_signInAction->isEnabled())
            m_signInAction->trigger();
        else
            statusBar()->showMessage(
                tr("Signing in is not possible here: in training the console signs in to "
                   "the sandbox by itself; restart it to sign in again."),
                10000);
    });
    // Where the profile's notices stand on the platform, and the CCI's decisions on them.
    m_decisions = new IssuerDecisions(platform.connection(), &platform.session(), &m_store, this);
    connect(m_decisions, &IssuerDecisions::updated, this, [this] {
        m_list->model().scheduleRefresh();
        updateDecisionBand();
    });
    connect(m_decisions, &IssuerDecisions::decided, this, &MainWindow::decisionReached);
    connect(m_decisions, &IssuerDecisions::refreshFailed, this, [this](const QString &error) {
        statusBar()->showMessage(
            tr("Where the notices stand on the platform could not be refreshed: %1").arg(error),
            10000);
    });
    // A decision raises the notice's version: the next update must be based on it.
    connect(&sender, &OutboxSender::operationChanged, m_decisions, [this](const QString &id) {
        const auto op = m_store.outbox().find(id);
        if (op && op->state == Outbox::State::Sent)
            m_decisions->refresh();
    });
    const auto follow = [this](Session::State state) {
        const bool signedIn = state == Session::State::SignedIn;
        m_refreshAction->setEnabled(signedIn);
        if (signedIn)
            m_decisions->start();
        else
            m_decisions->stop();
    };
    connect(&platform.session(), &Session::stateChanged, m_decisions, follow);
    follow(platform.session().state());
    accountChanged();
    updateAccount();
}

void MainWindow::decisionReached(const QString &noticeId, const PlatformStanding &standing)
{
    const auto summary = m_store.drafts().summary(noticeId);
    const QString what =
        summary ? QStringLiteral("%1 — %2").arg(summary->site, Vocabulary::typeLabel(summary->type))
                : noticeId;
    const bool toActOn = standing.state == QLatin1String("changes_requested") ||
                         standing.state == QLatin1String("rejected");
    m_notifier->notify(tr("Decision of the CCI"), what + QLatin1Char('\n') + standing.describe(),
                       toActOn);
    statusBar()->showMessage(what + QLatin1String(" — ") + standing.describe(), 15000);
    m_list->model().refresh();
    updateDecisionBand();
}

void MainWindow::updateDecisionBand()
{
    m_decisionFor = m_editor->notice().id();
    const auto summary = m_store.drafts().summary(m_decisionFor);
    const std::optional<PlatformStanding> standing = summary ? summary->platform : std::nullopt;
    const bool toActOn = standing && standing->decidedOnLatest() &&
                         (standing->state == QLatin1String("changes_requested") ||
                          standing->state == QLatin1String("rejected"));
    if (!toActOn) {
        m_decisionBand->hide();
        return;
    }
    const bool rejected = standing->state == QLatin1String("rejected");
    m_decisionBand->setText(standing->describe() + QLatin1Char(' ') +
                            (rejected ? tr("It will not be published; write a new notice if the "
                                           "event still needs one.")
                                      : tr("Revise the notice below and send the update.")));
    m_decisionBand->setStyleSheet(rejected ? QStringLiteral("background:#fde2e4;color:#7f0017")
                                           : QStringLiteral("background:#fde0c8;color:#7a2e0a"));
    m_decisionBand->setAccessibleName(m_decisionBand->text());
    m_decisionBand->show();
}

void MainWindow::updateAccount()
{
    const Session *session = m_platform ? &m_platform->session() : nullptr;
    const bool signedIn = session && session->state() == Session::State::SignedIn;
    m_signInAction->setEnabled(m_platform != nullptr && !m_platform->isTraining());
    m_signOutAction->setEnabled(signedIn && !m_platform->isTraining());
    const QString role = signedIn ? session->account().role : QString();
    const bool reviews = role == QLatin1String("coordinator") || role == QLatin1String("admin");
    m_workspaces->setTabText(0, tr("Co&mpose"));
    if (m_review) {
        m_workspaces->setTabText(1, tr("Revie&w and live notices"));
        m_workspaces->setTabVisible(1, reviews);
    }
    m_workspaces->tabBar()->setVisible(reviews);
    for (QShortcut *keys : std::as_const(m_workspaceKeys))
        keys->setEnabled(reviews);
    m_connection->setAccount(signedIn ? session->account().username : QString());
}

void MainWindow::showSignIn()
{
    if (!m_platform)
        return;
    SignInDialog dialog(m_settings, m_platform->connection(), m_platform->session(), this);
    dialog.exec();
}

void MainWindow::updateNoticeActions()
{
    // Sending an update, ending and cancelling are for a notice the platform already has.
    const auto summary = m_store.drafts().summary(m_editor->notice().id());
    const bool onPlatform = summary && summary->platformRevision.has_value();
    const bool closed = summary && (summary->state == NoticeState::Ended ||
                                    summary->state == NoticeState::Cancelled);
    m_sendAction->setEnabled(!closed);
    m_sendAction->setText(onPlatform ? tr("&Send the update…") : tr("&Send…"));
    m_endAction->setEnabled(onPlatform && !closed);
    m_cancelAction->setEnabled(onPlatform && !closed);
    // What has left every channel is kept as it went out: read, not written over.
    m_editor->setReadOnly(closed);
    m_closedBand->setVisible(closed);
    if (closed) {
        const QTimeZone zone = TerritoryCatalog::builtIn().find(summary->territory).timeZone;
        const QDateTime at =
            zone.isValid() ? summary->updatedAt.toTimeZone(zone) : summary->updatedAt.toLocalTime();
        const QString date = at.toString(QStringLiteral("dd/MM/yyyy"));
        const QString time = at.toString(QStringLiteral("HH:mm"));
        m_closedBand->setText(summary->state == NoticeState::Ended
                                  ? tr("Notice ended on %1 at %2: read only.").arg(date, time)
                                  : tr("Notice cancelled on %1 at %2: read only.").arg(date, time));
        m_closedBand->setAccessibleName(m_closedBand->text());
    }
    showShortcutsInToolTips();
}

void MainWindow::openNotice(const QString &noticeId)
{
    m_autosaver->flush();
    const auto notice = m_store.drafts().load(noticeId);
    if (!notice)
        return;
    m_editor->setNotice(*notice);
    updateNoticeActions();
    updateDecisionBand();
    const QString state = m_list->model()
                              .data(m_list->model().indexOf(noticeId), NoticeListModel::StateRole)
                              .toString();
    if (Outbox::stateFromName(state) == Outbox::State::Conflict) {
        const QString operation =
            m_list->model()
                .data(m_list->model().indexOf(noticeId), NoticeListModel::OperationIdRole)
                .toString();
        m_actions->resolveConflict(noticeId, operation);
    }
}

void MainWindow::queued(const QString &noticeId, const QString &message)
{
    m_list->model().refresh();
    m_list->selectNotice(noticeId);
    m_list->showMessage(message, false);
    // A new notice starts once the last one is on its way; an update keeps the notice open.
    const auto summary = m_store.drafts().summary(noticeId);
    if (noticeId == m_editor->notice().id() && summary && !summary->platformRevision) {
        m_editor->startNew(m_editor->notice().type());
        // The keyboard goes on in the new notice, not on the closed confirmation's leftovers.
        m_editor->focusFirstField();
    }
    updateNoticeActions();
}

void MainWindow::operationChanged(const QString &operationId)
{
    m_list->model().scheduleRefresh();
    const auto op = m_store.outbox().find(operationId);
    if (!op)
        return;
    const auto summary = m_store.drafts().summary(op->noticeId);
    const QString what =
        summary ? QStringLiteral("%1 — %2").arg(summary->site, summary->commune) : op->noticeId;
    if (op->state == Outbox::State::Sent)
        m_notifier->notify(tr("Notice sent"), what, false);
    else if (op->state == Outbox::State::Failed)
        m_notifier->notify(tr("Notice refused by the platform"),
                           what + QLatin1Char('\n') + op->failureReason, true);
    else if (op->state == Outbox::State::Conflict)
        m_notifier->notify(tr("Notice in conflict"),
                           what + QLatin1Char('\n') +
                               tr("It changed on the platform; open it to choose a version."),
                           true);
    if (op->noticeId == m_editor->notice().id())
        updateNoticeActions();
}

void MainWindow::accountChanged()
{
    const Session::Account &account = m_platform->session().account();
    m_editor->setAccount(account.company, m_store.accountCache().sites());
}

void MainWindow::applyTextSize()
{
    // Scales every widget's text at once; the previews follow since they use the app font.
    static const qreal base = QApplication::font().pointSizeF();
    QFont font = QApplication::font();
    font.setPointSizeF(m_settings.value(Settings::Key::LargerText).toBool() ? base * 1.25 : base);
    QApplication::setFont(font);
    // Qt does not pass a new font down to a widget Qt styles with a style sheet (one of its own,
    // or one given to a child: the list panel, the bands, the effects) when its parent has none:
    // polished again it takes the new size, and one with no font of its own asks its parent.
    for (QWidget *w : QApplication::allWidgets()) {
        if (!w->testAttribute(Qt::WA_StyleSheet))
            continue;
        if (!w->testAttribute(Qt::WA_SetFont))
            w->setFont(QFont()); // no font of its own: the parent's
        w->style()->unpolish(w);
        w->style()->polish(w);
    }
    // The list's tabs and the composer's form are wider or narrower once laid out again.
    QMetaObject::invokeMethod(this, &MainWindow::fitPanes, Qt::QueuedConnection);
}

void MainWindow::remindLive(const QStringList &noticeIds)
{
    QStringList lines;
    for (const QString &id : noticeIds) {
        if (const auto summary = m_store.drafts().summary(id))
            lines.append(QStringLiteral("• %1 — %2")
                             .arg(summary->site, Vocabulary::typeLabel(summary->type)));
    }
    const QString message =
        tr("%n notice(s) published until further notice are still live. End them when the event "
           "is over.",
           nullptr, int(noticeIds.size()));
    statusBar()->showMessage(message);
    m_notifier->notify(tr("Still live"),
                       message + QLatin1Char('\n') + lines.join(QLatin1Char('\n')), false);
}

QString MainWindow::unsentWork()
{
    int waiting = 0;
    int stuck = 0;
    for (const Outbox::Operation &op : m_store.outbox().unsent()) {
        if (op.state == Outbox::State::Conflict || op.state == Outbox::State::Failed)
            ++stuck;
        else
            ++waiting;
    }
    QStringList said;
    if (waiting > 0)
        said.append(tr("%n operation(s) have not reached the platform yet. They are kept in the "
                       "outbox of this profile (%1) and will be sent the next time the console "
                       "starts and the platform can be reached.",
                       nullptr, waiting)
                        .arg(m_store.profile().dir()));
    if (stuck > 0)
        said.append(tr("%n operation(s) in conflict or refused by the platform wait for you in "
                       "the outbox; they are not sent again by themselves.",
                       nullptr, stuck));
    return said.join(QLatin1Char(' '));
}

MainWindow::~MainWindow()
{
    // Its last save reports to the status bar, which must still exist then.
    delete m_autosaver;
}

bool MainWindow::resumeLastDraft()
{
    // A restart, even after a crash, opens the notice the officer was last working on.
    DraftStore::Filter filter;
    filter.state = NoticeState::Draft;
    filter.limit = 1;
    const QList<DraftStore::Summary> last = m_store.drafts().list(filter);
    if (last.isEmpty())
        return false;
    const auto notice = m_store.drafts().load(last.first().id);
    if (notice)
        m_editor->setNotice(*notice);
    return notice.has_value();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_autosaver->flush() &&
        !confirmClose(QMessageBox::Warning, tr("The draft could not be saved"),
                      tr("The last changes to this notice could not be written to the profile. "
                         "Close anyway and lose them?"))) {
        event->ignore();
        return;
    }
    if (const QString waiting = unsentWork();
        !waiting.isEmpty() && isVisible() &&
        !confirmClose(QMessageBox::Question, tr("Unsent work"),
                      waiting + QLatin1String("\n\n") + tr("Close the console now?"))) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

bool MainWindow::confirmClose(QMessageBox::Icon icon, const QString &title, const QString &text)
{
    // "Annuler" beside a notice's "Annuler l'avis" said neither way: each button says what it
    // does, and Enter and Escape keep the console open.
    QMessageBox box(icon, title, text, QMessageBox::NoButton, this);
    QPushButton *close = box.addButton(tr("Close the console"), QMessageBox::DestructiveRole);
    QPushButton *keep = box.addButton(tr("Keep the console open"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    return box.clickedButton() == close;
}

void MainWindow::noticeChanged()
{
    const Notice &notice = m_editor->notice();
    // A new notice nobody has typed into is not a draft yet (no empty drafts pile up).
    if (m_editor->isTouched())
        m_autosaver->changed(notice);
    m_spoken->request(notice, ChannelRenderer::context(notice, m_clock.now()));
    m_previews->show(notice, previewContext(notice));
    markChannels();
    updateBand();
    if (notice.id() != m_decisionFor) {
        updateDecisionBand();
        updateNoticeActions(); // a new notice in the composer: its own actions, editable
    }
}

void MainWindow::markChannels()
{
    const Notice &notice = m_editor->notice();
    const RenderContext context = previewContext(notice);
    // The rule book's problems, in both languages: the other one is published too.
    QHash<QString, QStringList> languages; // channel → the languages it has a problem in
    const ValidationIssues problems = PublicationRules::check(notice, context);
    m_editor->setChannelIssues(problems);
    for (const ValidationIssue &problem : problems) {
        if (PublicationRules::isLength(problem))
            languages[PublicationRules::channelOf(problem)].append(
                PublicationRules::languageOf(problem));
    }
    QStringList overflowing = languages.keys();
    overflowing.sort();
    QHash<QString, QString> onlyIn; // a problem in the language not shown only: say which
    for (auto it = languages.cbegin(); it != languages.cend(); ++it) {
        if (!it.value().contains(m_previews->language()))
            onlyIn.insert(it.key(), it.value().constFirst());
    }
    m_editor->setOverflowing(overflowing, context, m_previews->language(), onlyIn);
}

RenderContext MainWindow::previewContext(const Notice &notice) const
{
    RenderContext context = ChannelRenderer::context(notice, m_clock.now());
    m_spoken->apply(context);
    return context;
}

void MainWindow::updateBand()
{
    // Exercise and test notices put a coloured band across the window, so nobody mistakes them.
    m_band->setStatus(m_editor->notice().status());
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        fitPanes();
}

void MainWindow::fitPanes()
{
    // The list as wide as its tabs' names. The composer keeps room to type in: its narrowest
    // form (each row just fits, the effects one a line) and 40 % more. The previews get what is
    // left, up to the width that shows every channel's tab (on a 1024-pixel screen they
    // scroll), and a wider window widens the composer.
    const int list = m_list->minimumSizeHint().width();
    auto *editorScroll = qobject_cast<QScrollArea *>(m_panes->widget(1));
    const int composer = m_editor->minimumSizeHint().width() * 7 / 5 +
                         editorScroll->verticalScrollBar()->sizeHint().width() +
                         2 * editorScroll->frameWidth();
    // The window's width: the splitter may not have its new one yet (nor any before it shows).
    const int room = width() - 2 * m_panes->handleWidth();
    const int previews = qMax(m_previews->minimumSizeHint().width(),
                              qMin(m_previews->sizeHint().width(), room - list - composer));
    m_panes->setSizes({list, room - list - previews, previews});
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
    // Everything else the dialog may have changed takes effect now, not at the next start.
    m_largerTextAction->setChecked(m_settings.value(Settings::Key::LargerText).toBool());
    applyTextSize();
    m_reminder->setIntervalHours(m_settings.value(Settings::Key::ReminderHours).toInt());
    if (m_platform)
        m_platform->sender().setBackoff(
            m_settings.value(Settings::Key::RetryBaseSeconds).toInt() * 1000,
            m_settings.value(Settings::Key::RetryCapSeconds).toInt() * 1000);
}

void MainWindow::exportHotlineAudio()
{
    const Notice notice = m_editor->notice();
    const QString language = m_previews->language();
    // A-law first: the file the phone line plays.
    const QString aLaw = tr("A-law WAV, as the phone line plays it (*.wav)");
    const QString pcm = tr("16-bit PCM WAV (*.wav)");
    QString filter = aLaw;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the hotline audio"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("hotline-%1.wav").arg(language)),
        aLaw + QStringLiteral(";;") + pcm, &filter);
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString problem = HotlineVoice::write(
        notice, ChannelRenderer::context(notice, m_clock.now()), language,
        filter == pcm ? TelephonyWav::Encoding::Pcm16 : TelephonyWav::Encoding::ALaw, path);
    QApplication::restoreOverrideCursor();
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, tr("Hotline audio not exported"), problem);
        return;
    }
    statusBar()->showMessage(tr("Hotline audio saved to %1.").arg(QDir::toNativeSeparators(path)));
}

void MainWindow::exportDiagnostics()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Choose where to save the diagnostics archive"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (folder.isEmpty())
        return;
    QJsonObject state{{QStringLiteral("connection"), m_connection->accessibleDescription()}};
    state.insert(QStringLiteral("outbox"), m_store.outbox().supportSummary());
    Diagnostics diagnostics(m_settings, m_clock, state);
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
