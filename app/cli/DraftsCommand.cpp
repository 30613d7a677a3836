#include "DraftsCommand.h"

#include "Cli.h"
#include "CliSession.h"
#include "CliStore.h"
#include "IssuerDecisions.h"
#include "ProgramOptions.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonObject toJson(const DraftStore::Summary &s)
{
    QJsonObject o{{QStringLiteral("id"), s.id},
                  {QStringLiteral("territory"), s.territory},
                  {QStringLiteral("type"), s.type},
                  {QStringLiteral("status"), s.status},
                  {QStringLiteral("state"), NoticeStates::name(s.state)},
                  {QStringLiteral("company"), s.company},
                  {QStringLiteral("site"), s.site},
                  {QStringLiteral("commune"), s.commune},
                  {QStringLiteral("draftVersion"), s.draftVersion},
                  {QStringLiteral("updatedAt"), s.updatedAt.toString(Qt::ISODate)},
                  {QStringLiteral("start"), s.start.toString(Qt::ISODate)},
                  {QStringLiteral("end"), s.end ? QJsonValue(s.end->toString(Qt::ISODate))
                                                : QJsonValue(QJsonValue::Null)}};
    if (s.platformRevision)
        o.insert(QStringLiteral("platformRevision"), *s.platformRevision);
    if (s.platform) {
        QJsonObject platform = s.platform->toJson();
        platform.insert(QStringLiteral("description"), s.platform->describe());
        o.insert(QStringLiteral("platform"), platform);
    }
    return o;
}

// Where the profile's notices stand on the platform, written into the store like the console
// does; "" or what went wrong.
QString refreshStandings(Store &store)
{
    CliSession cli;
    if (const QString error = cli.restore(); !error.isEmpty())
        return error;
    IssuerDecisions decisions(cli.connection(), &cli.session(), &store);
    QEventLoop loop;
    QString error;
    QObject::connect(&decisions, &IssuerDecisions::synchronised, &loop, &QEventLoop::quit);
    QObject::connect(&decisions, &IssuerDecisions::refreshFailed, &loop, [&](const QString &e) {
        error = e;
        loop.quit();
    });
    decisions.refresh();
    loop.exec();
    return error;
}

} // namespace

int DraftsCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption json(
        QStringLiteral("json"),
        QCoreApplication::translate("DraftsCommand", "Print the notices as JSON."));
    const QCommandLineOption search(
        QStringLiteral("search"),
        QCoreApplication::translate("DraftsCommand",
                                    "Only notices whose text, company, site or commune hold "
                                    "these words (accents do not matter)."),
        QCoreApplication::translate("DraftsCommand", "words"));
    const QCommandLineOption territory(
        QStringLiteral("territory"),
        QCoreApplication::translate("DraftsCommand", "Only this territory."),
        QCoreApplication::translate("DraftsCommand", "id"));
    const QCommandLineOption type(QStringLiteral("type"),
                                  QCoreApplication::translate("DraftsCommand", "Only this type."),
                                  QCoreApplication::translate("DraftsCommand", "type"));
    const QCommandLineOption status(
        QStringLiteral("status"), QCoreApplication::translate("DraftsCommand", "Only this status."),
        QCoreApplication::translate("DraftsCommand", "status"));
    const QCommandLineOption refresh(
        QStringLiteral("refresh"),
        QCoreApplication::translate("DraftsCommand",
                                    "First ask the platform where each notice stands and the "
                                    "CCI's decisions (needs allo-cli login)."));
    const QCommandLineOption state(
        QStringLiteral("state"),
        QCoreApplication::translate("DraftsCommand",
                                    "Only this state: draft, queued, published, ended, "
                                    "cancelled, conflict or failed."),
        QCoreApplication::translate("DraftsCommand", "state"));
    parser.addOptions({json, search, territory, type, status, state, refresh});
    ProgramOptions options(ProgramOptions::Now::Fixed);
    options.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("list"),
                                 QCoreApplication::translate("DraftsCommand", "List the notices."));
    if (!Cli::parse(parser, arguments, options, m_io))
        return Cli::Unusable;
    if (parser.positionalArguments() != QStringList{QStringLiteral("list")}) {
        m_io.err << QCoreApplication::translate(
                        "DraftsCommand",
                        "Use: allo-cli drafts list [--json] [--refresh] [--search TEXT] "
                        "[--territory ID] [--type TYPE] [--status STATUS] [--state STATE]")
                 << Qt::endl;
        return Cli::Unusable;
    }
    DraftStore::Filter filter;
    if (parser.isSet(state)) {
        filter.state = NoticeStates::fromName(parser.value(state));
        if (!filter.state) {
            QStringList names;
            for (const NoticeState known : NoticeStates::all())
                names.append(NoticeStates::name(known));
            m_io.err << QCoreApplication::translate(
                            "DraftsCommand", "There is no notice state \"%1\". Use one of: %2.")
                            .arg(parser.value(state), names.join(QLatin1String(", ")))
                     << Qt::endl;
            return Cli::Unusable;
        }
    }
    const auto store = CliStore::open(m_io, parser, options.clock());
    if (!store)
        return Cli::Unusable;
    if (parser.isSet(refresh)) {
        if (const QString error = refreshStandings(*store); !error.isEmpty()) {
            m_io.err << QCoreApplication::translate(
                            "DraftsCommand",
                            "Where the notices stand on the platform could not be refreshed: %1 "
                            "The list below is as last seen.")
                            .arg(error)
                     << Qt::endl;
        }
    }
    filter.search = parser.value(search);
    filter.territory = parser.value(territory);
    filter.type = parser.value(type);
    filter.status = parser.value(status);
    filter.limit = 1000;
    const QList<DraftStore::Summary> found = store->drafts().list(filter);
    if (!store->database().errorString().isEmpty()) {
        m_io.err << store->database().errorString() << Qt::endl;
        return Cli::Unusable;
    }
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const DraftStore::Summary &s : found)
            array.append(toJson(s));
        m_io.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Cli::Ok;
    }
    for (const DraftStore::Summary &s : found) {
        m_io.out << s.id << ' ' << NoticeStates::name(s.state).leftJustified(10)
                 << s.type.leftJustified(12) << s.territory.leftJustified(16) << s.company << " — "
                 << s.site << ", " << s.commune << Qt::endl;
        if (s.platform)
            m_io.out << "    " << s.platform->describe() << Qt::endl;
    }
    return Cli::Ok;
}
