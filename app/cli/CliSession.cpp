#include "CliSession.h"

#include "TerminalInput.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

CliSession::CliSession()
    : m_settings(Settings::standard())
    , m_credentials(CredentialStore::standardService())
    , m_session(m_connection, m_credentials)
    , m_proxies(m_connection.network(), m_credentials)
{
    m_proxies.setAsk([](const QNetworkProxy &proxy,
                        const QString &problem) -> std::optional<ProxyPolicy::Credentials> {
        if (!TerminalInput::isTerminal())
            return std::nullopt;
        CliOutput io;
        if (!problem.isEmpty())
            io.err << problem << Qt::endl;
        const auto tr = [](const char *s) { return QCoreApplication::translate("CliSession", s); };
        const QString user = TerminalInput::readLine(
            io, tr("The proxy %1 asks who you are. User name: ").arg(proxy.hostName()), false);
        if (user.isEmpty())
            return std::nullopt;
        return ProxyPolicy::Credentials{user, TerminalInput::readLine(io, tr("Password: "), true)};
    });
}

QString CliSession::configure(const QString &address, const QString &caFile, const QString &pin)
{
    if (const QString error = m_connection.configure(address, caFile, pin); !error.isEmpty())
        return error;
    if (const QString error = m_proxies.configure(
            m_settings->value(Settings::Key::ProxyUrl).toString(), m_connection.address().url());
        !error.isEmpty())
        return error;
    if (!m_proxies.isReady()) {
        QEventLoop loop;
        QObject::connect(&m_proxies, &ProxyPolicy::ready, &loop, &QEventLoop::quit);
        QTimer::singleShot(m_connection.timeoutMs(), &loop, &QEventLoop::quit);
        loop.exec();
    }
    return {};
}

QString CliSession::restore()
{
    const QString address = m_settings->value(Settings::Key::PlatformUrl).toString();
    const QString user = m_settings->value(Settings::Key::PlatformUser).toString();
    if (address.isEmpty() || user.isEmpty())
        return QCoreApplication::translate("CliSession",
                                           "Not signed in: run allo-cli login --api URL USER.");
    if (const QString error =
            configure(address, m_settings->value(Settings::Key::PlatformCaFile).toString(),
                      m_settings->value(Settings::Key::PlatformPin).toString());
        !error.isEmpty())
        return error;
    return wait([this, user] { m_session.restore(user); });
}

QString CliSession::wait(const std::function<void()> &start)
{
    QEventLoop loop;
    QString error = QCoreApplication::translate(
        "CliSession", "The keychain or the platform did not answer in time: try again.");
    bool done = false;
    QObject::connect(&m_session, &Session::finished, &loop, [&](bool, const QString &e) {
        error = e;
        done = true;
        loop.quit();
    });
    // Each request has its own time-out; this only guards against a keychain that never answers.
    QTimer::singleShot(3 * m_connection.timeoutMs(), &loop, &QEventLoop::quit);
    start();
    if (!done) // some ends come at once, before the loop runs
        loop.exec();
    return error;
}
