#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

// Where a notice stands on the platform, as this profile last saw it: the platform's state and
// the CCI's last decision with its comment. Not the profile's state (NoticeState) nor an
// operation's: "sent" only says the platform has it, this says whether residents see it.
struct PlatformStanding
{
    Q_DECLARE_TR_FUNCTIONS(PlatformStanding)

public:
    QString state; // the platform's: pending_review, published, changes_requested, rejected…
    int revision = 0;
    int publishedRevision = 0; // 0: nothing of it is public
    QString decision;          // the last decision on any revision: approve, request_changes…
    int decisionRevision = 0;
    QString comment;
    QString decidedBy;
    QDateTime decidedAt;
    QString reason;      // why it was ended or cancelled
    QDateTime checkedAt; // when this profile first saw it so

    QJsonObject toJson() const;
    static std::optional<PlatformStanding> fromJson(const QJsonObject &json);
    // The same standing; when it was first seen (checkedAt) does not count.
    bool operator==(const PlatformStanding &other) const;

    // The last decision is on the latest revision (a later revision awaits a new one).
    bool decidedOnLatest() const { return !decision.isEmpty() && decisionRevision == revision; }
    // The same decision as other's (a new one is worth a notification).
    bool sameDecision(const PlatformStanding &other) const;
    // For a person, in one line: "Changes requested by coord.anne: …", "Published", …
    QString describe() const;
    // The state alone, in a few words, for a list.
    QString word() const;
};
