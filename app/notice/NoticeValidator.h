#pragma once

#include "ValidationIssue.h"

#include <QDateTime>
#include <QJsonObject>

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

private:
    const TerritoryCatalog &m_territories;
    QDateTime m_now;
};
