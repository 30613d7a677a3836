#include "Session.h"

#include "ClientLog.h"
#include "CredentialStore.h"
#include "PlatformConnection.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>

namespace {

QByteArray compact(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

Session::Account accountFrom(const QJsonObject &user)
{
    Session::Account a;
    a.username = user.value(QLatin1String("username")).toString();
    a.name = user.value(QLatin1String("name")).toString();
    a.role = user.value(QLatin1String("role")).toString();
    a.company = user.value(QLatin1String("company")).toString();
    for (const QJsonValue &t : user.value(QLatin1String("territories")).toArray())
        a.territories.append(t.toString());
    return a;
}

} // namespace

Session::Session(PlatformConnection &connection, CredentialStore &credentials, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_credentials(credentials)
{}

Session::State Session::state() const
{
    return m_state;
}

const Session::Account &Session::account() const
{
    return m_account;
}

bool Session::keychainAvailable() const
{
    return m_keychainAvailable;
}

QString Session::keychainProblem() const
{
    return m_keychainProblem;
}

QString Session::keychainAccount() const
{
    return CredentialStore::account(m_connection.address().url().toString(), m_user);
}

void Session::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void Session::signIn(const QString &user, const QString &password)
{
    if (!m_connection.address().isValid()) {
        emit finished(false, m_connection.address().error());
        return;
    }
    const State before = m_state;
    m_user = user.trimmed();
    m_connection.setAccessToken({});
    setState(State::SigningIn);
    auto *call = new ApiCall(
        m_connection, "POST", QStringLiteral("/v1/auth/token"),
        compact({{QStringLiteral("username"), m_user}, {QStringLiteral("password"), password}}));
    connect(call, &ApiCall::finished, this, [this, before](const ApiCall::Result &r) {
        if (r.succeeded() && acceptTokens(r.json.object())) {
            keepRefreshToken([this] {
                setState(State::SignedIn);
                emit finished(true, {});
            });
            return;
        }
        QString error = r.error;
        if (r.outcome == ApiCall::Outcome::Answered && r.status == 401)
            error = tr("The platform refused the user name or password for %1: check them "
                       "(the password is case-sensitive) and sign in again.")
                        .arg(m_user);
        else if (r.succeeded())
            error = noTokensError();
        setState(before == State::NeedsSignIn ? State::NeedsSignIn : State::SignedOut);
        emit finished(false, error);
    });
    call->start();
}

void Session::restore(const QString &user)
{
    m_user = user.trimmed();
    m_account = {};
    m_account.username = m_user;
    if (m_user.isEmpty()) {
        setState(State::SignedOut);
        emit finished(false, notSignedInError());
        return;
    }
    setState(State::SigningIn);
    m_restoring = true;
    refreshAccess([this](bool ok) {
        m_restoring = false;
        if (ok) {
            emit finished(true, {});
        } else if (m_state == State::SignedOut) {
            emit finished(false, notSignedInError());
        } else if (m_state == State::NeedsSignIn) {
            emit finished(false, tr("The sign-in of %1 to %2 expired or was revoked: sign in "
                                    "again.")
                                     .arg(m_user, m_connection.address().url().toString()));
        } else {
            // Not reached, but the token is kept: the next 401 refreshes.
            setState(State::SignedIn);
            emit finished(false,
                          m_lastRefresh.error.isEmpty() ? noTokensError() : m_lastRefresh.error);
        }
    });
}

void Session::refreshAccess(const std::function<void(bool)> &done)
{
    m_waiting.push_back(done);
    if (m_refreshing)
        return;
    m_refreshing = true;
    if (m_user.isEmpty()) {
        endRefresh(false);
        return;
    }
    withRefreshToken([this](const QString &token) {
        if (!token.isEmpty()) {
            postRefresh(token, true);
            return;
        }
        setState(m_restoring ? State::SignedOut : State::NeedsSignIn);
        endRefresh(false);
    });
}

void Session::withRefreshToken(const std::function<void(const QString &)> &next)
{
    if (!m_keychainAvailable) {
        next(m_refreshToken);
        return;
    }
    QPointer<Session> self(this);
    m_credentials.read(keychainAccount(), [self, next](const CredentialStore::Answer &answer) {
        if (!self)
            return;
        if (!answer.available)
            self->noteKeychain(answer.error);
        // The keychain first: another program of this user may have rotated the token.
        next(answer.secret.value_or(self->m_refreshToken));
    });
}

void Session::postRefresh(const QString &token, bool retryIfRotated)
{
    auto *call = new ApiCall(m_connection, "POST", QStringLiteral("/v1/auth/refresh"),
                             compact({{QStringLiteral("refresh_token"), token}}));
    connect(call, &ApiCall::finished, this,
            [this, token, retryIfRotated](const ApiCall::Result &r) {
                m_lastRefresh = r;
                qCInfo(lcSession).noquote() << "access token refresh:"
                                            << (r.succeeded() ? QStringLiteral("done") : r.error);
                if (r.succeeded() && acceptTokens(r.json.object())) {
                    keepRefreshToken([this] {
                        setState(State::SignedIn);
                        endRefresh(true);
                    });
                    return;
                }
                if (r.outcome == ApiCall::Outcome::Answered && r.status == 401) {
                    // Two programs may have refreshed at once: the winner's token is in the
                    // keychain.
                    if (retryIfRotated && m_keychainAvailable) {
                        withRefreshToken([this, token](const QString &latest) {
                            if (!latest.isEmpty() && latest != token) {
                                postRefresh(latest, false);
                                return;
                            }
                            setState(State::NeedsSignIn);
                            endRefresh(false);
                        });
                        return;
                    }
                    setState(State::NeedsSignIn);
                }
                endRefresh(false);
            });
    call->start();
}

void Session::endRefresh(bool ok)
{
    m_refreshing = false;
    const auto waiting = std::move(m_waiting);
    m_waiting.clear();
    for (const auto &done : waiting)
        done(ok);
}

bool Session::acceptTokens(const QJsonObject &tokens)
{
    const QString access = tokens.value(QLatin1String("access_token")).toString();
    const QString refresh = tokens.value(QLatin1String("refresh_token")).toString();
    if (access.isEmpty() || refresh.isEmpty())
        return false;
    m_connection.setAccessToken(access);
    m_refreshToken = refresh;
    const QJsonObject user = tokens.value(QLatin1String("user")).toObject();
    if (!user.isEmpty())
        m_account = accountFrom(user);
    if (m_account.username.isEmpty())
        m_account.username = m_user;
    return true;
}

void Session::keepRefreshToken(const std::function<void()> &then)
{
    if (!m_keychainAvailable) {
        then();
        return;
    }
    QPointer<Session> self(this);
    m_credentials.write(keychainAccount(), m_refreshToken,
                        [self, then](const CredentialStore::Answer &answer) {
                            if (!self)
                                return;
                            if (!answer.available)
                                self->noteKeychain(answer.error);
                            then();
                        });
}

void Session::noteKeychain(const QString &problem)
{
    if (!m_keychainAvailable)
        return;
    m_keychainAvailable = false;
    m_keychainProblem = problem;
    emit keychainUnavailable(problem);
}

void Session::signOut()
{
    const auto forget = [this] {
        const QString account = keychainAccount();
        m_connection.setAccessToken({});
        m_refreshToken.clear();
        const auto done = [this](const QString &error) {
            m_user.clear();
            m_account = {};
            setState(State::SignedOut);
            emit finished(error.isEmpty(), error);
        };
        if (!m_keychainAvailable || m_user.isEmpty()) {
            done({});
            return;
        }
        QPointer<Session> self(this);
        m_credentials.remove(account, [self, done, account](const CredentialStore::Answer &a) {
            if (!self)
                return;
            done(a.available ? QString()
                             : tr("Signed out, but the sign-in could not be removed from the "
                                  "keychain (%1): remove the entry \"%2\" with the system's "
                                  "password manager.")
                                   .arg(a.error, account));
        });
    };
    if (m_connection.accessToken().isEmpty() || !m_connection.address().isValid()) {
        forget();
        return;
    }
    // Best effort: the platform revokes the session; offline, the tokens are forgotten anyway.
    auto *call = new ApiCall(m_connection, "POST", QStringLiteral("/v1/auth/logout"));
    connect(call, &ApiCall::finished, this, forget);
    call->start();
}

QString Session::notSignedInError() const
{
    QString error = tr("Not signed in to the platform: sign in (allo-cli login, or File → "
                       "Sign in in the console).");
    if (!m_keychainAvailable)
        error += QLatin1Char(' ') + m_keychainProblem;
    return error;
}

QString Session::noTokensError() const
{
    return tr("The platform's answer to the sign-in holds no tokens: check that the address %1 "
              "is the platform's.")
        .arg(m_connection.address().url().toString());
}
