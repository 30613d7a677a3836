#include "SandboxRunner.h"

#include "Localization.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

// Long enough for a first start on a loaded machine (it makes the training CA and keys).
constexpr int kStartTimeoutMs = 30000;
constexpr int kStopTimeoutMs = 5000;

} // namespace

SandboxRunner::SandboxRunner(const Clock &clock, const QString &program, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_program(program)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
}

SandboxRunner::~SandboxRunner()
{
    stop();
}

QString SandboxRunner::besideThisProgram()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("allo-sandbox"));
}

QString SandboxRunner::start(const QString &dataDir)
{
    if (m_process.state() != QProcess::NotRunning)
        return {};
    QStringList arguments = {QStringLiteral("--data"), dataDir, QStringLiteral("--listen"),
                             QStringLiteral("127.0.0.1:0"), QStringLiteral("--quit-with-stdin")};
    // Its messages in the console's language, and its time the console's (--now).
    if (const QString lang = Localization::current(); !lang.isEmpty())
        arguments << QStringLiteral("--lang") << lang;
    // (A clock more than a second off the system's is one set by --now or by a test.)
    if (const QDateTime now = m_clock.now();
        qAbs(now.msecsTo(QDateTime::currentDateTimeUtc())) > 1000)
        arguments << QStringLiteral("--now") << now.toUTC().toString(Qt::ISODateWithMs);
    m_process.start(m_program, arguments);
    if (!m_process.waitForStarted(kStartTimeoutMs))
        return QCoreApplication::translate("SandboxRunner",
                                           "The training sandbox program %1 cannot be started "
                                           "(%2). It is installed beside the console: install "
                                           "the console again.")
            .arg(QDir::toNativeSeparators(m_program), m_process.errorString());

    static const QRegularExpression listening(QStringLiteral("listening on (https://\\S+)"));
    static const QRegularExpression ca(QStringLiteral("^allo-sandbox CA ([^\\r\\n]+)\\r?\\n"),
                                       QRegularExpression::MultilineOption);
    QByteArray out;
    QRegularExpressionMatch url;
    QRegularExpressionMatch caLine;
    while (!caLine.hasMatch() && m_process.waitForReadyRead(kStartTimeoutMs)) {
        out += m_process.readAllStandardOutput();
        const QString text = QString::fromUtf8(out);
        url = listening.match(text);
        caLine = ca.match(text);
    }
    if (!url.hasMatch() || !caLine.hasMatch()) {
        // allo-sandbox says what is wrong on its last line, "allo-sandbox: <sentence>".
        m_process.waitForFinished(kStopTimeoutMs);
        QString error = QString::fromUtf8(m_process.readAllStandardError()).trimmed();
        error = error.mid(error.lastIndexOf(QLatin1Char('\n')) + 1);
        if (error.startsWith(QLatin1String("allo-sandbox: ")))
            error = error.mid(14);
        stop();
        return QCoreApplication::translate("SandboxRunner", "The training sandbox cannot start: %1")
            .arg(error.isEmpty() ? m_process.errorString() : error);
    }
    m_url = url.captured(1);
    m_caFile = caLine.captured(1);
    logErrors();
    connect(&m_process, &QProcess::readyReadStandardError, this, &SandboxRunner::logErrors);
    return {};
}

void SandboxRunner::logErrors()
{
    // What the sandbox reports while it runs goes to the console's log, and never fills the pipe.
    const QByteArray errors = m_process.readAllStandardError().trimmed();
    if (!errors.isEmpty())
        qWarning("allo-sandbox: %s", errors.constData());
}

QString SandboxRunner::trainingPassword(const QString &user)
{
    QFile file(QStringLiteral(":/sandbox/training-users.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonDocument users = QJsonDocument::fromJson(file.readAll());
    for (const QJsonValue &entry : users.object().value(QStringLiteral("users")).toArray()) {
        if (entry.toObject().value(QStringLiteral("username")).toString() == user)
            return entry.toObject().value(QStringLiteral("password")).toString();
    }
    return {};
}

void SandboxRunner::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    disconnect(&m_process, &QProcess::readyReadStandardError, this, &SandboxRunner::logErrors);
    // The end of its input asks it to quit: its database closes cleanly.
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(kStopTimeoutMs)) {
        m_process.kill();
        m_process.waitForFinished(kStopTimeoutMs);
    }
}
