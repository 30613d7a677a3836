#pragma once

#include "ApiResponse.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <optional>

class UserDirectory;

// The platform side's own SQLite database (not the console's profile): accounts, sessions,
// notices with every revision and decision, and the stored answers of idempotent requests.
// Times are milliseconds since the epoch, UTC. A failed query is remembered, so the API can roll
// back and answer 500 instead of checking every call.
class SandboxStore
{
public:
    struct User
    {
        QString username;
        QString name;
        QString role;
        QString company;
        QStringList territories;

        QJsonObject toJson() const;
        bool coordinates(const QString &territory) const;
    };

    struct Notice
    {
        QString id;
        QString territory;
        QString company;
        QString type;
        QString state;
        int revision = 0;
        int publishedRevision = 0; // 0: none is public
        std::optional<qint64> endAt;
        QString reason;
        qint64 updatedAt = 0;
        qint64 version = 0; // the ETag: raised by every change
        qint64 seq = 0;     // the order of the list: raised by every change, across notices
    };

    struct Revision
    {
        int revision = 0;
        QJsonObject json;
        QString submittedBy;
        qint64 submittedAt = 0;
        std::optional<qint64> publishedAt;
        QString decision; // "" while undecided
        QString comment;
        QString decidedBy;
        qint64 decidedAt = 0;
    };

    struct Filter
    {
        QString state;
        QString territory;
        QString company;
        std::optional<qint64> since;
        qint64 afterSeq = 0;
        int limit = 50;
        QStringList territories; // visible territories (empty: all)
        QString ownCompany;      // when set, only that company's notices
        QString id;              // when set, only that notice
    };

    struct HotlineAudio
    {
        QString language;
        QByteArray wav;
        double seconds = 0;
    };

    struct Session
    {
        QString username;
        QByteArray accessToken;
        QByteArray refreshToken;
    };

    SandboxStore();
    ~SandboxStore();
    SandboxStore(const SandboxStore &) = delete;
    SandboxStore &operator=(const SandboxStore &) = delete;

    // path ":memory:" keeps everything in memory (fuzzing). Returns an error sentence or "".
    QString open(const QString &path);
    bool hasUsers();
    // Replaces every account and site; clear-text passwords are hashed here. Returns an error
    // sentence or "".
    QString replaceDirectory(const UserDirectory &directory);

    std::optional<User> user(const QString &username);
    std::optional<User> checkPassword(const QString &username, const QString &password);
    // Sites of a company, or of territories when company is "".
    QList<QJsonObject> sites(const QString &company, const QStringList &territories);
    bool hasSite(const QString &company, const QString &territory, const QString &siteId);

    Session createSession(const QString &username, qint64 now, int accessSeconds,
                          int refreshSeconds);
    // The user of a valid access token.
    std::optional<QString> sessionUser(const QByteArray &accessToken, qint64 now);
    // A new pair for a valid refresh token; the old pair stops working.
    std::optional<Session> rotateSession(const QByteArray &refreshToken, qint64 now,
                                         int accessSeconds, int refreshSeconds);
    void revokeSession(const QByteArray &accessToken);

    // The stored answer for (user, key) and the fingerprint of the request that made it.
    std::optional<std::pair<QByteArray, ApiResponse>> storedAnswer(const QString &username,
                                                                   const QString &key);
    void storeAnswer(const QString &username, const QString &key, const QByteArray &fingerprint,
                     const ApiResponse &answer, qint64 now);
    // Forgets the sessions whose tokens have both expired and the stored answers older than
    // answersKeptMs.
    void purge(qint64 now, qint64 answersKeptMs);

    std::optional<Notice> notice(const QString &id);
    QList<Revision> revisions(const QString &id);
    std::optional<Revision> revision(const QString &id, int revision);
    // The latest revision before this one that was published, if any.
    std::optional<Revision> publishedBefore(const QString &id, int revision);
    // Both raise the notice's version and seq.
    void insertNotice(Notice &notice, const Revision &first);
    void updateNotice(Notice &notice);
    void insertRevision(const QString &id, const Revision &revision);
    void updateRevision(const QString &id, const Revision &revision);
    // Replaces the audio of that revision and language, if any; the notice's version stays (the
    // audio is no change of the notice: an update's If-Match still holds after it).
    void putHotlineAudio(const QString &id, int revision, const HotlineAudio &audio,
                         const QString &username, qint64 now);
    std::optional<HotlineAudio> hotlineAudio(const QString &id, int revision,
                                             const QString &language);
    QList<Notice> list(const Filter &filter);
    // Notices with a public revision that are neither ended, cancelled nor rejected.
    QList<Notice> live(const QString &territory);
    // Ends every notice whose end has come; returns how many.
    int endDue(qint64 now);
    qint64 noticeCount();

    void begin();
    void commit();
    void rollback();
    // Whether a query failed since the last call (and forgets it).
    bool takeFailure();

private:
    QSqlQuery exec(const QString &sql, const QVariantList &values = {});
    Notice noticeFrom(const QSqlQuery &q) const;
    qint64 nextSeq();

    QString m_connection;
    bool m_failed = false;
};
