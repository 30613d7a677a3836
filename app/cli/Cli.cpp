#include "Cli.h"

#include "CountCommand.h"
#include "DiagnosticsCommand.h"
#include "DraftsCommand.h"
#include "JournalCommand.h"
#include "Localization.h"
#include "LoginCommand.h"
#include "LogoutCommand.h"
#include "NoticeReader.h"
#include "Profile.h"
#include "ProgramOptions.h"
#include "QueueCommand.h"
#include "RenderCommand.h"
#include "ReviewCommand.h"
#include "ShortenCommand.h"
#include "TemplateCommand.h"
#include "ValidateCommand.h"
#include "WhoamiCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

int Cli::run(const QStringList &arguments)
{
    if (const QString error = ProgramOptions::applyLanguage(arguments, {}); !error.isEmpty()) {
        m_io.err << error << Qt::endl;
        return Unusable;
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Cli", "Allo Industrie publishing console, command line.\n\n"
                                           "Commands:\n"
                                           "  validate [--json] FILE…   check notices\n"
                                           "  template TYPE             print a draft notice\n"
                                           "  render --channel C FILE   print a channel's output\n"
                                           "  shorten --channel C FILE  a post cut to fit C\n"
                                           "  count --channel C         count stdin for a channel\n"
                                           "  queue ACTION …            the outbox (queue --help)\n"
                                           "  drafts list [--search T]  the profile's notices\n"
                                           "  journal verify            check the journal\n"
                                           "  review ACTION …           the CCI review queue\n"
                                           "  login --api URL USER      sign in to the platform\n"
                                           "  logout                    sign out\n"
                                           "  whoami                    who is signed in\n"
                                           "  diagnostics DIR           an archive for support"));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    // Only parsed here: each command applies --now itself, fixed or running (ProgramOptions::Now).
    ProgramOptions options;
    options.addTo(parser);
    parser.addOption(Profile::option());
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("Cli", "The command to run."));
    if (!parser.parse(arguments)) {
        m_io.err << parser.errorText() << Qt::endl;
        return Unusable;
    }
    if (parser.isSet(version)) {
        m_io.out << QCoreApplication::applicationName() << ' '
                 << QCoreApplication::applicationVersion() << Qt::endl;
        return Ok;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(help) || positional.isEmpty()) {
        m_io.out << parser.helpText();
        return positional.isEmpty() && !parser.isSet(help) ? Unusable : Ok;
    }
    // The command sees every argument but its own name, so global options may stand anywhere.
    const QString &command = positional.first();
    QStringList rest = arguments;
    rest.removeAt(arguments.indexOf(command, 1));
    if (command == QLatin1String("validate"))
        return ValidateCommand(m_io).run(rest);
    if (command == QLatin1String("count"))
        return CountCommand(m_io).run(rest);
    if (command == QLatin1String("template"))
        return TemplateCommand(m_io).run(rest);
    if (command == QLatin1String("render"))
        return RenderCommand(m_io).run(rest);
    if (command == QLatin1String("shorten"))
        return ShortenCommand(m_io).run(rest);
    if (command == QLatin1String("queue"))
        return QueueCommand(m_io).run(rest);
    if (command == QLatin1String("drafts"))
        return DraftsCommand(m_io).run(rest);
    if (command == QLatin1String("journal"))
        return JournalCommand(m_io).run(rest);
    if (command == QLatin1String("review"))
        return ReviewCommand(m_io).run(rest);
    if (command == QLatin1String("login"))
        return LoginCommand(m_io).run(rest);
    if (command == QLatin1String("logout"))
        return LogoutCommand(m_io).run(rest);
    if (command == QLatin1String("whoami"))
        return WhoamiCommand(m_io).run(rest);
    if (command == QLatin1String("diagnostics"))
        return DiagnosticsCommand(m_io).run(rest);
    m_io.err << QCoreApplication::translate("Cli",
                                            "Unknown command \"%1\". Run allo-cli --help to see "
                                            "the commands.")
                    .arg(command)
             << Qt::endl;
    return Unusable;
}

bool Cli::parse(QCommandLineParser &parser, const QStringList &arguments, ProgramOptions &options,
                CliOutput &io)
{
    // allo-cli --help lists --profile as a global option: every command takes it. One that keeps
    // nothing in a profile (validate, render, count…) accepts it and has no use for it.
    parser.addOption(Profile::option());
    if (!parser.parse(arguments)) {
        io.err << parser.errorText() << Qt::endl;
        return false;
    }
    if (const QString error = options.applyClock(parser); !error.isEmpty()) {
        io.err << error << Qt::endl;
        return false;
    }
    return true;
}

QString Cli::contentLanguage(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("lang")) ? parser.value(QStringLiteral("lang"))
                                                : QStringLiteral("fr");
}

std::optional<Notice> Cli::readNotice(const QString &path, CliOutput &io)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        io.err << path << ": "
               << QCoreApplication::translate("Cli", "cannot read the file: %1")
                      .arg(file.errorString())
               << Qt::endl;
        return std::nullopt;
    }
    NoticeReader reader;
    auto notice = reader.read(file.readAll());
    if (!notice) {
        const auto &e = reader.error();
        io.err << path << ':' << e.line << ':' << e.column << ": " << e.message << Qt::endl;
    }
    return notice;
}
