#include "NoticeRowsModel.h"

#include "TerritoryCatalog.h"

#include <QLocale>

namespace {

QDateTime inTerritory(const QDateTime &time, const QString &territory)
{
    const Territory t = TerritoryCatalog::builtIn().find(territory);
    return t.isValid() ? time.toTimeZone(t.timeZone) : time.toLocalTime();
}

bool same(const PlatformNotice &a, const PlatformNotice &b)
{
    return a.state == b.state && a.revision == b.revision &&
           a.publishedRevision == b.publishedRevision && a.updatedAt == b.updatedAt &&
           a.notice == b.notice;
}

} // namespace

void NoticeRowsModel::setNotices(const QList<PlatformNotice> &notices)
{
    QSet<QString> wanted;
    for (const PlatformNotice &n : notices)
        wanted.insert(n.id);
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (wanted.contains(m_rows.at(row).id))
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    for (int row = 0; row < notices.size(); ++row) {
        const PlatformNotice &target = notices.at(row);
        const int found = rowOf(target.id);
        if (found < 0) {
            beginInsertRows({}, row, row);
            m_rows.insert(row, target);
            endInsertRows();
            continue;
        }
        if (found != row) {
            beginMoveRows({}, found, found, {}, row);
            m_rows.move(found, row);
            endMoveRows();
        }
        if (!same(m_rows.at(row), target)) {
            m_rows[row] = target;
            emit dataChanged(index(row, 0), index(row, columnCount() - 1));
        }
    }
}

void NoticeRowsModel::setReviewer(const QString &username)
{
    m_reviewer = username;
    allRowsChanged();
}

void NoticeRowsModel::setNow(const QDateTime &now)
{
    m_now = now;
    allRowsChanged();
}

void NoticeRowsModel::allRowsChanged()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

const PlatformNotice *NoticeRowsModel::notice(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int NoticeRowsModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

int NoticeRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant NoticeRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlatformNotice &n = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(n, index.column());
    case IdRole:
        return n.id;
    case TerritoryRole:
        return n.territory;
    case CompanyRole:
        return n.company;
    case CommuneRole:
        return n.notice.site().commune;
    case TypeRole:
        return n.notice.type();
    case StatusRole:
        return n.notice.status();
    case StateRole:
        return n.state;
    case PublishedAtOnceRole:
        return n.publishedAtOnce();
    case OwnSubmissionRole:
        return !m_reviewer.isEmpty() && n.submittedBy == m_reviewer;
    default:
        return {};
    }
}

QHash<int, QByteArray> NoticeRowsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "noticeId");
    names.insert(TerritoryRole, "territory");
    names.insert(CompanyRole, "company");
    names.insert(CommuneRole, "commune");
    names.insert(TypeRole, "type");
    names.insert(StatusRole, "status");
    names.insert(StateRole, "state");
    names.insert(PublishedAtOnceRole, "publishedAtOnce");
    names.insert(OwnSubmissionRole, "ownSubmission");
    return names;
}

QString NoticeRowsModel::waited(const QDateTime &since, const QDateTime &now)
{
    if (!since.isValid() || !now.isValid())
        return {};
    const qint64 minutes = qMax<qint64>(0, since.secsTo(now) / 60);
    if (minutes < 1)
        return tr("less than a minute");
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    if (minutes < 24 * 60)
        return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 d %2 h").arg(minutes / (24 * 60)).arg((minutes / 60) % 24);
}

QString NoticeRowsModel::shortTime(const QDateTime &time, const QString &territory)
{
    if (!time.isValid())
        return {};
    return QLocale().toString(inTerritory(time, territory), QLocale::ShortFormat);
}

QString NoticeRowsModel::clockTime(const QDateTime &time, const QString &territory)
{
    return time.isValid() ? inTerritory(time, territory).toString(QStringLiteral("HH:mm"))
                          : QString();
}

QString NoticeRowsModel::period(const PlatformNotice &n)
{
    const auto end = n.notice.end();
    return end ? tr("%1 to %2")
                     .arg(shortTime(n.notice.start(), n.territory), shortTime(*end, n.territory))
               : tr("from %1, until further notice").arg(shortTime(n.notice.start(), n.territory));
}

QString NoticeRowsModel::siteText(const Notice &notice)
{
    return notice.site().name + QStringLiteral(" (") + notice.site().commune + QLatin1Char(')');
}
