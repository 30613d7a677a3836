#include "ProxyPolicy.h"

#include "CredentialStore.h"

#include <QAuthenticator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QPointer>

ProxyPolicy::ProxyPolicy(QNetworkAccessManager &network, CredentialStore &credentials,
                         QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_credentials(credentials)
{
    connect(&m_network, &QNetworkAccessManager::proxyAuthenticationRequired, this,
            &ProxyPolicy::authenticate);
}

QString ProxyPolicy::account(const QNetworkProxy &proxy)
{
    return QStringLiteral("proxy %1:%2").arg(proxy.hostName()).arg(proxy.port());
}

QString ProxyPolicy::configure(const QString &proxyUrl, const QUrl &platform)
{
    m_ready = false;
    QNetworkProxy proxy;
    if (proxyUrl.trimmed().isEmpty()) {
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        m_network.setProxy(QNetworkProxy(QNetworkProxy::DefaultProxy));
        const auto system = QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(platform));
        proxy = system.value(0);
    } else {
        const QUrl url(proxyUrl.trimmed(), QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.host().isEmpty() || url.port() <= 0 ||
            (scheme != QLatin1String("http") && scheme != QLatin1String("socks5")))
            return tr("The proxy \"%1\" is not usable: write it as http://host:port or "
                      "socks5://host:port.")
                .arg(proxyUrl);
        if (!url.userInfo().isEmpty())
            return tr("The proxy address holds a user name or password: remove it. When the "
                      "proxy asks, you are asked once and the answer is kept in the keychain.");
        proxy = QNetworkProxy(scheme == QLatin1String("http") ? QNetworkProxy::HttpProxy
                                                              : QNetworkProxy::Socks5Proxy,
                              url.host(), quint16(url.port()));
        m_network.setProxy(proxy);
    }
    if (proxy.type() == QNetworkProxy::NoProxy || proxy.hostName().isEmpty()) {
        setReady();
        return {};
    }
    QPointer<ProxyPolicy> self(this);
    m_credentials.read(account(proxy), [self, proxy](const CredentialStore::Answer &answer) {
        if (!self)
            return;
        if (answer.secret) {
            const QJsonObject json = QJsonDocument::fromJson(answer.secret->toUtf8()).object();
            self->m_known.insert(account(proxy),
                                 {json.value(QLatin1String("user")).toString(),
                                  json.value(QLatin1String("password")).toString()});
        }
        self->setReady();
    });
    return {};
}

void ProxyPolicy::setReady()
{
    m_ready = true;
    emit ready();
}

void ProxyPolicy::authenticate(const QNetworkProxy &proxy, QAuthenticator *authenticator)
{
    const QString key = account(proxy);
    // Asked again for a proxy already given credentials: the proxy refused them.
    const int given = m_given.value(key);
    if (m_known.contains(key) && given == 0) {
        m_given[key] = 1;
        authenticator->setUser(m_known.value(key).user);
        authenticator->setPassword(m_known.value(key).password);
        return;
    }
    if (!m_ask || m_declined)
        return;
    const QString problem = given > 0
                                ? tr("The proxy %1 refused the user name or password: check them.")
                                      .arg(proxy.hostName())
                                : QString();
    const std::optional<Credentials> answer = m_ask(proxy, problem);
    if (!answer) {
        m_declined = true;
        return;
    }
    m_known.insert(key, *answer);
    m_given[key] = given + 1;
    authenticator->setUser(answer->user);
    authenticator->setPassword(answer->password);
    keep(proxy, *answer);
}

void ProxyPolicy::keep(const QNetworkProxy &proxy, const Credentials &credentials)
{
    const QJsonObject json{{QStringLiteral("user"), credentials.user},
                           {QStringLiteral("password"), credentials.password}};
    // Best effort: without a keychain they last for this run only (m_known).
    m_credentials.write(account(proxy),
                        QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)),
                        [](const CredentialStore::Answer &) {});
}
