#include "LogoutCommand.h"

#include "Cli.h"
#include "CliSession.h"
#include "ProgramOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

int LogoutCommand::run(const QStringList &arguments)
{
    const auto tr = [](const char *s) { return QCoreApplication::translate("LogoutCommand", s); };
    QCommandLineParser parser;
    parser.addHelpOption();
    ProgramOptions options(ProgramOptions::Now::Fixed);
    options.addTo(parser);
    if (!Cli::parse(parser, arguments, options, m_io))
        return Cli::Unusable;
    CliSession cli;
    const QString user = cli.settings().value(Settings::Key::PlatformUser).toString();
    if (user.isEmpty()) {
        m_io.out << tr("Nobody is signed in.") << Qt::endl;
        return Cli::Ok;
    }
    // Restored first so the platform can revoke the session; offline, the token is still
    // removed from the keychain.
    cli.restore();
    const QString error = cli.wait([&] { cli.session().signOut(); });
    cli.settings().reset(Settings::Key::PlatformUser);
    if (!error.isEmpty()) {
        m_io.err << error << Qt::endl;
        return Cli::Unusable;
    }
    m_io.out << tr("%1 is signed out of %2.").arg(user, cli.connection().address().url().toString())
             << Qt::endl;
    return Cli::Ok;
}
