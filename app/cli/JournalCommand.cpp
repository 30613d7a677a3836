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
    // Read-only: checking must not anchor what it checks.
    const auto store = CliStore::open(m_io, parser, options.clock(), JournalAnchor::Mode::ReadOnly);
    if (!store)
        return Cli::Unusable;
    const JournalAnchor::Report report = store.anchor->verify();
    if (!report.verdict.ok) {
        m_io.err << QCoreApplication::translate("JournalCommand",
                                                "The journal was tampered with: %1")
                        .arg(report.verdict.problem)
                 << Qt::endl;
        return Cli::Invalid;
    }
    if (!report.anchored) {
        // The file agrees with itself, which anyone who can write it can arrange: not "intact".
        m_io.out << QCoreApplication::translate("JournalCommand",
                                                "The journal's chain is consistent: %n entries "
                                                "checked.",
                                                nullptr, int(report.verdict.entries))
                 << Qt::endl;
        for (const QString &note : report.notes)
            m_io.err << note << Qt::endl;
        return Cli::Unusable;
    }
    m_io.out << QCoreApplication::translate("JournalCommand",
                                            "The journal is intact: %n entries checked against "
                                            "the anchor kept in the keychain.",
                                            nullptr, int(report.verdict.entries))
             << Qt::endl;
    for (const QString &note : report.notes)
        m_io.out << note << Qt::endl;
    return Cli::Ok;
}
