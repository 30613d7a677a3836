#pragma once

#include <QHash>
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
        QString detail;                // the keychain's own words, for another sentence
    };
    using Callback = std::function<void(const Answer &)>;

    explicit CredentialStore(const QString &service, QObject *parent = nullptr);

    // The programs' keychain service: "allo-industrie", or ALLO_KEYCHAIN_SERVICE (tests use
    // their own, so they never meet a real sign-in).
    static QString standardService();

    // account: the platform address and the user name, so two platforms never mix.
    static QString account(const QString &platform, const QString &user);
    void write(const QString &account, const QString &secret, Callback done);
    void read(const QString &account, Callback done);
    void remove(const QString &account, Callback done);

    // Memory only: nothing reaches the keychain (the training sandbox must never touch the real
    // one). Secrets then last as long as this object; answers still come asynchronously.
    void setMemoryOnly(bool memoryOnly) { m_memoryOnly = memoryOnly; }
    bool isMemoryOnly() const { return m_memoryOnly; }

private:
    void answerLater(Callback done, const Answer &answer);
    // The name of account's secret in the Windows Credential Manager (without QtKeychain).
    QString target(const QString &account) const;

    QString m_service;
    bool m_memoryOnly = false;
    QHash<QString, QString> m_memory;
};
