#pragma once

#include <QObject>

#include <functional>
#include <optional>

// The refresh token's only home: the operating system's keychain through QtKeychain (Secret
// Service on Linux, Credential Manager on Windows), never a file. QtKeychain on Linux reports
// a missing or locked keychain as various errors: every error other than "not found" means
// "no secure storage here", and the caller keeps the token in memory for the run.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    struct Answer
    {
        std::optional<QString> secret; // set when read found one
        bool available = true;         // false: no usable keychain
        QString error;                 // why not, for a person; empty when all went well
    };
    using Callback = std::function<void(const Answer &)>;

    explicit CredentialStore(const QString &service, QObject *parent = nullptr);

    // account: the platform address and the user name, so two platforms never mix.
    static QString account(const QString &platform, const QString &user);
    void write(const QString &account, const QString &secret, Callback done);
    void read(const QString &account, Callback done);
    void remove(const QString &account, Callback done);

private:
    QString m_service;
};
