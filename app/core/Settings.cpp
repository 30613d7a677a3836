#include "Settings.h"

#include <QDir>
#include <QStandardPaths>

namespace {

struct Definition
{
    Settings::Key key;
    const char *name;
    QVariant defaultValue;
};

const QList<Definition> &definitions()
{
    using K = Settings::Key;
    static const QList<Definition> table = {
        {K::PlatformUrl, "platform/url", QString()},
        {K::PlatformCaFile, "platform/caFile", QString()},
        {K::PlatformPin, "platform/pin", QString()},
        {K::PlatformUser, "platform/user", QString()},
        {K::ProxyUrl, "network/proxy", QString()},
        {K::Language, "ui/language", QString()},
        {K::RetryBaseSeconds, "outbox/retryBaseSeconds", 1},
        {K::RetryCapSeconds, "outbox/retryCapSeconds", 300},
        {K::ReminderHours, "ui/untilFurtherNoticeReminderHours", 4},
        {K::LargerText, "ui/largerText", false},
    };
    return table;
}

const Definition &definition(Settings::Key key)
{
    for (const Definition &d : definitions()) {
        if (d.key == key)
            return d;
    }
    Q_UNREACHABLE();
}

} // namespace

Settings::Settings(const QString &userFile, const QString &machineFile)
    : m_user(std::make_unique<QSettings>(userFile, QSettings::IniFormat))
#ifdef Q_OS_WIN
    , m_machine(std::make_unique<QSettings>(machineFile, QSettings::NativeFormat))
#else
    , m_machine(std::make_unique<QSettings>(machineFile, QSettings::IniFormat))
#endif
{}

std::unique_ptr<Settings> Settings::standard()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    return std::make_unique<Settings>(dir + QLatin1String("/allo-industrie/console.conf"),
                                      standardMachineFile());
}

QString Settings::standardMachineFile()
{
#ifdef Q_OS_WIN
    // Written by the MSI's PLATFORM_URL / PLATFORM_CA properties.
    return QStringLiteral("HKEY_LOCAL_MACHINE\\Software\\Policies\\Allo Industrie\\Console");
#else
    QString dirs = qEnvironmentVariable("XDG_CONFIG_DIRS");
    if (dirs.isEmpty())
        dirs = QStringLiteral("/etc/xdg");
    return dirs.split(QLatin1Char(':')).first() + QLatin1String("/allo-industrie/console.conf");
#endif
}

QVariant Settings::value(Key key) const
{
    const QString n = name(key);
    // An empty machine value means unset (an MSI property left blank).
    const QVariant machine = m_machine->value(n);
    if (machine.isValid() && !machine.toString().isEmpty())
        return machine;
    return m_user->value(n, defaultValue(key));
}

QVariant Settings::defaultValue(Key key) const
{
    return definition(key).defaultValue;
}

bool Settings::isLocked(Key key) const
{
    const QVariant machine = m_machine->value(name(key));
    return machine.isValid() && !machine.toString().isEmpty();
}

bool Settings::setValue(Key key, const QVariant &value)
{
    if (isLocked(key))
        return false;
    m_user->setValue(name(key), value);
    m_user->sync();
    return m_user->status() == QSettings::NoError;
}

void Settings::reset(Key key)
{
    m_user->remove(name(key));
    m_user->sync();
}

QString Settings::name(Key key)
{
    return QString::fromLatin1(definition(key).name);
}

QList<Settings::Key> Settings::keys()
{
    QList<Key> result;
    for (const Definition &d : definitions())
        result.append(d.key);
    return result;
}
