#include "WhoamiCommand.h"

#include "Cli.h"
#include "CliSession.h"
#include "ProgramOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

int WhoamiCommand::run(const QStringList &arguments)
{
    const auto tr = [](const char *s) { return QCoreApplication::translate("WhoamiCommand", s); };
    QCommandLineParser parser;
    parser.addHelpOption();
    ProgramOptions options(ProgramOptions::Now::Fixed);
    options.addTo(parser);
    if (!Cli::parse(parser, arguments, options, m_io))
        return Cli::Unusable;
    CliSession cli;
    const QString error = cli.restore();
    if (cli.session().state() != Session::State::SignedIn) {
        m_io.err << error << Qt::endl;
        return Cli::Invalid;
    }
    const Session::Account &a = cli.session().account();
    if (error.isEmpty())
        m_io.out << tr("%1 (%2, %3%4) on %5")
                        .arg(a.username, a.name, a.role,
                             a.company.isEmpty() ? QString() : ", " + a.company,
                             cli.connection().address().url().toString())
                 << Qt::endl;
    else
        m_io.out << tr("%1 on %2, not checked: %3")
                        .arg(a.username, cli.connection().address().url().toString(), error)
                 << Qt::endl;
    return Cli::Ok;
}
