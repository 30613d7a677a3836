#include "LogFile.h"

#include "OwnerOnly.h"

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
        if (file.open(QIODevice::Append | QIODevice::Text, OwnerOnly::fileMode)) {
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

// Where a secret's value lies in a line, quotes excluded: the masked part.
struct SecretValue
{
    qsizetype start = 0;
    qsizetype end = 0;
};

// The end of a JSON string whose opening quote ends just before `from`: the closing quote's
// position, or the line's end when it has none (so a cut line masks everything after the key).
// `quoted`: a JSON string nested in another string (qDebug() prints a QByteArray body so), whose
// characters come escaped once more.
qsizetype jsonStringEnd(const QString &line, qsizetype from, bool quoted)
{
    bool escaped = false;
    qsizetype i = from;
    while (i < line.size()) {
        const qsizetype unitStart = i;
        QChar c = line.at(i++);
        if (quoted && c == QLatin1Char('\\') && i < line.size())
            c = line.at(i++); // one level of escaping undone: \" is ", \\ is \ .
        if (escaped)
            escaped = false;
        else if (c == QLatin1Char('\\'))
            escaped = true;
        else if (c == QLatin1Char('"'))
            return unitStart; // nested, a bare " (the outer string's end) ends the value too
    }
    return line.size();
}

SecretValue secretValue(const QString &line, qsizetype start, bool isAuthorization)
{
    const QStringView rest = QStringView(line).mid(start);
    if (rest.startsWith(QLatin1String("\\\"")))
        return {start + 2, jsonStringEnd(line, start + 2, true)};
    if (rest.startsWith(QLatin1Char('"')))
        return {start + 1, jsonStringEnd(line, start + 1, false)};
    if (rest.startsWith(QLatin1Char('\''))) {
        const qsizetype close = line.indexOf(QLatin1Char('\''), start + 1);
        return {start + 1, close < 0 ? line.size() : close};
    }
    // Unquoted: a header keeps its scheme; the value ends where a query string, a JSON object or
    // a sentence would go on (a space cannot be told apart from the end of the value here).
    static const QRegularExpression scheme(
        QStringLiteral(R"RX(^(?:Bearer|Basic|Digest|Negotiate|NTLM)\s+)RX"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression unquoted(QStringLiteral(R"RX(^[^\s"'&,;}\]]*)RX"));
    qsizetype valueStart = start;
    if (isAuthorization) {
        const QRegularExpressionMatch m = scheme.match(rest);
        if (m.hasMatch())
            valueStart += m.capturedLength();
    }
    const QRegularExpressionMatch value = unquoted.match(QStringView(line).mid(valueStart));
    return {valueStart, valueStart + value.capturedLength()};
}

} // namespace

bool LogFile::install(const QString &directory, qint64 maxBytes, int keep)
{
    // The log and its rotations (renamed, so they keep their mode) are the owner's only.
    if (!OwnerOnly::makeFolder(directory, {QStringLiteral("allo.log*")}))
        return false;
    const QString file = QDir(directory).filePath(QStringLiteral("allo.log"));
    QFile probe(file);
    if (!probe.open(QIODevice::Append, OwnerOnly::fileMode))
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
    // A secret's key in JSON, a query string or a header: password, passwd, anything ending in
    // secret or token (client_secret, id_token, accessToken, X-Csrf-Token), Authorization.
    static const QRegularExpression key(
        QStringLiteral(
            R"RX((?<![\w-])((?:proxy-)?authorization|[\w-]*(?:password|passwd|secret|token))(?:\\?["'])?\s*[:=]\s*)RX"),
        QRegularExpression::CaseInsensitiveOption);
    // A bearer token in free text, and the password of user info in an address.
    static const QRegularExpression bearer(
        QStringLiteral(R"RX((\bBearer\s+)([A-Za-z0-9._~+/=-]+))RX"));
    static const QRegularExpression userInfo(QStringLiteral(R"RX((://[^/\s:@]*:)[^/\s@]+@)RX"));
    static const QString hidden = QStringLiteral("***");

    QString masked;
    qsizetype from = 0;
    QRegularExpressionMatchIterator it = key.globalMatch(line);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedStart() < from)
            continue; // inside a value already masked
        const qsizetype start = m.capturedEnd();
        const bool isAuthorization =
            m.captured(1).endsWith(QLatin1String("authorization"), Qt::CaseInsensitive);
        const SecretValue value = secretValue(line, start, isAuthorization);
        masked += QStringView(line).mid(from, value.start - from);
        masked += hidden;
        from = value.end;
    }
    masked += QStringView(line).mid(from);
    masked.replace(bearer, QStringLiteral("\\1***"));
    masked.replace(userInfo, QStringLiteral("\\1***@"));
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
