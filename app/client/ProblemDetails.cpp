#include "ProblemDetails.h"

#include <QCoreApplication>
#include <QJsonArray>

std::optional<ProblemDetails> ProblemDetails::fromJson(const QJsonObject &json)
{
    if (!json.value(QLatin1String("title")).isString() &&
        !json.value(QLatin1String("detail")).isString())
        return std::nullopt;
    ProblemDetails p;
    p.type = json.value(QLatin1String("type")).toString();
    p.title = json.value(QLatin1String("title")).toString();
    p.status = json.value(QLatin1String("status")).toInt();
    p.detail = json.value(QLatin1String("detail")).toString();
    p.code = json.value(QLatin1String("code")).toString();
    const QJsonArray errors = json.value(QLatin1String("errors")).toArray();
    for (const QJsonValue &v : errors) {
        const QJsonObject e = v.toObject();
        p.errors.append({e.value(QLatin1String("field")).toString(),
                         e.value(QLatin1String("code")).toString(),
                         e.value(QLatin1String("message")).toString()});
    }
    return p;
}

QString ProblemDetails::describe() const
{
    QString summary = detail.trimmed().isEmpty() ? title.trimmed() : detail.trimmed();
    if (summary.isEmpty())
        summary = QCoreApplication::translate("ProblemDetails",
                                              "The platform refused the request (error %1).")
                      .arg(status);
    QStringList lines{summary};
    for (const FieldError &e : errors)
        lines.append(
            QStringLiteral("%1: %2").arg(e.field, e.message.isEmpty() ? e.code : e.message));
    return lines.join(QLatin1Char('\n'));
}
