#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>

// One problem found in a notice: where (a JSON path such as "site.commune"), what (a stable code
// that does not depend on the language), the values the sentence needs, and how bad.
struct ValidationIssue
{
    enum class Severity
    {
        Error,
        Warning
    };

    QString path;
    QString code;
    QStringList args;
    Severity severity = Severity::Error;

    bool isError() const { return severity == Severity::Error; }
    // The sentence for a person, in the current UI language.
    QString message() const;
    QJsonObject toJson() const;
    bool operator==(const ValidationIssue &) const = default;
};

using ValidationIssues = QList<ValidationIssue>;

bool hasErrors(const ValidationIssues &issues);
