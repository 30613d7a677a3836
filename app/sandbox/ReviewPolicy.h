#pragma once

#include <QSet>
#include <QString>

// When a territory's coordinators review a type of notice: before publication (most types), or
// after it (the territory's publishedAtOnce types, incidents everywhere: a control room cannot
// wait for a review at 3 a.m.). The catalog is the one the console reads to tell the officer
// when residents will see a notice; a test may add types.
class ReviewPolicy
{
public:
    enum class Moment
    {
        BeforePublication,
        AfterPublication
    };

    Moment moment(const QString &territory, const QString &type) const;
    // territory "*" applies to every territory.
    void setPublishedAtOnce(const QString &territory, const QString &type, bool atOnce);

private:
    QSet<QString> m_atOnce; // "territory/type"
};
