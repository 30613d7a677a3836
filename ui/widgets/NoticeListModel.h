#pragma once

#include "DraftStore.h"
#include "Outbox.h"

#include <QAbstractListModel>
#include <QIcon>
#include <QTimer>

#include <variant>

class Store;

// The profile's notices for the left panel, one row per notice: the drafts, the outbox (every
// notice with an operation not yet sent) and the history (sent, ended, cancelled). Each row
// shows its state as an icon and a word; an outbox row takes the state of its first unsent
// operation, the one the sender is working on. The store sends no notifications, so whoever
// changes it calls refresh() (or scheduleRefresh() for bursts); rows are then inserted,
// removed, moved and updated, never reset, so selections and persistent indexes survive. A sent
// notice shows where it stands on the platform (awaiting review, published, changes requested
// with the comment…), as IssuerDecisions last recorded it: "sent" alone never reads as public.
class NoticeListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class Section
    {
        Drafts,
        Outbox,
        History
    };
    Q_ENUM(Section)

    enum Role
    {
        NoticeIdRole = Qt::UserRole + 1,
        SectionRole,     // int(Section)
        StateRole,       // draft, queued, sending, retry_wait, needs_sign_in, conflict, failed,
                         // sent, ended, cancelled
        StateWordRole,   // the word for a person, with the time and the reason where there is one
        OperationIdRole, // the first unsent operation (the one to retry), or ""
        LastOperationIdRole, // the newest unsent operation (the one removing undoes), or ""
        UpdatedAtRole,
        PlatformStateRole, // where it stands on the platform as last seen, "" before any look
        DecisionRole       // the CCI's last decision for a person, with its comment, or ""
    };

    explicit NoticeListModel(Store &store, QObject *parent = nullptr);

    // Full-text search over text, company, site and commune (the store's index); "" lists all.
    void setSearch(const QString &text);
    QString search() const { return m_search; }
    // At most this many drafts and history rows; outbox rows are always all shown.
    void setLimit(int rows) { m_limit = rows; }

    void refresh();
    // One refresh at the next turn of the event loop, however many calls come before it.
    void scheduleRefresh();

    QModelIndex indexOf(const QString &noticeId) const;
    int count(Section section) const;
    // What the last refresh could not read, for a person; "" when it went well.
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QIcon stateIcon(const QString &state);

private:
    struct Row
    {
        DraftStore::Summary notice;
        Section section = Section::Drafts;
        // Its first unsent operation's state, else the notice's own; StateRole gives its name.
        std::variant<Outbox::State, NoticeState> state = NoticeState::Draft;
        QString reason;
        QDateTime nextAttempt;
        Outbox::Kind kind = Outbox::Kind::Create;
        QString operationId;
        QString lastOperationId;
        QString refusal; // what the rule book refuses of the queued notice, empty when nothing

        bool operator==(const Row &other) const;
    };

    QList<Row> read();
    void apply(const QList<Row> &rows);
    QString title(const Row &row) const;
    QString stateWord(const Row &row) const;
    // The row's second line: in the history, the time and revision before the state.
    QString stateLine(const Row &row) const;
    QString word(const Row &row) const; // the state alone
    QString toolTip(const Row &row) const;
    static bool isSentWithStanding(const Row &row);
    QString platformWord(const PlatformStanding &standing) const;
    // The first blocking problem of an unsent create or update, cached by operation: its
    // payload never changes.
    QString refusal(const Outbox::Operation &op);
    QString shortTime(const QDateTime &time, const QString &territory, bool withDate = true) const;

    Store &m_store;
    QString m_search;
    int m_limit = 200;
    QString m_error;
    QList<Row> m_rows;
    QHash<QString, QString> m_refusals; // operation id → refusal()
    QTimer m_refreshTimer;
};
