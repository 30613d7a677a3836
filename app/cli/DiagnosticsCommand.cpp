#include "DiagnosticsCommand.h"

#include "Cli.h"
#include "Diagnostics.h"
#include "LogFile.h"
#include "ProgramOptions.h"
#include "Settings.h"
#include "Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>

int DiagnosticsCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    ProgramOptions options(ProgramOptions::Now::Fixed);
    options.addTo(parser);
    parser.addPositionalArgument(
        QStringLiteral("DIR"),
        QCoreApplication::translate("DiagnosticsCommand",
                                    "The folder to write the diagnostics archive to."));
    if (!Cli::parse(parser, arguments, options, m_io))
        return Cli::Unusable;
    if (parser.positionalArguments().size() != 1) {
        m_io.err << QCoreApplication::translate("DiagnosticsCommand",
                                                "Use: allo-cli diagnostics DIR")
                 << Qt::endl;
        return Cli::Unusable;
    }
    const Profile profile = Profile::fromParser(parser);
    // The log lines come from the profile's own log, as in the console.
    if (QDir(profile.dir()).exists())
        LogFile::install(profile.dir());

    QJsonObject state{
        {QStringLiteral("connection"), QStringLiteral("not checked: allo-cli does not connect")},
        {QStringLiteral("profile"), QDir::toNativeSeparators(profile.dir())}};
    // Support needs the archive most when the store is unusable (damaged, or held by a
    // console that hangs): the reason goes into the archive instead of stopping here.
    Store store(profile, options.clock());
    if (store.open(Store::Check::Blocking)) {
        state.insert(QStringLiteral("outbox"), store.outbox().supportSummary());
        state.insert(QStringLiteral("storeWarnings"), QJsonArray::fromStringList(store.warnings()));
        const QDateTime fetched = store.accountCache().sitesFetchedAt();
        state.insert(QStringLiteral("sitesFetchedAt"),
                     fetched.isValid() ? fetched.toString(Qt::ISODate) : QStringLiteral("never"));
        store.close();
    } else {
        m_io.err << store.errorString() << Qt::endl;
        state.insert(QStringLiteral("outbox"),
                     QJsonObject{{QStringLiteral("error"), store.errorString()}});
    }

    const auto settings = Settings::standard();
    Diagnostics diagnostics(*settings, options.clock(), state);
    const QString path = diagnostics.write(parser.positionalArguments().constFirst());
    if (path.isEmpty()) {
        m_io.err << diagnostics.error() << Qt::endl;
        return Cli::Unusable;
    }
    m_io.out << QDir::toNativeSeparators(path) << Qt::endl;
    return Cli::Ok;
}
