#include "NoticeListModel.h"

#include "PublicationRules.h"
#include "Store.h"
#include "TerritoryCatalog.h"
#include "Vocabulary.h"

#include <QHash>
#include <QSet>

namespace {

// The names come from the store's two tables: a notice's and an operation's.
QString stateKey(const std::variant<Outbox::State, NoticeState> &state)
{
    if (const auto *notice = std::get_if<NoticeState>(&state))
        return NoticeStates::name(*notice);
    return Outbox::stateName(std::get<Outbox::State>(state));
}

// A sent notice's icon says where it stands on the platform.
QString platformIcon(const PlatformStanding &standing)
{
    if (standing.state == QLatin1String("pending_review"))
        return standing.publishedRevision > 0 ? QStringLiteral("sent")
                                              : QStringLiteral("awaiting_review");
    if (standing.state == QLatin1String("changes_requested") ||
        standing.state == QLatin1String("rejected") || standing.state == QLatin1String("ended") ||
        standing.state == QLatin1String("cancelled"))
        return standing.state;
    return QStringLiteral("sent");
}

// The file under resources/icons/states for each state.
QString iconFile(const QString &state)
{
    if (state == QLatin1String("awaiting_review") || state == QLatin1String("changes_requested"))
        return QString(state).replace(QLatin1Char('_'), QLatin1Char('-'));
    if (state == QLatin1String("retry_wait"))
        return QStringLiteral("retrying");
    if (state == QLatin1String("needs_sign_in"))
        return QStringLiteral("needs-sign-in");
    return state;
}

} // namespace

bool NoticeListModel::Row::operator==(const Row &other) const
{
    const DraftStore::Summary &a = notice;
    const DraftStore::Summary &b = other.notice;
    return a.id == b.id && a.territory == b.territory && a.type == b.type && a.status == b.status &&
           a.state == b.state && a.company == b.company && a.site == b.site &&
           a.commune == b.commune && a.text == b.text && a.start == b.start && a.end == b.end &&
           a.draftVersion == b.draftVersion && a.updatedAt == b.updatedAt &&
           a.platform == b.platform && section == other.section && state == other.state &&
           reason == other.reason && refusal == other.refusal && nextAttempt == other.nextAttempt &&
           kind == other.kind && operationId == other.operationId &&
           lastOperationId == other.lastOperationId;
}

NoticeListModel::NoticeListModel(Store &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &NoticeListModel::refresh);
    refresh();
}

void NoticeListModel::setSearch(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    refresh();
}

void NoticeListModel::scheduleRefresh()
{
    m_refreshTimer.start();
}

void NoticeListModel::refresh()
{
    m_refreshTimer.stop();
    m_error.clear();
    apply(read());
}

QList<NoticeListModel::Row> NoticeListModel::read()
{
    // The first and the newest unsent operation of each notice, in queue order.
    QHash<QString, std::pair<Outbox::Operation, Outbox::Operation>> pending;
    QStringList pendingOrder;
    for (const Outbox::Operation &op : m_store.outbox().unsent()) {
        auto it = pending.find(op.noticeId);
        if (it == pending.end()) {
            pending.insert(op.noticeId, {op, op});
            pendingOrder.append(op.noticeId);
        } else {
            it->second = op;
        }
    }

    DraftStore::Filter filter;
    filter.search = m_search;
    filter.limit = m_limit;
    QList<DraftStore::Summary> summaries = m_store.drafts().list(filter);
    if (summaries.isEmpty() && !m_store.drafts().lastError().isEmpty())
        m_error = m_store.drafts().lastError();
    // Every notice waiting in the outbox is shown, even beyond the page of recent ones.
    if (m_search.isEmpty()) {
        QSet<QString> listed;
        for (const DraftStore::Summary &s : summaries)
            listed.insert(s.id);
        for (const QString &id : pendingOrder) {
            if (listed.contains(id))
                continue;
            if (const auto summary = m_store.drafts().summary(id))
                summaries.append(*summary);
        }
    }

    QList<Row> rows;
    rows.reserve(summaries.size());
    for (const DraftStore::Summary &s : summaries) {
        Row row;
        row.notice = s;
        const auto it = pending.constFind(s.id);
        if (it != pending.constEnd()) {
            const Outbox::Operation &first = it->first;
            row.section = Section::Outbox;
            row.state = first.state;
            row.kind = first.kind;
            row.operationId = first.id;
            row.lastOperationId = it->second.id;
            row.nextAttempt = first.nextAttemptAt;
            row.reason =
                first.state == Outbox::State::Failed ? first.failureReason : first.lastError;
            // A sign-in is worth explaining when it must be a particular account's.
            if (first.state == Outbox::State::NeedsSignIn && first.attemptedBy.isEmpty())
                row.reason.clear();
            row.refusal = refusal(first);
        } else if (s.state == NoticeState::Draft) {
            row.state = s.state;
        } else if (s.state == NoticeState::Ended || s.state == NoticeState::Cancelled) {
            row.section = Section::History;
            row.state = s.state;
        } else if (s.state == NoticeState::Published) {
            row.section = Section::History;
            row.state = Outbox::State::Sent; // as its last operation ended
        } else {
            // queued, conflict or failed without an operation left: only an outside change to
            // the file can do that; show it where the user looks for unsent work, as an
            // operation in that state would be.
            row.section = Section::Outbox;
            row.state = s.state == NoticeState::Queued     ? Outbox::State::Queued
                        : s.state == NoticeState::Conflict ? Outbox::State::Conflict
                                                           : Outbox::State::Failed;
        }
        rows.append(row);
    }
    return rows;
}

void NoticeListModel::apply(const QList<Row> &rows)
{
    QSet<QString> wanted;
    for (const Row &row : rows)
        wanted.insert(row.notice.id);
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (wanted.contains(m_rows.at(i).notice.id))
            continue;
        beginRemoveRows({}, i, i);
        m_rows.removeAt(i);
        endRemoveRows();
    }
    // Now every row left is wanted: walk the new order, moving, inserting and updating.
    for (int i = 0; i < rows.size(); ++i) {
        const Row &row = rows.at(i);
        int from = -1;
        for (int j = i; j < m_rows.size(); ++j) {
            if (m_rows.at(j).notice.id == row.notice.id) {
                from = j;
                break;
            }
        }
        if (from < 0) {
            beginInsertRows({}, i, i);
            m_rows.insert(i, row);
            endInsertRows();
            continue;
        }
        if (from != i) {
            beginMoveRows({}, from, from, {}, i);
            m_rows.move(from, i);
            endMoveRows();
        }
        if (!(m_rows.at(i) == row)) {
            m_rows[i] = row;
            emit dataChanged(index(i), index(i));
        }
    }
}

QModelIndex NoticeListModel::indexOf(const QString &noticeId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).notice.id == noticeId)
            return index(i);
    }
    return {};
}

int NoticeListModel::count(Section section) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [section](const Row &row) { return row.section == section; }));
}

int NoticeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant NoticeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QString(title(row) + QLatin1Char('\n') + stateLine(row));
    case Qt::AccessibleTextRole:
        return QString(title(row) + QLatin1String(", ") + stateLine(row));
    case Qt::DecorationRole:
        return stateIcon(isSentWithStanding(row) ? platformIcon(*row.notice.platform)
                                                 : stateKey(row.state));
    case Qt::ToolTipRole:
        return toolTip(row);
    case NoticeIdRole:
        return row.notice.id;
    case SectionRole:
        return int(row.section);
    case StateRole:
        return stateKey(row.state);
    case StateWordRole:
        return stateWord(row);
    case OperationIdRole:
        return row.operationId;
    case LastOperationIdRole:
        return row.lastOperationId;
    case UpdatedAtRole:
        return row.notice.updatedAt;
    case PlatformStateRole:
        return row.notice.platform ? row.notice.platform->state : QString();
    case DecisionRole:
        return row.notice.platform && row.notice.platform->decidedOnLatest()
                   ? row.notice.platform->describe()
                   : QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> NoticeListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(NoticeIdRole, "noticeId");
    names.insert(SectionRole, "section");
    names.insert(StateRole, "state");
    names.insert(StateWordRole, "stateWord");
    names.insert(OperationIdRole, "operationId");
    names.insert(LastOperationIdRole, "lastOperationId");
    names.insert(UpdatedAtRole, "updatedAt");
    names.insert(PlatformStateRole, "platformState");
    names.insert(DecisionRole, "decision");
    return names;
}

QIcon NoticeListModel::stateIcon(const QString &state)
{
    // SVG, so the icons stay sharp on high-DPI screens; made once per state.
    static QHash<QString, QIcon> icons;
    auto it = icons.find(state);
    if (it == icons.end())
        it = icons.insert(
            state, QIcon(QLatin1String(":/states/") + iconFile(state) + QLatin1String(".svg")));
    return *it;
}

QString NoticeListModel::title(const Row &row) const
{
    const DraftStore::Summary &s = row.notice;
    QString title = s.type.isEmpty() ? tr("New notice") : Vocabulary::typeLabel(s.type);
    QStringList place;
    for (const QString &part : {s.site, s.commune}) {
        if (!part.trimmed().isEmpty())
            place.append(part.trimmed());
    }
    if (!place.isEmpty())
        title += QStringLiteral(" — ") + place.join(QLatin1String(", "));
    // An exercise or a test must never be mistaken for the real thing, even in the list.
    if (!s.status.isEmpty() && s.status != QLatin1String("actual"))
        title = QLatin1Char('[') + Vocabulary::statusLabel(s.status) + QLatin1String("] ") + title;
    return title;
}

QString NoticeListModel::stateWord(const Row &row) const
{
    // Said before it is sent, not left to come back from the platform as a failure.
    if (!row.refusal.isEmpty())
        return tr("%1 — the platform will refuse it: %2").arg(word(row), row.refusal);
    return word(row);
}

QString NoticeListModel::stateLine(const Row &row) const
{
    if (row.section != Section::History)
        return stateWord(row);
    // Two notices of one site and type are told apart by when they were last sent, and which
    // revision the platform has; before the state, so a long comment cannot push them out.
    const QString when = shortTime(row.notice.updatedAt, row.notice.territory);
    const QString sent = row.notice.platformRevision
                             ? tr("%1, revision %2").arg(when).arg(*row.notice.platformRevision)
                             : when;
    return sent + QStringLiteral(" — ") + stateWord(row);
}

QString NoticeListModel::word(const Row &row) const
{
    if (const auto *notice = std::get_if<NoticeState>(&row.state)) {
        switch (*notice) {
        case NoticeState::Draft:
            return tr("Draft");
        case NoticeState::Ended:
            return tr("Ended");
        case NoticeState::Cancelled:
            return tr("Cancelled");
        default: // read() shows the others as operation states
            return NoticeStates::name(*notice);
        }
    }
    switch (std::get<Outbox::State>(row.state)) {
    case Outbox::State::Queued:
        return tr("Queued");
    case Outbox::State::Sending:
        return tr("Sending");
    case Outbox::State::RetryWait: {
        const QString at = shortTime(row.nextAttempt, row.notice.territory, false);
        return row.reason.isEmpty() ? tr("Retrying at %1").arg(at)
                                    : tr("Retrying at %1 (%2)").arg(at, row.reason);
    }
    case Outbox::State::NeedsSignIn:
        return row.reason.isEmpty() ? tr("Waiting for sign-in")
                                    : tr("Waiting for sign-in: %1").arg(row.reason);
    case Outbox::State::Conflict:
        return tr("In conflict: changed on the platform");
    case Outbox::State::Failed:
        return row.reason.isEmpty() ? tr("Failed") : tr("Failed: %1").arg(row.reason);
    case Outbox::State::Sent:
        return row.notice.platform ? platformWord(*row.notice.platform)
                                   : tr("Sent to the platform");
    }
    return {};
}

bool NoticeListModel::isSentWithStanding(const Row &row)
{
    const auto *op = std::get_if<Outbox::State>(&row.state);
    return op && *op == Outbox::State::Sent && row.notice.platform;
}

QString NoticeListModel::platformWord(const PlatformStanding &standing) const
{
    // The comment is what the officer must act on: it is in the row itself.
    const bool commented =
        standing.decidedOnLatest() && (standing.state == QLatin1String("changes_requested") ||
                                       standing.state == QLatin1String("rejected"));
    if (commented)
        return tr("%1 by %2: %3").arg(standing.word(), standing.decidedBy, standing.comment);
    return standing.word();
}

QString NoticeListModel::refusal(const Outbox::Operation &op)
{
    if (op.state == Outbox::State::Failed ||
        (op.kind != Outbox::Kind::Create && op.kind != Outbox::Kind::Update))
        return {};
    auto it = m_refusals.constFind(op.id);
    if (it == m_refusals.constEnd()) {
        const ValidationIssues refused =
            PublicationRules::blocking(Notice(op.payload), op.queuedAt);
        it = m_refusals.insert(op.id, refused.isEmpty() ? QString() : refused.first().message());
    }
    return *it;
}

QString NoticeListModel::toolTip(const Row &row) const
{
    const DraftStore::Summary &s = row.notice;
    QStringList lines{title(row), stateWord(row)};
    if (isSentWithStanding(row))
        lines.append(s.platform->describe());
    if (!row.refusal.isEmpty())
        lines.append(tr("Remove it from the outbox, correct the notice and send it again."));
    if (s.start.isValid()) {
        const QString end = s.end ? shortTime(*s.end, s.territory) : tr("until further notice");
        lines.append(tr("From %1 to %2").arg(shortTime(s.start, s.territory), end));
    }
    if (!row.operationId.isEmpty()) {
        static const char *const kinds[] = {
            QT_TR_NOOP("publish"), QT_TR_NOOP("update"), QT_TR_NOOP("end"),
            QT_TR_NOOP("cancel"),  QT_TR_NOOP("review"), QT_TR_NOOP("send the hotline audio")};
        lines.append(
            tr("Waiting to %1: operation %2").arg(tr(kinds[int(row.kind)]), row.operationId));
    }
    lines.append(tr("Draft version %1, changed %2")
                     .arg(s.draftVersion)
                     .arg(shortTime(s.updatedAt, s.territory)));
    return lines.join(QLatin1Char('\n'));
}

QString NoticeListModel::shortTime(const QDateTime &time, const QString &territory,
                                   bool withDate) const
{
    if (!time.isValid())
        return tr("(unknown time)");
    // Times are shown in the territory's time zone, whatever the machine's.
    const QTimeZone zone = TerritoryCatalog::builtIn().find(territory).timeZone;
    const QDateTime local = zone.isValid() ? time.toTimeZone(zone) : time.toLocalTime();
    return local.toString(withDate ? QStringLiteral("dd/MM HH:mm") : QStringLiteral("HH:mm"));
}
