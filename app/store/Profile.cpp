#include "Profile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

Profile::Profile(const QString &dir)
    : m_dir(QDir(dir).absolutePath())
{}

Profile Profile::standard()
{
    // Shared by allo-console and allo-cli (AppDataLocation would differ with each program's name).
    return Profile(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                   QLatin1String("/allo-industrie/profile"));
}

QCommandLineOption Profile::option()
{
    return QCommandLineOption(
        QStringLiteral("profile"),
        QCoreApplication::translate("Profile",
                                    "Keep drafts, the queue and the journal in this folder."),
        QCoreApplication::translate("Profile", "folder"));
}

Profile Profile::fromParser(const QCommandLineParser &parser)
{
    const QString dir = parser.value(QStringLiteral("profile"));
    return dir.isEmpty() ? standard() : Profile(dir);
}

QString Profile::databasePath() const
{
    return QDir(m_dir).filePath(QStringLiteral("store.sqlite"));
}

QString Profile::lockPath() const
{
    return QDir(m_dir).filePath(QStringLiteral("store.lock"));
}

QString Profile::sessionMarkerPath() const
{
    return QDir(m_dir).filePath(QStringLiteral("store.session"));
}
