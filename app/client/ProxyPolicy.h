#pragma once

#include <QHash>
#include <QNetworkProxy>
#include <QObject>

#include <functional>
#include <optional>

class CredentialStore;
class QAuthenticator;
class QNetworkAccessManager;

// How the connection reaches the platform through a proxy: the system's proxy settings, or the
// proxy of the settings (network/proxy: http://host:port or socks5://host:port). A proxy that
// asks for credentials gets those kept in the keychain; otherwise, or when they are refused,
// the user is asked (the console shows a dialog, allo-cli a prompt) and the answer is kept in
// the keychain. Never in the settings: an address with a password in it is refused.
class ProxyPolicy : public QObject
{
    Q_OBJECT

public:
    struct Credentials
    {
        QString user;
        QString password;
    };
    // Called while a request waits, so it must answer at once (a modal dialog, a prompt).
    // problem is empty the first time and says why when the previous answer was refused.
    // nullopt: the user declined; they are not asked again in this run.
    using Ask = std::function<std::optional<Credentials>(const QNetworkProxy &proxy,
                                                         const QString &problem)>;

    ProxyPolicy(QNetworkAccessManager &network, CredentialStore &credentials,
                QObject *parent = nullptr);

    // proxyUrl empty: the system's proxies. platform: the address whose proxy to prepare.
    // Returns what is wrong with proxyUrl, or "". Credentials kept in the keychain are read in
    // the background; ready() when done (at once when no proxy is involved).
    QString configure(const QString &proxyUrl, const QUrl &platform);
    void setAsk(Ask ask) { m_ask = std::move(ask); }
    bool isReady() const { return m_ready; }

    // The keychain account of a proxy's credentials.
    static QString account(const QNetworkProxy &proxy);

signals:
    void ready();

private:
    void authenticate(const QNetworkProxy &proxy, QAuthenticator *authenticator);
    void keep(const QNetworkProxy &proxy, const Credentials &credentials);
    void setReady();

    QNetworkAccessManager &m_network;
    CredentialStore &m_credentials;
    Ask m_ask;
    bool m_ready = false;
    bool m_declined = false;
    // Per proxy: what the keychain or the user gave, and how often it was handed out.
    QHash<QString, Credentials> m_known;
    QHash<QString, int> m_given;
};
