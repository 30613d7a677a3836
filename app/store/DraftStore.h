#pragma once

#include "Database.h"
#include "Notice.h"
#include "NoticeState.h"
#include "PlatformStanding.h"

#include <QDateTime>
#include <QList>
#include <QSqlQuery>

#include <optional>

class Clock;
class Journal;

// Notices as the officer writes them. Every save is a new draft version ("draft version" is
// local; "revision" is the platform's), so nothing typed is lost and any version can be brought
// back.
class DraftStore
{
public:
    struct Version
    {
        int version = 0;
        QDateTime savedAt;
        QString user;
    };

    struct Summary
    {
        QString id;
        QString territory;
        QString type;
        QString status;
        NoticeState state = NoticeState::Draft;
        QString company;
        QString site;
        QString commune;
        QString text;
        QDateTime start;
        std::optional<QDateTime> end;
        int draftVersion = 0;
        QDateTime updatedAt;
        std::optional<qint64> platformRevision;
        std::optional<PlatformStanding> platform; // as last seen; none before the first look
    };

    // Empty fields do not filter. The period keeps notices whose time overlaps [from, to].
    // Newest first: by last change, or with a search by creation.
    struct Filter
    {
        QString search;
        QString territory;
        QString type;
        QString status;
        std::optional<NoticeState> state;
        QDateTime from;
        QDateTime to;
        int limit = 50;
        int offset = 0;
    };

    DraftStore(Database &db, Journal &journal, const Clock &clock);

    // A new draft version, or the latest one when nothing changed; 0 on failure (the database
    // says why).
    int save(const Notice &notice, const QString &user,
             Database::Durability durability = Database::Durability::Normal);
    std::optional<Notice> load(const QString &id);
    std::optional<Notice> loadVersion(const QString &id, int version);
    QList<Version> versions(const QString &id);
    // Saves an earlier version again as the newest one; 0 on failure.
    int restore(const QString &id, int version, const QString &user);
    QList<Summary> list(const Filter &filter);
    // What the platform holds of a notice, read from it rather than answered to a send (a
    // coordinator's decision raises its ETag): the base of the next update's If-Match.
    bool recordPlatformVersion(const QString &id, qint64 revision, const QString &etag);
    // Where the notice stands on the platform, as the issuer's look at it found it.
    bool recordStanding(const QString &id, const PlatformStanding &standing);
    std::optional<Summary> summary(const QString &id);
    // Only the outbox moves a notice's state, with its operations: called inside the outbox's
    // transaction, it joins it. updatedAt, when valid, also dates the change (queueing does).
    bool setState(const QString &id, NoticeState state, const QDateTime &updatedAt = {});
    // What the last failed call ran into, as a sentence for the user.
    QString lastError() const { return m_db.errorString(); }

private:
    // Runs a prepared query whose first column is a notice's JSON.
    std::optional<Notice> firstNotice(QSqlQuery &query);
    Database &m_db;
    Journal &m_journal;
    const Clock &m_clock;
};
