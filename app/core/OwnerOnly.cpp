#include "OwnerOnly.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcOwnerOnly, "allo.files")

namespace {

// Only takes rights away: a folder the user made read-only stays read-only. A file system
// without Unix modes (a FAT stick) cannot do it; that is logged, and the profile still works.
void restrict(const QString &path, QFileDevice::Permissions allowed)
{
    const QFileDevice::Permissions mode = QFileInfo(path).permissions() & allowed;
    if (!QFile::setPermissions(path, mode))
        qCWarning(lcOwnerOnly, "%s could not be made private to its owner.", qUtf8Printable(path));
}

} // namespace

bool OwnerOnly::makeFolder(const QString &dir, const QStringList &files)
{
    if (!QDir().mkpath(dir))
        return false;
    restrict(dir, folderMode);
    const QFileInfoList entries = QDir(dir).entryInfoList(files, QDir::Files | QDir::Hidden);
    for (const QFileInfo &entry : entries) {
        if (!entry.isSymLink())
            restrict(entry.filePath(), fileMode);
    }
    return true;
}

void OwnerOnly::makeFile(const QString &path)
{
    // NewOnly: never truncates a file another process made in the meantime.
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, fileMode) && file.exists())
        restrict(path, fileMode);
}
