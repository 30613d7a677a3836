#include "ProfileLock.h"

#include "Profile.h"

#include <QCoreApplication>
#include <QThread>

ProfileLock::ProfileLock(const Profile &profile)
    : m_dir(profile.dir())
    , m_lock(profile.lockPath())
{
    // Only a dead holder makes a lock stale, never its age: a console may stay open for weeks.
    m_lock.setStaleLockTime(0);
}

bool ProfileLock::tryLock()
{
    if (m_lock.tryLock(0))
        return true;
    // A lock file without its holder's name was left by a process killed between creating it
    // and writing it (a live one takes microseconds): after a pause to be sure, it is stale.
    if (m_lock.error() == QLockFile::LockFailedError &&
        !m_lock.getLockInfo(nullptr, nullptr, nullptr)) {
        QThread::msleep(200);
        if (!m_lock.getLockInfo(nullptr, nullptr, nullptr) && m_lock.removeStaleLockFile() &&
            m_lock.tryLock(0))
            return true;
    }
    switch (m_lock.error()) {
    case QLockFile::LockFailedError: {
        qint64 pid = 0;
        QString host;
        QString application;
        m_lock.getLockInfo(&pid, &host, &application);
        m_error = QCoreApplication::translate("ProfileLock",
                                              "The profile %1 is in use by %2 (process %3 on %4). "
                                              "Close that program first, or choose another "
                                              "profile with --profile.")
                      .arg(m_dir, application.isEmpty() ? QStringLiteral("?") : application)
                      .arg(pid)
                      .arg(host.isEmpty() ? QStringLiteral("?") : host);
        break;
    }
    case QLockFile::PermissionError:
        m_error = QCoreApplication::translate("ProfileLock",
                                              "The profile folder %1 cannot be written to. Nothing "
                                              "in it was changed. Check its permissions, or choose "
                                              "another folder with --profile.")
                      .arg(m_dir);
        break;
    default:
        m_error = QCoreApplication::translate("ProfileLock",
                                              "No lock file can be created in the profile folder "
                                              "%1. Nothing in it was changed. Check that you may "
                                              "write in it and that its disk is neither full nor "
                                              "read-only, or choose another folder with "
                                              "--profile.")
                      .arg(m_dir);
    }
    return false;
}
