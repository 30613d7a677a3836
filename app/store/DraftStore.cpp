#include "DraftStore.h"

#include "Clock.h"
#include "Journal.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

QString utc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QVariant utcOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(utc(time)) : QVariant();
}

QDateTime fromUtc(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

// Every language of the text, so a search finds the notice whatever language it was typed in.
QString allTexts(const Notice &notice)
{
    QStringList texts;
    const QJsonObject text = notice.toJson().value(QLatin1String("text")).toObject();
    for (auto it = text.begin(); it != text.end(); ++it)
        texts.append(it.value().toString());
    return texts.join(QLatin1Char('\n'));
}

// Each word becomes a quoted prefix term, so user text can never be read as FTS5 syntax.
QString matchExpression(const QString &search)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\"]+"));
    QStringList terms;
    for (const QString &word : search.split(separators, Qt::SkipEmptyParts))
        terms.append(QLatin1Char('"') + word + QLatin1String("\"*"));
    return terms.join(QLatin1Char(' '));
}

const QString kSummaryColumns =
    QStringLiteral("n.id, n.territory, n.type, n.status, n.state, n.company, n.site, n.commune, "
                   "substr(n.text, 1, 280), n.start_at, n.end_at, n.draft_version, n.updated_at, "
                   "n.platform_revision, n.platform_standing");

DraftStore::Summary readSummary(const QSqlQuery &q)
{
    DraftStore::Summary s;
    s.id = q.value(0).toString();
    s.territory = q.value(1).toString();
    s.type = q.value(2).toString();
    s.status = q.value(3).toString();
    // The schema's CHECK admits only the table's words; another one means the file was changed
    // outside the program. Failed puts the notice where the user looks for unsent work, and
    // nothing writes it back: the file keeps its word.
    const QString word = q.value(4).toString();
    const std::optional<NoticeState> state = NoticeStates::fromName(word);
    if (!state)
        qWarning("Notice %s has the unknown state \"%s\": shown as failed", qPrintable(s.id),
                 qPrintable(word));
    s.state = state.value_or(NoticeState::Failed);
    s.company = q.value(5).toString();
    s.site = q.value(6).toString();
    s.commune = q.value(7).toString();
    s.text = q.value(8).toString();
    s.start = fromUtc(q.value(9));
    if (!q.value(10).isNull())
        s.end = fromUtc(q.value(10));
    s.draftVersion = q.value(11).toInt();
    s.updatedAt = fromUtc(q.value(12));
    if (!q.value(13).isNull())
        s.platformRevision = q.value(13).toLongLong();
    if (!q.value(14).isNull())
        s.platform = PlatformStanding::fromJson(
            QJsonDocument::fromJson(q.value(14).toString().toUtf8()).object());
    return s;
}

} // namespace

DraftStore::DraftStore(Database &db, Journal &journal, const Clock &clock)
    : m_db(db)
    , m_journal(journal)
    , m_clock(clock)
{}

int DraftStore::save(const Notice &notice, const QString &user, Database::Durability durability)
{
    if (notice.id().isEmpty()) {
        m_db.fail(Database::Failure::Other,
                  QCoreApplication::translate("DraftStore",
                                              "The notice has no id, so it cannot be saved. Give "
                                              "it one (a UUID), or start from a template."));
        return 0;
    }
    int saved = 0;
    const QString json =
        QString::fromUtf8(QJsonDocument(notice.toJson()).toJson(QJsonDocument::Compact));
    const bool ok = m_db.write(durability, [&] {
        QSqlQuery &latest = m_db.prepared(QStringLiteral(
            "SELECT v.version, v.json FROM notices n JOIN draft_versions v ON v.notice_id = n.id "
            "AND v.version = n.draft_version WHERE n.id = ?"));
        latest.bindValue(0, notice.id());
        if (!m_db.exec(latest))
            return false;
        int version = 0;
        if (latest.next()) {
            version = latest.value(0).toInt();
            if (latest.value(1).toString() == json) {
                latest.finish();
                saved = version;
                return true;
            }
        }
        latest.finish();
        ++version;
        const QString now = utc(m_clock.now());
        QSqlQuery &upsert = m_db.prepared(QStringLiteral(
            "INSERT INTO notices (id, territory, type, status, company, site, commune, text, "
            "start_at, end_at, draft_version, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
            "territory = excluded.territory, type = excluded.type, status = excluded.status, "
            "company = excluded.company, site = excluded.site, commune = excluded.commune, "
            "text = excluded.text, start_at = excluded.start_at, end_at = excluded.end_at, "
            "draft_version = excluded.draft_version, updated_at = excluded.updated_at"));
        upsert.bindValue(0, notice.id());
        upsert.bindValue(1, Database::text(notice.territory()));
        upsert.bindValue(2, Database::text(notice.type()));
        upsert.bindValue(3, Database::text(notice.status()));
        upsert.bindValue(4, Database::text(notice.company()));
        upsert.bindValue(5, Database::text(notice.site().name));
        upsert.bindValue(6, Database::text(notice.site().commune));
        upsert.bindValue(7, Database::text(allTexts(notice)));
        upsert.bindValue(8, utcOrNull(notice.start()));
        upsert.bindValue(9, notice.end() ? utcOrNull(*notice.end()) : QVariant());
        upsert.bindValue(10, version);
        upsert.bindValue(11, now);
        upsert.bindValue(12, now);
        if (!m_db.exec(upsert))
            return false;
        QSqlQuery &insert = m_db.prepared(
            QStringLiteral("INSERT INTO draft_versions (notice_id, version, json, saved_at, user) "
                           "VALUES (?, ?, ?, ?, ?)"));
        insert.bindValue(0, notice.id());
        insert.bindValue(1, version);
        insert.bindValue(2, json);
        insert.bindValue(3, now);
        insert.bindValue(4, Database::text(user));
        if (!m_db.exec(insert))
            return false;
        saved = version;
        return m_journal.append(
            user, {version == 1 ? QStringLiteral("created") : QStringLiteral("edited"), notice.id(),
                   QString(), QStringLiteral("draft version %1").arg(version)});
    });
    return ok ? saved : 0;
}

std::optional<Notice> DraftStore::load(const QString &id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT v.json FROM notices n JOIN draft_versions v ON v.notice_id = "
                             "n.id AND v.version = n.draft_version WHERE n.id = ?"));
    q.bindValue(0, id);
    return firstNotice(q);
}

std::optional<Notice> DraftStore::loadVersion(const QString &id, int version)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT json FROM draft_versions WHERE notice_id = ? AND version = ?"));
    q.bindValue(0, id);
    q.bindValue(1, version);
    return firstNotice(q);
}

std::optional<Notice> DraftStore::firstNotice(QSqlQuery &q)
{
    if (!q.exec()) {
        m_db.fail(q.lastError());
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return Notice(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
}

QList<DraftStore::Version> DraftStore::versions(const QString &id)
{
    QList<Version> result;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT version, saved_at, user FROM draft_versions "
                             "WHERE notice_id = ? ORDER BY version"));
    q.bindValue(0, id);
    if (!q.exec()) {
        m_db.fail(q.lastError());
        return result;
    }
    while (q.next())
        result.append({q.value(0).toInt(), fromUtc(q.value(1)), q.value(2).toString()});
    return result;
}

int DraftStore::restore(const QString &id, int version, const QString &user)
{
    const auto old = loadVersion(id, version);
    if (!old)
        return 0;
    return save(*old, user);
}

QList<DraftStore::Summary> DraftStore::list(const Filter &filter)
{
    const QString match = matchExpression(filter.search);
    // With a search, the index walks its matches newest notice first and stops at the page's
    // end (CROSS JOIN keeps it the outer loop); sorting every match by update time instead
    // costs about 90 ms for a common word in 100,000 notices.
    QString sql = QStringLiteral("SELECT ") + kSummaryColumns +
                  (match.isEmpty() ? QStringLiteral(" FROM notices n")
                                   : QStringLiteral(" FROM notices_fts f CROSS JOIN notices n ON "
                                                    "n.seq = f.rowid"));
    QStringList where;
    QVariantList values;
    if (!match.isEmpty()) {
        where.append(QStringLiteral("notices_fts MATCH ?"));
        values.append(match);
    }
    const auto equal = [&](const char *column, const QString &value) {
        if (value.isEmpty())
            return;
        where.append(QStringLiteral("n.%1 = ?").arg(QLatin1String(column)));
        values.append(value);
    };
    equal("territory", filter.territory);
    equal("type", filter.type);
    equal("status", filter.status);
    if (filter.state)
        equal("state", NoticeStates::name(*filter.state));
    if (filter.to.isValid()) {
        where.append(QStringLiteral("n.start_at <= ?"));
        values.append(utc(filter.to));
    }
    if (filter.from.isValid()) {
        where.append(QStringLiteral("(n.end_at IS NULL OR n.end_at >= ?)"));
        values.append(utc(filter.from));
    }
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QLatin1String(" AND "));
    sql += match.isEmpty() ? QStringLiteral(" ORDER BY n.updated_at DESC, n.seq DESC")
                           : QStringLiteral(" ORDER BY f.rowid DESC");
    sql += QStringLiteral(" LIMIT ? OFFSET ?");
    values.append(filter.limit);
    values.append(filter.offset);

    QList<Summary> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec()) {
        m_db.fail(q.lastError());
        return result;
    }
    while (q.next())
        result.append(readSummary(q));
    return result;
}

std::optional<DraftStore::Summary> DraftStore::summary(const QString &id)
{
    // Prepared once: queueing asks for it on every operation.
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT ") + kSummaryColumns +
                                 QStringLiteral(" FROM notices n WHERE n.id = ?"));
    q.bindValue(0, id);
    if (!m_db.exec(q))
        return std::nullopt;
    std::optional<Summary> found;
    if (q.next())
        found = readSummary(q);
    q.finish();
    return found;
}

bool DraftStore::recordPlatformVersion(const QString &id, qint64 revision, const QString &etag)
{
    return m_db.write(Database::Durability::Normal, [&] {
        QSqlQuery &q = m_db.prepared(
            QStringLiteral("UPDATE notices SET platform_revision = ?, etag = ? WHERE id = ?"));
        q.bindValue(0, revision);
        q.bindValue(1, etag);
        q.bindValue(2, id);
        return m_db.exec(q);
    });
}

bool DraftStore::recordStanding(const QString &id, const PlatformStanding &standing)
{
    return m_db.write(Database::Durability::Normal, [&] {
        QSqlQuery &q =
            m_db.prepared(QStringLiteral("UPDATE notices SET platform_standing = ? WHERE id = ?"));
        q.bindValue(
            0, QString::fromUtf8(QJsonDocument(standing.toJson()).toJson(QJsonDocument::Compact)));
        q.bindValue(1, id);
        return m_db.exec(q);
    });
}

bool DraftStore::setState(const QString &id, NoticeState state, const QDateTime &updatedAt)
{
    return m_db.write(Database::Durability::Full, [&] {
        QSqlQuery &q = m_db.prepared(
            updatedAt.isValid()
                ? QStringLiteral("UPDATE notices SET state = ?, updated_at = ? WHERE id = ?")
                : QStringLiteral("UPDATE notices SET state = ? WHERE id = ?"));
        int i = 0;
        q.bindValue(i++, NoticeStates::name(state));
        if (updatedAt.isValid())
            q.bindValue(i++, utc(updatedAt));
        q.bindValue(i, id);
        return m_db.exec(q);
    });
}
