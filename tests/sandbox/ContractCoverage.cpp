#include "ContractCoverage.h"

#include "ApiRoute.h"

#include <QFile>
#include <QRegularExpression>

namespace ContractCoverage {

namespace {

QSet<QString> &seen()
{
    static QSet<QString> set;
    return set;
}

} // namespace

QSet<QString> documented(const QString &openApiPath)
{
    // The yaml is written with a fixed layout: paths at 2 spaces, methods at 4, statuses at 8.
    QFile file(openApiPath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("Cannot read %s", qPrintable(openApiPath));
    static const QRegularExpression pathLine(QStringLiteral("^  (/\\S+):\\s*$"));
    static const QRegularExpression methodLine(
        QStringLiteral("^    (get|put|post|delete|patch):\\s*$"));
    static const QRegularExpression statusLine(QStringLiteral("^        '(\\d{3})':"));
    QSet<QString> result;
    QString path;
    QString method;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("components:")))
            break;
        if (const auto m = pathLine.match(line); m.hasMatch()) {
            path = m.captured(1);
            method.clear();
        } else if (const auto m2 = methodLine.match(line); m2.hasMatch()) {
            method = m2.captured(1).toUpper();
        } else if (const auto m3 = statusLine.match(line); m3.hasMatch() && !method.isEmpty()) {
            result.insert(method + QLatin1Char(' ') + path + QLatin1Char(' ') + m3.captured(1));
        }
    }
    return result;
}

void record(const QByteArray &method, const QString &path, int status)
{
    const ApiRoute route = ApiRoute::match(method, path);
    if (route.operation != ApiRoute::Operation::None && status > 0)
        seen().insert(QString::fromLatin1(method) + QLatin1Char(' ') + route.pathTemplate() +
                      QLatin1Char(' ') + QString::number(status));
}

const QSet<QString> &recorded()
{
    return seen();
}

} // namespace ContractCoverage
