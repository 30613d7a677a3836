#include "CliRun.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>

CliRun CliRun::start(const QString &home, const QString &keychainService,
                     const QStringList &arguments, const QByteArray &input, QProcessEnvironment env)
{
    constexpr int waitMs = 60000;
    const QDir dir(home);
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("ALLO_KEYCHAIN_SERVICE"), keychainService);
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    QProcess process;
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    // English messages unless the test asks for a language (the last --lang would win).
    process.start(QStringLiteral(ALLO_CLI),
                  arguments.contains(QStringLiteral("--lang"))
                      ? arguments
                      : arguments + QStringList{QStringLiteral("--lang"), QStringLiteral("en")});
    process.write(input);
    process.closeWriteChannel();
    CliRun run;
    if (!finished.wait(waitMs)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("allo-cli did not finish");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}
