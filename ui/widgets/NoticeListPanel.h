#pragma once

#include "NoticeListModel.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTabBar;
class QTreeView;
class Store;

// The window's left panel: the drafts, the outbox and the history in three tabs, a full-text
// search, and what the user can do to a waiting operation: retry it now (or sign in, for one
// waiting for a sign-in), or take it out of the outbox (the notice goes back to the drafts).
// Refusals are explained in the panel itself.
class NoticeListPanel : public QWidget
{
    Q_OBJECT

public:
    NoticeListPanel(Store &store, const QString &user, QWidget *parent = nullptr);

    NoticeListModel &model() { return *m_model; }
    void showSection(NoticeListModel::Section section);
    NoticeListModel::Section section() const;
    QString currentNoticeId() const;
    // Selects the notice's row (switching to its tab); false when it is not listed.
    bool selectNotice(const QString &noticeId);
    // The inline message under the list ("" when none); problem: said in red. Wrapped, so a
    // long result shows whole where a status bar would cut it.
    QString message() const;
    void showMessage(const QString &text, bool problem);

    // Queues the current operation again; for one waiting for a sign-in, asks for the sign-in
    // instead (queued again, it would only be refused the same way).
    void retryCurrent();
    void removeCurrent();

signals:
    // Enter or a click on a row.
    void noticeOpened(const QString &noticeId);
    // An operation is queued again: the sender should try at once.
    void retryRequested(const QString &operationId);
    // The outbox waits for a sign-in: open the sign-in dialog (the outbox resumes after it).
    void signInRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateCounts();
    void updateActions();
    void showRefusal(Outbox::Refusal refusal, const QString &operation);
    QModelIndex currentSourceIndex() const;

    Store &m_store;
    QString m_user;
    NoticeListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTabBar *m_sections = nullptr;
    QLineEdit *m_search = nullptr;
    QTreeView *m_list = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_message = nullptr;
    QTimer m_searchDelay;
};
