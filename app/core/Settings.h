#pragma once

#include <QHash>
#include <QSettings>
#include <QVariant>

#include <memory>

// The one settings layer: built-in defaults, then the user's file, then the machine-wide file
// an administrator controls, which wins. (Plain QSettings reads /etc/xdg only as a fallback.)
class Settings
{
public:
    enum class Key
    {
        PlatformUrl,
        PlatformCaFile,
        PlatformPin,
        // The user name signed in; the tokens are in the keychain, never here.
        PlatformUser,
        ProxyUrl,
        Language,
        RetryBaseSeconds,
        RetryCapSeconds,
        ReminderHours,
        LargerText,
    };

    Settings(const QString &userFile, const QString &machineFile);
    // The user's file under the standard config location, the machine file from the system.
    static std::unique_ptr<Settings> standard();
    static QString standardMachineFile();

    QVariant value(Key key) const;
    QVariant defaultValue(Key key) const;
    bool isLocked(Key key) const;
    // Refused (false) when the key is locked by the administrator.
    bool setValue(Key key, const QVariant &value);
    void reset(Key key);

    static QString name(Key key);
    static QList<Key> keys();
    QString userFile() const { return m_user->fileName(); }
    QString machineFile() const { return m_machine->fileName(); }

private:
    std::unique_ptr<QSettings> m_user;
    std::unique_ptr<QSettings> m_machine;
};
