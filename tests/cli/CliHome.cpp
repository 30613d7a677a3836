#include "CliHome.h"

#include "TestData.h"

#include <QFile>
#include <QJsonDocument>
#include <QUuid>

CliHome::CliHome(const QString &servicePrefix)
    : m_service(servicePrefix + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

QString CliHome::now()
{
    return QLatin1String("--now=") + TestData::sampleNow().toString(Qt::ISODate);
}

CliRun CliHome::run(const QStringList &arguments, const QByteArray &input,
                    const QProcessEnvironment &env) const
{
    return CliRun::start(m_dir.path(), m_service, arguments, input, env);
}

CliRun CliHome::login(const QString &apiUrl, const QString &caFile, const QString &user,
                      const QString &password, const QProcessEnvironment &env) const
{
    return run({QStringLiteral("login"), QStringLiteral("--api"), apiUrl, QStringLiteral("--ca"),
                caFile, QStringLiteral("--profile"), profile(), user},
               password.toUtf8() + '\n', env);
}

bool CliHome::signIn(const QString &apiUrl, const QString &caFile, const QString &user,
                     const QString &password) const
{
    const CliRun run = login(apiUrl, caFile, user, password);
    if (run.exitCode != 0)
        qWarning("%s", qPrintable(run.err));
    return run.exitCode == 0;
}

QString CliHome::write(const QJsonObject &notice) const
{
    const QString path =
        m_dir.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + ".json");
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(notice).toJson()) < 0)
        return {};
    return path;
}

QString CliHome::queueAdd(const QJsonObject &notice) const
{
    const QString file = write(notice);
    if (file.isEmpty())
        return {};
    const CliRun added = run({QStringLiteral("queue"), QStringLiteral("add"),
                              QStringLiteral("--profile"), profile(), now(), file});
    if (added.exitCode != 0)
        qWarning("%s", qPrintable(added.err));
    return added.exitCode == 0 ? added.out.trimmed() : QString();
}
