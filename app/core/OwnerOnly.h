#pragma once

#include <QFileDevice>
#include <QString>
#include <QStringList>

// Folders and files only their owner may open: the profile (drafts, the outbox, the journal, the
// log) and the sandbox's data (password hashes, private keys). Set here explicitly rather than
// through a process umask, which is process-wide (the console runs the sandbox on a thread) and
// would also restrict what a user exports on purpose. On Windows the per-user data folders are
// already private and only the read-only attribute maps to these modes.
class OwnerOnly
{
public:
    static constexpr QFileDevice::Permissions folderMode =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    static constexpr QFileDevice::Permissions fileMode =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner;

    // Creates dir (with its parents) when missing and takes from it every right beyond
    // folderMode, then from the files in it whose names match `files` (wildcards) every right
    // beyond fileMode: a folder an earlier version made under the umask is tightened on open.
    // Only the program's own files, since --profile or --data may name a folder that holds
    // others; symbolic links are left alone. False only when dir cannot be created.
    static bool makeFolder(const QString &dir, const QStringList &files = {});
    // Creates the file empty with fileMode, or takes from an existing one every right beyond it:
    // SQLite then gives its side files (-wal, -shm, -journal) the database file's mode.
    static void makeFile(const QString &path);
};
