#include "ValidateCommand.h"

#include "ChannelRenderer.h"
#include "Cli.h"
#include "NoticeReader.h"
#include "ProgramOptions.h"
#include "PublicationRules.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

int ValidateCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption json(
        QStringLiteral("json"),
        QCoreApplication::translate("ValidateCommand", "Print the results as JSON."));
    parser.addOption(json);
    ProgramOptions options(ProgramOptions::Now::Fixed);
    options.addTo(parser);
    parser.addPositionalArgument(
        QStringLiteral("files"),
        QCoreApplication::translate("ValidateCommand", "Notice files (JSON) to check."),
        QStringLiteral("FILE…"));
    if (!Cli::parse(parser, arguments, options, m_io))
        return Cli::Unusable;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        m_io.err << QCoreApplication::translate("ValidateCommand",
                                                "Name at least one notice file to check.")
                 << Qt::endl;
        return Cli::Unusable;
    }

    const QDateTime now = options.clock().now();
    int exit = Cli::Ok;
    QJsonArray report;
    for (const QString &path : files) {
        QJsonObject entry{{QStringLiteral("file"), path}};
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            const QString message =
                QCoreApplication::translate("ValidateCommand", "cannot read the file: %1")
                    .arg(file.errorString());
            entry.insert(QStringLiteral("error"), message);
            if (!parser.isSet(json))
                m_io.err << path << ": " << message << Qt::endl;
            report.append(entry);
            exit = Cli::Unusable;
            continue;
        }
        NoticeReader reader;
        const auto notice = reader.read(file.readAll());
        if (!notice) {
            const auto &e = reader.error();
            entry.insert(QStringLiteral("error"), e.message);
            entry.insert(QStringLiteral("line"), e.line);
            entry.insert(QStringLiteral("column"), e.column);
            if (!parser.isSet(json))
                m_io.err << path << ':' << e.line << ':' << e.column << ": " << e.message
                         << Qt::endl;
            report.append(entry);
            exit = Cli::Unusable;
            continue;
        }
        // The rule book the console and the platform apply: the notice, then every channel.
        const ValidationIssues issues =
            PublicationRules::checkAll(*notice, ChannelRenderer::context(*notice, now));
        QJsonArray list;
        for (const ValidationIssue &issue : issues) {
            list.append(issue.toJson());
            if (!parser.isSet(json)) {
                const QString kind =
                    issue.isError() ? QString()
                                    : QCoreApplication::translate("ValidateCommand", "warning: ");
                m_io.out << path << ':' << issue.path << ':' << issue.code << ": " << kind
                         << issue.message() << Qt::endl;
            }
        }
        entry.insert(QStringLiteral("valid"), !hasErrors(issues));
        entry.insert(QStringLiteral("issues"), list);
        report.append(entry);
        if (hasErrors(issues) && exit == Cli::Ok)
            exit = Cli::Invalid;
    }
    if (parser.isSet(json))
        m_io.out << QJsonDocument(report).toJson(QJsonDocument::Indented);
    return exit;
}
