#include "Cli.h"

#include "Localization.h"
#include "ProgramOptions.h"
#include "TemplateCommand.h"
#include "ValidateCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>

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
                                           "  template TYPE             print a draft notice"));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    ProgramOptions options;
    options.addTo(parser);
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
    if (command == QLatin1String("template"))
        return TemplateCommand(m_io).run(rest);
    m_io.err << QCoreApplication::translate("Cli",
                                            "Unknown command \"%1\". Run allo-cli --help to see "
                                            "the commands.")
                    .arg(command)
             << Qt::endl;
    return Unusable;
}
