#include "JournalCommand.h"

#include "Cli.h"
#include "CliStore.h"
#include "ProgramOptions.h"

#include <QCoreApplication>

int JournalCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    ProgramOptions options(ProgramOptions::Now::Fixed);
    options.addTo(parser);
    parser.addPositionalArgument(
        QStringLiteral("verify"),
        QCoreApplication::translate("JournalCommand",
                                    "Check that no journal entry was changed or removed."));
    if (!Cli::parse(parser, arguments, options, m_io))
        return Cli::Unusable;
    if (parser.positionalArguments() != QStringList{QStringLiteral("verify")}) {
        m_io.err << QCoreApplication::translate("JournalCommand", "Use: allo-cli journal verify")
                 << Qt::endl;
        return Cli::Unusable;
    }
    const auto store = CliStore::open(m_io, parser, options.clock());
    if (!store)
        return Cli::Unusable;
    const Journal::Verdict verdict = store->journal().verify();
    if (!verdict.ok) {
        m_io.err << QCoreApplication::translate("JournalCommand",
                                                "The journal was tampered with: %1")
                        .arg(verdict.problem)
                 << Qt::endl;
        return Cli::Invalid;
    }
    m_io.out << QCoreApplication::translate("JournalCommand",
                                            "The journal is intact: %n entries checked.", nullptr,
                                            int(verdict.entries))
             << Qt::endl;
    return Cli::Ok;
}
