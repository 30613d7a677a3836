#pragma once

#include <QSet>
#include <QString>

// When a territory's coordinators review a type of notice: before publication (most types), or
// after it (an incident is published at once: a control room cannot wait for a review at 3 a.m.).
class ReviewPolicy
{
public:
    enum class Moment
    {
        BeforePublication,
        AfterPublication
    };

    // Incidents are reviewed after publication in every territory.
    ReviewPolicy();

    Moment moment(const QString &territory, const QString &type) const;
    // territory "*" applies to every territory.
    void setPublishedAtOnce(const QString &territory, const QString &type, bool atOnce);

private:
    QSet<QString> m_atOnce; // "territory/type"
};
