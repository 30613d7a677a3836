#pragma once

#include "Notice.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

// A notice as the platform holds it (the API's NoticeResource): its state, the latest and the
// public revision, who submitted it, the last decision and, from GET /v1/notices/{id}, every
// revision.
struct PlatformNotice
{
    struct Review
    {
        int revision = 0;
        QString decision; // approve, request_changes, reject
        QString comment;
        QString decidedBy;
        QDateTime decidedAt;
    };

    struct Revision
    {
        int revision = 0;
        Notice notice;
        QString submittedBy;
        QDateTime submittedAt;
        QDateTime publishedAt; // invalid while never public
        std::optional<Review> review;
    };

    QString id;
    QString territory;
    QString company;
    QString type;
    QString state;
    int revision = 0;
    int publishedRevision = 0; // 0: nothing is public
    QString submittedBy;
    QDateTime updatedAt;
    QString reason;
    Notice notice; // the latest revision
    std::optional<Review> review;
    QList<Revision> revisions; // only from GET /v1/notices/{id}

    static PlatformNotice fromJson(const QJsonObject &json);

    // The latest revision is public and nobody has decided on it yet: published at once by the
    // platform's policy (incidents), reviewed afterwards.
    bool publishedAtOnce() const;
    bool awaitingReview() const;
    // On the public web page now: a public revision, neither ended, cancelled nor rejected.
    bool isLive() const;
    bool isClosed() const;
    const Revision *findRevision(int number) const;
};
