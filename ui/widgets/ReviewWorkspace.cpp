#include "ReviewWorkspace.h"

#include "Clock.h"
#include "DecisionDialog.h"
#include "LiveNowView.h"
#include "NoticeDetails.h"
#include "NoticeName.h"
#include "OutboxSender.h"
#include "PreviewPanel.h"
#include "PublicationPreview.h"
#include "RevisionDiff.h"
#include "RevisionDiffView.h"
#include "Session.h"
#include "Store.h"
#include "Vocabulary.h"
#include "WrappingColumns.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QString shownKey(const PlatformNotice &n)
{
    return n.id + QLatin1Char('/') + QString::number(n.revision) + QLatin1Char('/') +
           n.updatedAt.toString(Qt::ISODate);
}

} // namespace

ReviewWorkspace::ReviewWorkspace(Store &store, PlatformConnection &connection, Session &session,
                                 OutboxSender *sender, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_connection(connection)
    , m_session(session)
    , m_sender(sender)
    , m_clock(clock)
    , m_queue(connection, &session)
    , m_actions(store)
{
    setObjectName(QStringLiteral("reviewWorkspace"));
    setAccessibleName(tr("Review workspace"));
    m_proxy.setSourceModel(&m_queueModel);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("reviewTabs"));
    m_tabs->setAccessibleName(tr("Review queue and live notices"));
    m_tabs->addTab(buildQueuePage(), tr("&Queue"));
    m_live = new LiveNowView(m_liveModel, this);
    m_tabs->addTab(m_live, tr("&Live now"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reviewStatus"));
    m_status->setAccessibleName(tr("Review status"));
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);

    const auto key = [this](QKeySequence sequence, auto slot) {
        auto *shortcut = new QShortcut(sequence, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    key(QKeySequence(Qt::Key_A), [this] { decide(ReviewActions::Decision::Approve); });
    key(QKeySequence(Qt::Key_C), [this] { decide(ReviewActions::Decision::RequestChanges); });
    key(QKeySequence(Qt::Key_R), [this] { decide(ReviewActions::Decision::Reject); });
    key(QKeySequence(QKeySequence::Refresh), [this] { refresh(); });

    connect(&m_queue, &ReviewQueue::updated, this, &ReviewWorkspace::onQueueUpdated);
    connect(&m_queue, &ReviewQueue::newSubmissions, this, &ReviewWorkspace::newSubmissions);
    connect(&m_queue, &ReviewQueue::refreshFailed, this, [this](const QString &error) {
        setStatus(tr("The queue could not be refreshed: %1 It is tried again every 15 "
                     "seconds; what is shown may be out of date.")
                      .arg(error));
    });
    connect(m_live, &LiveNowView::endRequested, this,
            [this](const QString &id, const QString &reason) { close(true, id, reason); });
    connect(m_live, &LiveNowView::cancelRequested, this,
            [this](const QString &id, const QString &reason) { close(false, id, reason); });
    if (m_sender)
        connect(m_sender, &OutboxSender::operationChanged, this,
                &ReviewWorkspace::onOperationChanged);
    connect(&m_session, &Session::stateChanged, this, &ReviewWorkspace::onSessionState);
    // "Waited" grows by itself.
    m_clockTick.setInterval(60000);
    connect(&m_clockTick, &QTimer::timeout, this, [this] {
        m_queueModel.setNow(m_clock.now());
        m_liveModel.setNow(m_clock.now());
    });
    m_clockTick.start();
    onSessionState();
    showSelected();
}

QWidget *ReviewWorkspace::buildQueuePage()
{
    auto *page = new QWidget(this);
    auto *filters = new QHBoxLayout;
    const QList<std::pair<ReviewFilterProxy::Field, QString>> fields = {
        {ReviewFilterProxy::Field::Territory, tr("Territory")},
        {ReviewFilterProxy::Field::Company, tr("Company")},
        {ReviewFilterProxy::Field::Commune, tr("Commune")},
        {ReviewFilterProxy::Field::Type, tr("Type")},
        {ReviewFilterProxy::Field::Status, tr("Status")}};
    for (const auto &[field, name] : fields) {
        auto *combo = new QComboBox(page);
        combo->setObjectName(QStringLiteral("reviewFilter") + QString::number(int(field)));
        combo->setAccessibleName(tr("Filter by %1").arg(name.toLower()));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->addItem(tr("Every %1").arg(name.toLower()), QString());
        connect(combo, &QComboBox::activated, this, [this, combo, f = field] {
            m_proxy.setFilter(f, combo->currentData().toString());
        });
        filters->addWidget(combo);
        m_filters.append({field, combo});
    }
    auto *refreshButton = new QPushButton(tr("Refresh"), page);
    refreshButton->setObjectName(QStringLiteral("reviewRefresh"));
    refreshButton->setAccessibleName(tr("Refresh the queue now (F5)"));
    connect(refreshButton, &QPushButton::clicked, this, &ReviewWorkspace::refresh);
    filters->addStretch();
    filters->addWidget(refreshButton);

    m_table = new QTableView(page);
    m_table->setObjectName(QStringLiteral("reviewQueue"));
    m_table->setAccessibleName(tr("Submissions awaiting review"));
    m_table->setModel(&m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Rows are chosen whole, with the arrows: Tab leaves the queue for the decision buttons
    // instead of going from cell to cell (and never out).
    m_table->setTabKeyNavigation(false);
    // Every column shows its whole text, on two lines where the screen is narrow: two notices
    // at one site differ by type or period.
    new WrappingColumns(m_table);
    m_table->verticalHeader()->hide();
    // The view may move the current row before it selects it: both lead to the details.
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReviewWorkspace::onSelectionChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReviewWorkspace::onSelectionChanged);

    // The queue above the details, across the whole width: beside them, on a 1024-pixel
    // screen, it had room for two columns and rows of one site looked the same.
    auto *splitter = new QSplitter(Qt::Vertical, page);
    splitter->setObjectName(QStringLiteral("reviewSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(buildDetails());
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({180, 420});
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    return page;
}

QWidget *ReviewWorkspace::buildDetails()
{
    auto *details = new QWidget(this);
    m_header = new QLabel(details);
    m_header->setObjectName(QStringLiteral("reviewHeader"));
    m_header->setAccessibleName(tr("Selected submission"));
    m_header->setWordWrap(true);
    m_ownBanner = new QLabel(tr("Own submission — you cannot review it. Another coordinator "
                                "must decide."),
                             details);
    m_ownBanner->setObjectName(QStringLiteral("reviewOwnSubmission"));
    m_ownBanner->setAccessibleName(tr("Own submission"));
    m_ownBanner->setStyleSheet(QStringLiteral("background:#fff3c4;padding:4px;"));
    m_ownBanner->setWordWrap(true);
    m_approve = new QPushButton(details);
    m_approve->setObjectName(QStringLiteral("reviewApprove"));
    m_changes = new QPushButton(details);
    m_changes->setObjectName(QStringLiteral("reviewRequestChanges"));
    m_reject = new QPushButton(details);
    m_reject->setObjectName(QStringLiteral("reviewReject"));
    connect(m_approve, &QPushButton::clicked, this,
            [this] { decide(ReviewActions::Decision::Approve); });
    connect(m_changes, &QPushButton::clicked, this,
            [this] { decide(ReviewActions::Decision::RequestChanges); });
    connect(m_reject, &QPushButton::clicked, this,
            [this] { decide(ReviewActions::Decision::Reject); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_approve);
    buttons->addWidget(m_changes);
    buttons->addWidget(m_reject);
    buttons->addStretch();
    m_diff = new RevisionDiffView(details);
    m_previews = new PreviewPanel(details);
    m_previews->setAccessibleName(tr("Channel previews as the platform will publish them"));
    auto *split = new QSplitter(Qt::Vertical, details);
    split->addWidget(m_diff);
    split->addWidget(m_previews);
    auto *layout = new QVBoxLayout(details);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_ownBanner);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);
    return details;
}

QString ReviewWorkspace::reviewer() const
{
    return m_session.account().username;
}

QString ReviewWorkspace::selectedId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return m_table->selectionModel()->isRowSelected(current.row(), current.parent())
               ? current.data(NoticeRowsModel::IdRole).toString()
               : QString();
}

QString ReviewWorkspace::statusMessage() const
{
    return m_status->text();
}

void ReviewWorkspace::setStatus(const QString &text)
{
    m_status->setText(text);
}

void ReviewWorkspace::refresh()
{
    m_queue.refresh();
}

void ReviewWorkspace::focusQueue()
{
    m_tabs->setCurrentIndex(0);
    if (selectedId().isEmpty() && m_proxy.rowCount() > 0)
        m_table->selectRow(0);
    m_table->setFocus(Qt::OtherFocusReason);
}

void ReviewWorkspace::onSessionState()
{
    if (m_session.state() == Session::State::SignedIn) {
        m_queue.setReviewer(reviewer());
        m_queueModel.setReviewer(reviewer());
        m_queue.start();
    } else {
        m_queue.stop();
    }
}

void ReviewWorkspace::onQueueUpdated()
{
    m_queueModel.setNow(m_clock.now());
    m_liveModel.setNow(m_clock.now());
    m_queueModel.setNotices(m_queue.awaitingReview());
    m_liveModel.setNotices(m_queue.liveNow());
    refillFilters();
    const int waiting = m_queueModel.rowCount();
    // The program's clock (--now too), in the coordinator's territory's time zone.
    setStatus(tr("%n submission(s) awaiting review, refreshed at %1.", nullptr, waiting)
                  .arg(NoticeRowsModel::clockTime(m_clock.now(),
                                                  m_session.account().territories.value(0))));
    showSelected();
}

void ReviewWorkspace::refillFilters()
{
    for (const auto &[field, combo] : std::as_const(m_filters)) {
        const QString current = combo->currentData().toString();
        const QStringList values = m_proxy.values(field);
        QStringList shown;
        for (int i = 1; i < combo->count(); ++i)
            shown.append(combo->itemData(i).toString());
        if (shown == values)
            continue;
        while (combo->count() > 1)
            combo->removeItem(1);
        for (const QString &value : values) {
            const QString label =
                field == ReviewFilterProxy::Field::Type     ? Vocabulary::typeLabel(value)
                : field == ReviewFilterProxy::Field::Status ? Vocabulary::statusLabel(value)
                                                            : value;
            combo->addItem(label, value);
        }
        combo->setCurrentIndex(qMax(0, combo->findData(current)));
    }
}

void ReviewWorkspace::onSelectionChanged()
{
    showSelected();
}

void ReviewWorkspace::showSelected()
{
    const QString id = selectedId();
    const auto notice = id.isEmpty() ? std::nullopt : m_queue.find(id);
    const bool own = notice && ReviewActions::isOwnSubmission(*notice, reviewer());
    const bool atOnce = notice && notice->publishedAtOnce();
    m_ownBanner->setVisible(own);
    m_approve->setText(atOnce ? tr("Confirm (A)") : tr("Approve (A)"));
    m_approve->setAccessibleName(atOnce ? tr("Confirm the published revision")
                                        : tr("Approve and publish"));
    m_changes->setText(atOnce ? tr("Take down, request changes (C)") : tr("Request changes (C)"));
    m_changes->setAccessibleName(m_changes->text());
    m_reject->setText(atOnce ? tr("Take down, reject (R)") : tr("Reject (R)"));
    m_reject->setAccessibleName(m_reject->text());
    for (QPushButton *b : {m_approve, m_changes, m_reject})
        b->setEnabled(notice && !own);
    if (!notice) {
        // An emptied queue, or nothing selected: nothing of the last notice stays in sight.
        m_header->setText(tr("Select a submission in the queue."));
        m_shownKey.clear();
        m_previews->clear();
        m_diff->clear();
        return;
    }
    m_header->setText(tr("%1 — %2, %3. Revision %4 by %5, waiting for %6.")
                          .arg(notice->company, NoticeRowsModel::siteText(notice->notice),
                               Vocabulary::typeLabel(notice->notice.type()))
                          .arg(notice->revision)
                          .arg(notice->submittedBy,
                               NoticeRowsModel::waited(notice->updatedAt, m_queueModel.now())));
    if (m_shownKey == shownKey(*notice))
        return;
    m_shownKey = shownKey(*notice);
    const QString key = m_shownKey;
    NoticeDetails::fetch(
        m_connection, &m_session, id, this,
        [this, key](const std::optional<PlatformNotice> &details, const QString &error) {
            if (key != m_shownKey)
                return;
            if (!details) {
                setStatus(error);
                return;
            }
            showDetails(*details);
        });
}

void ReviewWorkspace::showDetails(const PlatformNotice &details)
{
    const PlatformNotice::Revision *latest = details.findRevision(details.revision);
    if (!latest)
        return;
    m_previews->show(latest->notice,
                     PublicationPreview::context(details, details.revision, m_clock.now()));
    // An update is compared with what is public; a resubmission with the revision returned.
    const bool againstPublished =
        details.publishedRevision > 0 && details.publishedRevision != details.revision;
    const int base = againstPublished ? details.publishedRevision : details.revision - 1;
    const PlatformNotice::Revision *earlier = details.findRevision(base);
    if (earlier)
        m_diff->showDiff(RevisionDiff(earlier->notice, latest->notice), base, details.revision,
                         againstPublished);
    else
        m_diff->showNothingToCompare(details.revision);
}

void ReviewWorkspace::decide(ReviewActions::Decision decision)
{
    if (m_tabs->currentIndex() != 0)
        return;
    const QString id = selectedId();
    const auto notice = id.isEmpty() ? std::nullopt : m_queue.find(id);
    if (!notice) {
        setStatus(tr("Select a submission in the queue first."));
        return;
    }
    if (ReviewActions::isOwnSubmission(*notice, reviewer())) {
        setStatus(ReviewActions::refusal(*notice, decision, {}, reviewer()));
        return;
    }
    const bool needsComment = decision != ReviewActions::Decision::Approve;
    const QString title = decision == ReviewActions::Decision::Approve
                              ? (notice->publishedAtOnce() ? tr("Confirm") : tr("Approve"))
                          : decision == ReviewActions::Decision::RequestChanges
                              ? tr("Request changes")
                              : tr("Reject");
    auto *dialog = new DecisionDialog(title, ReviewActions::describe(*notice, decision),
                                      needsComment ? tr("&Comment for the company (required):")
                                                   : tr("&Comment (optional):"),
                                      needsComment, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setButtonTexts(
        decision == ReviewActions::Decision::Approve
            ? (notice->publishedAtOnce() ? tr("Confirm, keep it published")
                                         : tr("Approve and publish"))
        : decision == ReviewActions::Decision::RequestChanges
            ? (notice->publishedAtOnce() ? tr("Take down, request changes") : tr("Request changes"))
            : (notice->publishedAtOnce() ? tr("Take down, reject") : tr("Reject")),
        tr("Back to the queue"));
    const PlatformNotice decided = *notice;
    connect(dialog, &QDialog::accepted, this, [this, dialog, decided, decision] {
        const ReviewActions::Result result =
            m_actions.decide(decided, decision, dialog->comment(), reviewer());
        if (!result.operation) {
            setStatus(result.error);
            return;
        }
        track(*result.operation);
    });
    dialog->open();
}

void ReviewWorkspace::close(bool end, const QString &noticeId, const QString &reason)
{
    const auto notice = m_queue.find(noticeId);
    if (!notice)
        return;
    auto *dialog =
        new DecisionDialog(end ? tr("End now") : tr("Cancel notice"),
                           (end ? tr("End %1 now? It leaves every channel.")
                                : tr("Cancel %1? It leaves every channel, marked as cancelled."))
                               .arg(NoticeName::of(notice->notice)),
                           tr("&Reason (required):"), true, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setButtonTexts(end ? tr("End the notice") : tr("Cancel the notice"),
                           tr("Keep the notice"));
    dialog->findChild<QWidget *>(QStringLiteral("decisionComment"))
        ->setProperty("plainText", reason);
    const PlatformNotice closed = *notice;
    connect(dialog, &QDialog::accepted, this, [this, dialog, closed, end] {
        const ReviewActions::Result result =
            end ? m_actions.end(closed, dialog->comment(), reviewer())
                : m_actions.cancel(closed, dialog->comment(), reviewer());
        if (!result.operation) {
            setStatus(result.error);
            return;
        }
        track(*result.operation);
    });
    dialog->open();
}

void ReviewWorkspace::track(const Outbox::Operation &operation)
{
    m_tracked.insert(operation.id, operation.noticeId);
    setStatus(m_sender ? tr("Sending…")
                       : tr("Queued in the outbox: it is sent when the platform answers."));
    if (m_sender)
        m_sender->sendNow();
}

void ReviewWorkspace::onOperationChanged(const QString &operationId)
{
    if (!m_tracked.contains(operationId))
        return;
    const auto op = m_store.outbox().find(operationId);
    if (!op) {
        m_tracked.remove(operationId);
        return;
    }
    if (op->state == Outbox::State::RetryWait) {
        setStatus(tr("Queued in the outbox: the platform cannot be reached now (%1). It is sent "
                     "by itself, exactly once.")
                      .arg(op->lastError));
        return;
    }
    if (!ReviewActions::isSettled(*op))
        return;
    const QString noticeId = m_tracked.take(operationId);
    const QString message = m_actions.settle(*op, reviewer());
    setStatus(message);
    emit operationSettled(noticeId, message);
    refresh();
}
