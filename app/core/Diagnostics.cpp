#include "Diagnostics.h"

#include "Clock.h"
#include "LogFile.h"
#include "Settings.h"
#include "TarWriter.h"
#include "Version.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSysInfo>
#include <QUrl>

Diagnostics::Diagnostics(const Settings &settings, const Clock &clock, const QJsonObject &state)
    : m_settings(settings)
    , m_clock(clock)
    , m_state(state)
{}

QJsonObject Diagnostics::summary() const
{
    QJsonObject settings;
    for (Settings::Key key : Settings::keys()) {
        QString value = m_settings.value(key).toString();
        // A proxy address may carry a user name and password; a platform address written by
        // hand in a settings file too, although it is refused.
        if ((key == Settings::Key::ProxyUrl || key == Settings::Key::PlatformUrl) &&
            !value.isEmpty())
            value = QUrl(value).adjusted(QUrl::RemoveUserInfo).toString();
        settings.insert(Settings::name(key),
                        QJsonObject{{QStringLiteral("value"), value},
                                    {QStringLiteral("locked"), m_settings.isLocked(key)}});
    }
    return {{QStringLiteral("program"), QCoreApplication::applicationName()},
            {QStringLiteral("version"), Allo::version()},
            {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
            {QStringLiteral("os"), QSysInfo::prettyProductName()},
            {QStringLiteral("kernel"), QSysInfo::kernelVersion()},
            {QStringLiteral("time"), m_clock.now().toUTC().toString(Qt::ISODate)},
            {QStringLiteral("settings"), settings},
            {QStringLiteral("state"), m_state}};
}

QString Diagnostics::write(const QString &directory)
{
    const QDateTime now = m_clock.now();
    if (!QDir().mkpath(directory)) {
        m_error = QCoreApplication::translate("Diagnostics",
                                              "Cannot create the folder %1: choose another one.")
                      .arg(directory);
        return {};
    }
    const QString path = QDir(directory).filePath(
        QLatin1String("allo-diagnostics-") +
        now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")) + QLatin1String(".tar"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = QCoreApplication::translate("Diagnostics", "Cannot write %1: %2.")
                      .arg(path, file.errorString());
        return {};
    }
    TarWriter tar(&file);
    // The log lines are masked again here: an older log may predate a masking rule.
    QStringList log = LogFile::lastLines(500);
    for (QString &line : log)
        line = LogFile::mask(line);
    const bool written =
        tar.add(QStringLiteral("summary.json"), QJsonDocument(summary()).toJson(), now) &&
        tar.add(QStringLiteral("log.txt"), log.join(QLatin1Char('\n')).toUtf8() + '\n', now) &&
        tar.finish();
    if (!written || !file.commit()) {
        m_error = QCoreApplication::translate("Diagnostics", "Cannot write %1: %2.")
                      .arg(path, file.errorString());
        return {};
    }
    return path;
}
