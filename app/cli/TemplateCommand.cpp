#include "TemplateCommand.h"

#include "Cli.h"
#include "NoticeReader.h"
#include "NoticeTemplate.h"
#include "ProgramOptions.h"
#include "TerritoryCatalog.h"
#include "Vocabulary.h"

#include <QCommandLineParser>
#include <QCoreApplication>

int TemplateCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption territory(QStringLiteral("territory"),
                                       tr("Territory of the notice (default: rouen-metropole)."),
                                       tr("id"), QStringLiteral("rouen-metropole"));
    const QCommandLineOption company(QStringLiteral("company"), tr("Company name."), tr("name"));
    const QCommandLineOption siteName(QStringLiteral("site"), tr("Site name."), tr("name"));
    const QCommandLineOption commune(QStringLiteral("commune"), tr("Commune of the site."),
                                     tr("name"));
    parser.addOptions({territory, company, siteName, commune});
    ProgramOptions options(ProgramOptions::Now::Fixed);
    options.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("type"), tr("The type of notice."));
    if (!Cli::parse(parser, arguments, options, m_io))
        return Cli::Unusable;
    const QString type = parser.positionalArguments().value(0);
    const NoticeTemplate &templates = NoticeTemplate::builtIn();
    if (!templates.hasType(type)) {
        m_io.err << tr("Unknown type \"%1\": choose one of %2.")
                        .arg(type, Vocabulary::types().join(QLatin1String(", ")))
                 << Qt::endl;
        return Cli::Unusable;
    }
    const Territory where = TerritoryCatalog::builtIn().find(parser.value(territory));
    if (!where.isValid()) {
        m_io.err << tr("Unknown territory \"%1\".").arg(parser.value(territory)) << Qt::endl;
        return Cli::Unusable;
    }

    Notice notice = Notice::create();
    notice.setTerritory(where.id);
    notice.setCompany(parser.value(company));
    notice.setSite({{}, parser.value(siteName), parser.value(commune), {}, {}});
    // Starts at the next full hour, for four hours: the most common shape of a planned notice.
    QDateTime start = options.clock().now().toTimeZone(where.timeZone);
    start = QDateTime(start.date(), QTime(start.time().hour(), 0), where.timeZone).addSecs(3600);
    notice.setStart(start);
    notice.setEnd(start.addSecs(qint64(4) * 3600));
    templates.apply(notice, type, where.timeZone);
    m_io.out << NoticeReader::write(notice);
    return Cli::Ok;
}
