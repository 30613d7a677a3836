#include "PlatformAddress.h"

#include <QCoreApplication>
#include <QHostAddress>

PlatformAddress::PlatformAddress(const QString &text)
    : m_url(text.trimmed(), QUrl::StrictMode)
{
    const auto tr = [](const char *s) { return QCoreApplication::translate("PlatformAddress", s); };
    if (text.trimmed().isEmpty())
        m_error = tr("No platform address is set: enter the one your CCI gave you, for example "
                     "https://plateforme.allo-industrie.com.");
    else if (!m_url.isValid() || m_url.host().isEmpty())
        m_error = tr("\"%1\" is not a web address: write it as https://name.of.the.platform.")
                      .arg(text.trimmed());
    // A password there would be saved in the settings, the diagnostics and the keychain's
    // account name; the address names the platform only.
    else if (!m_url.userInfo().isEmpty())
        m_error = tr("The platform address holds a user name or password: remove them from it "
                     "(https://name.of.the.platform) and sign in with allo-cli login or the "
                     "console's Sign in instead.");
    else if (m_url.scheme() == QLatin1String("http") && !isLoopback(m_url.host()))
        m_error = tr("The platform address must use https:// (plain http is refused: it would "
                     "send your password unprotected).");
    else if (m_url.scheme() != QLatin1String("https") && m_url.scheme() != QLatin1String("http"))
        m_error = tr("The platform address must start with https://.");
    if (!m_error.isEmpty())
        return;
    // A trailing slash or none: paths are joined the same way.
    QString path = m_url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    m_url.setPath(path);
}

QUrl PlatformAddress::resolve(const QString &path) const
{
    QUrl url = m_url;
    const int query = path.indexOf(QLatin1Char('?'));
    url.setPath(m_url.path() + (query < 0 ? path : path.left(query)));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    return url;
}

bool PlatformAddress::isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}
