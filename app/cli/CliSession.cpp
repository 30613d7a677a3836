#include "CliSession.h"

#include "TerminalInput.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

CliSession::CliSession()
    : m_settings(Settings::standard())
    , m_access(*m_settings)
{
    m_access.setProxyAsk([](const QNetworkProxy &proxy,
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
    if (const QString error = m_access.configure(address, caFile, pin); !error.isEmpty())
        return error;
    waitForProxy();
    return {};
}

QString CliSession::restore()
{
    const QString address = m_settings->value(Settings::Key::PlatformUrl).toString();
    const QString user = m_settings->value(Settings::Key::PlatformUser).toString();
    if (address.isEmpty() || user.isEmpty())
        return QCoreApplication::translate("CliSession",
                                           "Not signed in: run allo-cli login --api URL USER.");
    if (const QString error = m_access.configureSaved(); !error.isEmpty())
        return error;
    waitForProxy();
    return wait([this, user] { m_access.session().restore(user); });
}

QString CliSession::wait(const std::function<void()> &start)
{
    QEventLoop loop;
    QString error = QCoreApplication::translate(
        "CliSession", "The keychain or the platform did not answer in time: try again.");
    bool done = false;
    QObject::connect(&m_access.session(), &Session::finished, &loop, [&](bool, const QString &e) {
        error = e;
        done = true;
        loop.quit();
    });
    // Each request has its own time-out; this only guards against a keychain that never answers.
    QTimer::singleShot(3 * m_access.connection().timeoutMs(), &loop, &QEventLoop::quit);
    start();
    if (!done) // some ends come at once, before the loop runs
        loop.exec();
    return error;
}

void CliSession::waitForProxy()
{
    // The proxy's credentials come from the keychain in the background: the first request
    // through a proxy that asks would otherwise prompt for what the keychain holds.
    if (m_access.proxy().isReady())
        return;
    QEventLoop loop;
    QObject::connect(&m_access.proxy(), &ProxyPolicy::ready, &loop, &QEventLoop::quit);
    QTimer::singleShot(m_access.connection().timeoutMs(), &loop, &QEventLoop::quit);
    loop.exec();
}
