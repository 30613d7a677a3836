#include "LogFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QRegularExpression>

namespace {

struct State
{
    QMutex mutex;
    QString path;
    qint64 maxBytes = LogFile::kDefaultMaxBytes;
    int keep = LogFile::kDefaultKeep;
    QtMessageHandler previous = nullptr;
    bool installed = false;
};

State &state()
{
    static State s;
    return s;
}

void rotate(const State &s)
{
    QFile::remove(s.path + QLatin1Char('.') + QString::number(s.keep));
    for (int i = s.keep - 1; i >= 1; --i)
        QFile::rename(s.path + QLatin1Char('.') + QString::number(i),
                      s.path + QLatin1Char('.') + QString::number(i + 1));
    QFile::rename(s.path, s.path + QLatin1String(".1"));
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    State &s = state();
    {
        const QMutexLocker lock(&s.mutex);
        if (QFileInfo(s.path).size() >= s.maxBytes)
            rotate(s);
        QFile file(s.path);
        if (file.open(QIODevice::Append | QIODevice::Text)) {
            const QString line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) +
                                 QLatin1Char(' ') + QLatin1String(levelName(type)) +
                                 QLatin1Char(' ') +
                                 QLatin1String(context.category ? context.category : "default") +
                                 QLatin1String(": ") + LogFile::mask(message) + QLatin1Char('\n');
            file.write(line.toUtf8());
        }
    }
    if (s.previous)
        s.previous(type, context, LogFile::mask(message));
}

} // namespace

bool LogFile::install(const QString &directory, qint64 maxBytes, int keep)
{
    if (!QDir().mkpath(directory))
        return false;
    const QString file = QDir(directory).filePath(QStringLiteral("allo.log"));
    QFile probe(file);
    if (!probe.open(QIODevice::Append))
        return false;
    State &s = state();
    const QMutexLocker lock(&s.mutex);
    s.path = file;
    s.maxBytes = maxBytes;
    s.keep = keep;
    if (!s.installed) {
        s.previous = qInstallMessageHandler(handler);
        s.installed = true;
    }
    return true;
}

void LogFile::uninstall()
{
    State &s = state();
    const QMutexLocker lock(&s.mutex);
    if (s.installed)
        qInstallMessageHandler(s.previous);
    s.installed = false;
    s.previous = nullptr;
}

QString LogFile::path()
{
    return state().path;
}

QString LogFile::mask(const QString &line)
{
    // Key-value forms (JSON, query strings, headers) of the secrets this product handles.
    static const QRegularExpression secrets(
        QStringLiteral(
            R"RX(("?(?:password|passwd|access_token|refresh_token|token|secret)"?\s*[:=]\s*"?)([^"&\s,}]+))RX"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression authorization(
        QStringLiteral(
            R"RX(((?:Authorization|Proxy-Authorization)\s*:\s*(?:Bearer|Basic)?\s*)(\S+))RX"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bearer(
        QStringLiteral(R"RX((\bBearer\s+)([A-Za-z0-9._~+/=-]+))RX"));
    QString masked = line;
    masked.replace(secrets, QStringLiteral("\\1***"));
    masked.replace(authorization, QStringLiteral("\\1***"));
    masked.replace(bearer, QStringLiteral("\\1***"));
    return masked;
}

QStringList LogFile::lastLines(int count)
{
    QFile file(path());
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QStringList lines =
        QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.size() > count)
        lines = lines.mid(lines.size() - count);
    return lines;
}
