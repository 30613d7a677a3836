#pragma once

#include <QWidget>

class LiveNowModel;
class QLineEdit;
class QPushButton;
class QTableView;

// What the public web page shows now, with End and Cancel for the selected notice; both need a
// reason (a stale notice is taken down, and the company is told why).
class LiveNowView : public QWidget
{
    Q_OBJECT

public:
    LiveNowView(LiveNowModel &model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QString selectedId() const;

signals:
    void endRequested(const QString &noticeId, const QString &reason);
    void cancelRequested(const QString &noticeId, const QString &reason);

private:
    void updateButtons();

    LiveNowModel &m_model;
    QTableView *m_table = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_end = nullptr;
    QPushButton *m_cancel = nullptr;
};
