#pragma once

#include "LiveNowModel.h"
#include "ReviewActions.h"
#include "ReviewFilterProxy.h"
#include "ReviewQueue.h"
#include "ReviewQueueModel.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

class Clock;
class LiveNowView;
class OutboxSender;
class PlatformConnection;
class PreviewPanel;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class RevisionDiffView;
class Session;
class Store;

// The CCI coordinator's workspace: the review queue of their territories (incidents published
// at once first, then by start time, with how long each has waited) with its filters; the
// selected submission's channel previews as the platform will publish them and, for an update
// or a resubmission, the difference from the earlier revision; decisions from the keyboard (A
// approve or confirm, C request changes, R reject — each confirmed, C and R with a comment);
// and what is live now, with end and cancel.
//
// Decisions, ends and cancellations are queued in the store's outbox (applied exactly once,
// also when made offline) and sent by the application's OutboxSender. The queue refreshes every
// 15 s while the session is signed in, and on F5.
//
// The main window creates it for coordinator accounts:
//   new ReviewWorkspace(store, connection, session, &sender, clock, parent)
// and connects newSubmissions() to desktop notifications. sender may be null (decisions then
// wait in the outbox until a sender runs).
class ReviewWorkspace : public QWidget
{
    Q_OBJECT

public:
    ReviewWorkspace(Store &store, PlatformConnection &connection, Session &session,
                    OutboxSender *sender, const Clock &clock, QWidget *parent = nullptr);

    ReviewQueue &queue() { return m_queue; }
    ReviewQueueModel &queueModel() { return m_queueModel; }
    ReviewFilterProxy &filter() { return m_proxy; }
    LiveNowModel &liveNowModel() { return m_liveModel; }
    QTableView *queueView() const { return m_table; }
    // The notice selected in the queue, or "".
    QString selectedId() const;
    // The last sentence shown in the status line.
    QString statusMessage() const;

    void refresh();
    // The keyboard in the queue, on a selected submission (the first when none is): A decides.
    void focusQueue();

signals:
    // New revisions awaiting review since the last refresh; incidents: those already public.
    void newSubmissions(int count, int incidents);
    // A decision, end or cancellation came back from the platform: applied, or why not.
    void operationSettled(const QString &noticeId, const QString &message);

private:
    QWidget *buildQueuePage();
    QWidget *buildDetails();
    void onSessionState();
    void onQueueUpdated();
    void onSelectionChanged();
    void showSelected();
    void showDetails(const PlatformNotice &details);
    void decide(ReviewActions::Decision decision);
    void close(bool end, const QString &noticeId, const QString &reason);
    void track(const Outbox::Operation &operation);
    void onOperationChanged(const QString &operationId);
    void refillFilters();
    void setStatus(const QString &text);
    QString reviewer() const;

    Store &m_store;
    PlatformConnection &m_connection;
    Session &m_session;
    OutboxSender *m_sender;
    const Clock &m_clock;
    ReviewQueue m_queue;
    ReviewQueueModel m_queueModel;
    ReviewFilterProxy m_proxy;
    LiveNowModel m_liveModel;
    ReviewActions m_actions;
    QTimer m_clockTick;
    QHash<QString, QString> m_tracked; // operation id → notice id
    QString m_shownKey;                // "id/revision/updated" of the details on screen

    QTabWidget *m_tabs = nullptr;
    QList<std::pair<ReviewFilterProxy::Field, QComboBox *>> m_filters;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_header = nullptr;
    QLabel *m_ownBanner = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_changes = nullptr;
    QPushButton *m_reject = nullptr;
    RevisionDiffView *m_diff = nullptr;
    PreviewPanel *m_previews = nullptr;
    LiveNowView *m_live = nullptr;
};
