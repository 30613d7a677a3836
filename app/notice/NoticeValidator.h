#pragma once

#include "ValidationIssue.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

class TerritoryCatalog;

// Checks a notice's JSON against the rules of the notice model and returns every problem at
// once. Warnings (which do not block sending) depend on now.
class NoticeValidator
{
public:
    static constexpr int kMaxTextLength = 2000;
    static constexpr int kMaxLinkLength = 2048;
    static constexpr int kFarAheadDays = 90;
    static constexpr int kLongPeriodDays = 31;

    NoticeValidator(const TerritoryCatalog &territories, const QDateTime &now);
    ValidationIssues validate(const QJsonObject &notice) const;
    // The first C0 or C1 control character in value (they reach terminals and logs as escape
    // sequences), as a "control_character" error at path; a multi-line text may hold line feeds
    // and tabs. Every text field of a notice is checked so, and the platform's other texts
    // (review comments, reasons) with it.
    static std::optional<ValidationIssue> controlCharacter(const QString &value,
                                                           const QString &path, bool multiLine);

private:
    const TerritoryCatalog &m_territories;
    QDateTime m_now;
};
