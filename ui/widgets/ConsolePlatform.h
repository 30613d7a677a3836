#pragma once

#include "AccountSync.h"
#include "Clock.h"
#include "OutboxSender.h"
#include "PlatformAccess.h"
#include "SandboxRunner.h"

#include <QObject>

class Settings;
class Store;

// What connects the console to a platform: the platform access shared with allo-cli (connection,
// keychain, session, proxy), the outbox's sender and the account cache, configured from the
// settings — or, in training, from the sandbox the console starts (the allo-sandbox program),
// signed in as a training account with the keychain left untouched.
class ConsolePlatform : public QObject
{
    Q_OBJECT

public:
    ConsolePlatform(Settings &settings, Store &store, const Clock &clock,
                    QObject *parent = nullptr);
    ~ConsolePlatform() override;

    // The configured platform: restores the session from the keychain. Returns an error sentence
    // for a bad address, CA file or pin (the console then works offline), or "".
    QString connectConfigured();
    // The training sandbox (program) on dataDir, signed in as user. Returns an error sentence, or
    // "".
    QString connectTraining(const QString &dataDir, const QString &user,
                            const QString &program = SandboxRunner::besideThisProgram());

    PlatformConnection &connection() { return m_access.connection(); }
    Session &session() { return m_access.session(); }
    OutboxSender &sender() { return m_sender; }
    bool isTraining() const { return m_training; }

signals:
    // The account's territories and sites are in the profile's cache (fresh or not).
    void accountChanged();

private:
    void sessionChanged(Session::State state);
    static std::optional<ProxyPolicy::Credentials> askProxy(const QNetworkProxy &proxy,
                                                            const QString &problem);

    Settings &m_settings;
    Store &m_store;
    Clock m_clock;
    PlatformAccess m_access;
    OutboxSender m_sender;
    AccountSync m_accounts;
    bool m_training = false;
    std::optional<SandboxRunner> m_sandbox;
};
