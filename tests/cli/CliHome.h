#pragma once

#include "CliRun.h"

#include <QJsonObject>
#include <QTemporaryDir>

// A temporary HOME and keychain service for allo-cli runs, so that nothing touches the user's:
// one per test function, thrown away with its profile, files and settings.
class CliHome
{
public:
    // The keychain service is servicePrefix and a fresh uuid.
    explicit CliHome(const QString &servicePrefix);

    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    QString service() const { return m_service; }
    // The profile the tests pass with --profile.
    QString profile() const { return m_dir.filePath(QStringLiteral("profile")); }
    // --now at TestData::sampleNow(), before every sample's period.
    static QString now();

    CliRun run(const QStringList &arguments, const QByteArray &input = {},
               const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment()) const;
    // allo-cli login --api apiUrl --ca caFile --profile profile() user, the password on stdin.
    CliRun login(const QString &apiUrl, const QString &caFile, const QString &user,
                 const QString &password,
                 const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment()) const;
    // login as above; false, with its error logged, when it fails.
    bool signIn(const QString &apiUrl, const QString &caFile, const QString &user,
                const QString &password) const;
    // The notice as a JSON file in this home; "" when it cannot be written.
    QString write(const QJsonObject &notice) const;
    // allo-cli queue add at now(); the operation id, "" when refused (the error is logged).
    QString queueAdd(const QJsonObject &notice) const;

private:
    QTemporaryDir m_dir;
    QString m_service;
};
