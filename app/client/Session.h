#pragma once

#include "ApiCall.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <vector>

class CredentialStore;
class PlatformConnection;

// Who is signed in to the platform. The access token lives in the connection, in memory only;
// the refresh token lives in the OS keychain (CredentialStore), or, when no keychain is usable,
// in memory for this run only — never on disk.
class Session : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        SignedOut,
        SigningIn,
        SignedIn,
        // The platform refused the tokens (401 after one refresh): the outbox pauses until the
        // user signs in again.
        NeedsSignIn
    };
    Q_ENUM(State)

    struct Account
    {
        QString username;
        QString name;
        QString role; // issuer, coordinator, admin
        QString company;
        QStringList territories;
    };

    Session(PlatformConnection &connection, CredentialStore &credentials,
            QObject *parent = nullptr);

    State state() const;
    const Account &account() const;
    // False once the keychain has failed: the refresh token is then kept only for the run.
    bool keychainAvailable() const;
    QString keychainProblem() const;

    // The user name signed in (or being restored), empty when signed out.
    QString user() const { return m_user; }

    // POST /v1/auth/token, then the refresh token to the keychain; finished(ok, error).
    void signIn(const QString &user, const QString &password);
    // At start: the refresh token from the keychain, then a refresh. Signed out when none;
    // needs-sign-in when the platform refused it. When the platform could not be reached the
    // state stays SignedIn (the token is kept, the next 401 refreshes) and finished(false, why).
    void restore(const QString &user);
    // After a 401 on the access token: one refresh; done(true) when a new access token is set.
    // Concurrent callers share one refresh. done(false) with state() NeedsSignIn when the
    // platform refused the refresh token; any other state means "try again later".
    void refreshAccess(const std::function<void(bool)> &done);
    // POST /v1/auth/logout (best effort) and the refresh token removed from the keychain.
    void signOut();

signals:
    void stateChanged(Session::State state);
    // Sign-in, restore or sign-out ended; error is for a person, empty on success.
    void finished(bool ok, const QString &error);
    // Said once per run when the keychain cannot be used.
    void keychainUnavailable(const QString &problem);

private:
    QString keychainAccount() const;
    void setState(State state);
    // Reads the refresh token (keychain first, then this run's memory), then calls next.
    void withRefreshToken(const std::function<void(const QString &)> &next);
    void postRefresh(const QString &token, bool retryIfRotated);
    void endRefresh(bool ok);
    // Takes the tokens and the user from a Tokens answer; false when it holds no tokens.
    bool acceptTokens(const QJsonObject &tokens);
    // The refresh token to the keychain (or only to memory when it is unusable), then then().
    void keepRefreshToken(const std::function<void()> &then);
    void noteKeychain(const QString &problem);
    QString notSignedInError() const;
    QString noTokensError() const;

    PlatformConnection &m_connection;
    CredentialStore &m_credentials;
    State m_state = State::SignedOut;
    Account m_account;
    QString m_user;
    // This run's copy of the refresh token: the only one when the keychain is unusable.
    QString m_refreshToken;
    bool m_keychainAvailable = true;
    QString m_keychainProblem;
    bool m_refreshing = false;
    // Set by restore(): the refresh that ends it reports through finished().
    bool m_restoring = false;
    std::vector<std::function<void(bool)>> m_waiting;
    ApiCall::Result m_lastRefresh;
};
