#include "LocalUser.h"

#include <QDir>

QString LocalUser::name()
{
    for (const char *variable : {"USER", "USERNAME"}) {
        const QString value = qEnvironmentVariable(variable).trimmed();
        if (!value.isEmpty())
            return value;
    }
    const QString home = QDir(QDir::homePath()).dirName();
    return home.isEmpty() ? QStringLiteral("unknown") : home;
}
