#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

// An RFC 9457 problem+json error body from the platform, with its field errors (the same
// validation codes the console uses).
struct ProblemDetails
{
    struct FieldError
    {
        QString field;
        QString code;
        QString message;
    };

    QString type;
    QString title;
    int status = 0;
    QString detail;
    QString code; // the problem's stable code ("own_submission", "x_over_limit"…), or ""
    QList<FieldError> errors;

    static std::optional<ProblemDetails> fromJson(const QJsonObject &json);
    // One paragraph for a person: the detail (or title) and each field's message.
    QString describe() const;
};
