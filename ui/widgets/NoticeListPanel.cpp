#include "NoticeListPanel.h"

#include "Store.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTabBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

// The row's state as the outbox names it; std::nullopt for a notice's own (draft, ended…).
std::optional<Outbox::State> operationState(const QModelIndex &index)
{
    return Outbox::stateFromName(index.data(NoticeListModel::StateRole).toString());
}

// The outbox's own rule, so the button never offers what retry() refuses.
bool canRetry(const QModelIndex &index)
{
    const std::optional<Outbox::State> state = operationState(index);
    return state && Outbox::canRetry(*state);
}

} // namespace

NoticeListPanel::NoticeListPanel(Store &store, const QString &user, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_user(user)
{
    setObjectName(QStringLiteral("noticeListPanel"));
    m_model = new NoticeListModel(store, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(NoticeListModel::SectionRole);

    m_sections = new QTabBar(this);
    m_sections->setObjectName(QStringLiteral("noticeSections"));
    m_sections->setExpanding(true);
    m_sections->setDrawBase(false);
    // All three sections stay in sight and whole ("Brou… / À en…" told nothing): the panel is
    // never narrower than their names.
    m_sections->setUsesScrollButtons(false);
    m_sections->setElideMode(Qt::ElideNone);
    m_sections->setStyleSheet(QStringLiteral("QTabBar::tab { padding: 4px 6px; }"));
    for (int i = 0; i < 3; ++i)
        m_sections->addTab(QString());

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("noticeSearch"));
    m_search->setClearButtonEnabled(true);
    // Search as the user types, but not a query per keystroke.
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(200);
    connect(m_search, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(&m_searchDelay, &QTimer::timeout, this,
            [this] { m_model->setSearch(m_search->text().trimmed()); });

    // A one-column tree rather than a list: its column follows the panel's width, so long
    // titles and reasons are elided (in full in the tooltip) instead of scrolling sideways.
    m_list = new QTreeView(this);
    m_list->setObjectName(QStringLiteral("noticeList"));
    m_list->setModel(m_proxy);
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(false);
    m_list->setIconSize(QSize(24, 24));
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setTextElideMode(Qt::ElideRight);

    m_retry = new QPushButton(this);
    m_retry->setObjectName(QStringLiteral("retryNow"));
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("removeFromOutbox"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("noticeListMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sections);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    setTabOrder(m_sections, m_search);
    setTabOrder(m_search, m_list);
    setTabOrder(m_list, m_retry);
    setTabOrder(m_retry, m_remove);

    // Shortcuts that work anywhere in the panel, not in the composer beside it.
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    auto *remove = new QShortcut(QKeySequence::Delete, m_list);
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &NoticeListPanel::removeCurrent);
    auto *retry = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), this);
    retry->setContext(Qt::WidgetWithChildrenShortcut);
    connect(retry, &QShortcut::activated, this, &NoticeListPanel::retryCurrent);

    connect(m_sections, &QTabBar::currentChanged, this, [this](int index) {
        m_proxy->setFilterRegularExpression(QStringLiteral("^%1$").arg(index));
        m_message->hide();
        updateActions();
    });
    // One click opens a row as Enter does (then End and Cancel apply to it), not a double one.
    const auto open = [this](const QModelIndex &index) {
        emit noticeOpened(index.data(NoticeListModel::NoticeIdRole).toString());
    };
    connect(m_list, &QTreeView::activated, this, open);
    connect(m_list, &QTreeView::clicked, this, open);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &NoticeListPanel::updateActions);
    connect(m_retry, &QPushButton::clicked, this, &NoticeListPanel::retryCurrent);
    connect(m_remove, &QPushButton::clicked, this, &NoticeListPanel::removeCurrent);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &NoticeListPanel::updateCounts);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &NoticeListPanel::updateCounts);
    connect(m_model, &QAbstractItemModel::modelReset, this, &NoticeListPanel::updateCounts);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        updateCounts();
        updateActions();
    });

    m_proxy->setFilterRegularExpression(QStringLiteral("^0$"));
    retranslate();
}

void NoticeListPanel::showSection(NoticeListModel::Section section)
{
    m_sections->setCurrentIndex(int(section));
}

NoticeListModel::Section NoticeListPanel::section() const
{
    return NoticeListModel::Section(m_sections->currentIndex());
}

QString NoticeListPanel::currentNoticeId() const
{
    return currentSourceIndex().data(NoticeListModel::NoticeIdRole).toString();
}

bool NoticeListPanel::selectNotice(const QString &noticeId)
{
    const QModelIndex source = m_model->indexOf(noticeId);
    if (!source.isValid())
        return false;
    showSection(NoticeListModel::Section(source.data(NoticeListModel::SectionRole).toInt()));
    m_list->setCurrentIndex(m_proxy->mapFromSource(source));
    return true;
}

QString NoticeListPanel::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QModelIndex NoticeListPanel::currentSourceIndex() const
{
    return m_proxy->mapToSource(m_list->currentIndex());
}

void NoticeListPanel::retryCurrent()
{
    const QModelIndex index = currentSourceIndex();
    const QString operation = index.data(NoticeListModel::OperationIdRole).toString();
    if (operation.isEmpty() || !canRetry(index))
        return;
    if (operationState(index) == Outbox::State::NeedsSignIn) {
        emit signInRequested();
        return;
    }
    const Outbox::Refusal refusal = m_store.outbox().retry(operation, m_user);
    m_model->refresh();
    if (refusal != Outbox::Refusal::None) {
        showRefusal(refusal, operation);
        return;
    }
    showMessage(tr("Queued again: it is sent as soon as the platform answers."), false);
    emit retryRequested(operation);
}

void NoticeListPanel::removeCurrent()
{
    const QModelIndex index = currentSourceIndex();
    // The newest waiting operation: removing the first would be refused while others wait.
    const QString operation = index.data(NoticeListModel::LastOperationIdRole).toString();
    if (operation.isEmpty())
        return;
    const Outbox::Refusal refusal = m_store.outbox().remove(operation, m_user);
    m_model->refresh();
    if (refusal != Outbox::Refusal::None) {
        showRefusal(refusal, operation);
        return;
    }
    showMessage(tr("Taken out of the outbox. The notice is kept: find it in the drafts, or in "
                   "the history if it was already published."),
                false);
}

void NoticeListPanel::showRefusal(Outbox::Refusal refusal, const QString &operation)
{
    const auto op = m_store.outbox().find(operation);
    QString text = Outbox::explain(refusal, operation, op ? op->attemptedBy : QString());
    // The database's own sentence says what to do (disk full, file read-only…).
    if (refusal == Outbox::Refusal::Storage)
        text += QLatin1Char(' ') + m_store.drafts().lastError();
    showMessage(text, true);
}

void NoticeListPanel::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b00020") : QString());
    m_message->setAccessibleName(problem ? tr("Problem") : tr("Result"));
    m_message->show();
}

void NoticeListPanel::updateCounts()
{
    static const char *const names[] = {QT_TR_NOOP("D&rafts (%1)"), QT_TR_NOOP("Out&box (%1)"),
                                        QT_TR_NOOP("Hist&ory (%1)")};
    for (int i = 0; i < 3; ++i) {
        const int count = m_model->count(NoticeListModel::Section(i));
        m_sections->setTabText(i, tr(names[i]).arg(count));
    }
    // A problem waiting in the outbox shows on its tab even when another tab is open.
    bool trouble = false;
    for (int row = 0; row < m_model->rowCount(); ++row)
        trouble = trouble || canRetry(m_model->index(row));
    m_sections->setTabIcon(
        1,
        trouble ? NoticeListModel::stateIcon(Outbox::stateName(Outbox::State::Failed)) : QIcon());
}

void NoticeListPanel::updateActions()
{
    const QModelIndex index = currentSourceIndex();
    m_retry->setEnabled(index.isValid() && canRetry(index) &&
                        !index.data(NoticeListModel::OperationIdRole).toString().isEmpty());
    // The button says what it will do.
    if (operationState(index) == Outbox::State::NeedsSignIn) {
        m_retry->setText(tr("Sign in…"));
        m_retry->setToolTip(tr("Sign in to the platform; the outbox then sends by itself "
                               "(Ctrl+Shift+R)"));
        m_retry->setAccessibleName(tr("Sign in"));
    } else {
        m_retry->setText(tr("Retry now"));
        m_retry->setToolTip(tr("Send this operation again at once (Ctrl+Shift+R)"));
        m_retry->setAccessibleName(tr("Retry now"));
    }
    m_remove->setEnabled(index.isValid() &&
                         !index.data(NoticeListModel::LastOperationIdRole).toString().isEmpty());
    m_retry->setVisible(section() == NoticeListModel::Section::Outbox);
    m_remove->setVisible(section() == NoticeListModel::Section::Outbox);
}

void NoticeListPanel::retranslate()
{
    m_sections->setAccessibleName(tr("Notices: drafts, outbox, history"));
    m_search->setPlaceholderText(tr("Search text, company, site, commune (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search notices"));
    m_list->setAccessibleName(tr("Notices"));
    m_remove->setText(tr("Remove from outbox"));
    m_remove->setToolTip(tr("Take the waiting operation out of the outbox; the notice is kept "
                            "(Delete)"));
    m_remove->setAccessibleName(tr("Remove from outbox"));
    updateCounts();
    updateActions();
}

void NoticeListPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
