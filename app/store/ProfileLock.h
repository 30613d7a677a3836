#pragma once

#include <QLockFile>
#include <QString>

class Profile;

// One writer per profile. A lock left by a process that died is taken over (QLockFile checks
// that its process is gone); a live one refuses with a sentence naming who holds it.
class ProfileLock
{
public:
    explicit ProfileLock(const Profile &profile);
    bool tryLock();
    void unlock() { m_lock.unlock(); }
    QString errorString() const { return m_error; }

private:
    QString m_dir;
    QLockFile m_lock;
    QString m_error;
};
