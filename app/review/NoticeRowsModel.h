#pragma once

#include "PlatformNotice.h"

#include <QAbstractTableModel>
#include <QDateTime>

// Platform notices as table rows that follow each refresh without a reset: rows are matched
// by notice id and removed, moved, inserted or updated one by one, so a view keeps its
// selection and its scroll position and nothing flickers.
class NoticeRowsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        TerritoryRole,
        CompanyRole,
        CommuneRole,
        TypeRole,
        StatusRole, // the notice's status: actual, exercise, test
        StateRole,  // the platform's state
        PublishedAtOnceRole,
        OwnSubmissionRole
    };

    using QAbstractTableModel::QAbstractTableModel;

    // The rows become notices, in that order.
    void setNotices(const QList<PlatformNotice> &notices);
    // The reviewer (own submissions are marked) and the time the waiting is measured against.
    void setReviewer(const QString &username);
    void setNow(const QDateTime &now);

    const PlatformNotice *notice(int row) const;
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // "less than a minute", "45 min", "3 h 05 min", "2 d 4 h": the queue's rows and the
    // selected submission's summary say it with this one function, from the same now.
    static QString waited(const QDateTime &since, const QDateTime &now);
    // A time in the notice's territory, for a table cell.
    static QString shortTime(const QDateTime &time, const QString &territory);
    // "11:18" in the territory's time zone (the machine's when the territory is unknown).
    static QString clockTime(const QDateTime &time, const QString &territory);
    // The time the rows' waits are measured against.
    QDateTime now() const { return m_now; }
    // "26/03/2026 08:00 to 26/03/2026 18:00" in the notice's territory, for a table cell.
    static QString period(const PlatformNotice &notice);
    // "Unité 2 (Petit-Couronne)"
    static QString siteText(const Notice &notice);

protected:
    virtual QVariant display(const PlatformNotice &notice, int column) const = 0;
    QString reviewer() const { return m_reviewer; }
    void allRowsChanged();

private:
    QList<PlatformNotice> m_rows;
    QString m_reviewer;
    QDateTime m_now;
};
