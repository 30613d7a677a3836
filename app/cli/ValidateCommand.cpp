#include "ValidateCommand.h"

#include "ChannelRenderer.h"
#include "Cli.h"
#include "HotlineVoice.h"
#include "NoticeReader.h"
#include "PeriodConsistency.h"
#include "ProgramOptions.h"
#include "PublicationRules.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

int ValidateCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption json(
        QStringLiteral("json"),
        QCoreApplication::translate("ValidateCommand", "Print the results as JSON."));
    parser.addOption(json);
    const QCommandLineOption fix(
        QStringLiteral("fix"),
        QCoreApplication::translate("ValidateCommand",
                                    "Rewrite in each file the phrases of the texts that no longer "
                                    "say the notice's period, then check it."));
    parser.addOption(fix);
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
        auto notice = reader.read(file.readAll());
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
        if (parser.isSet(fix)) {
            const Notice fixed = PeriodConsistency::rewrite(
                *notice, ChannelRenderer::context(*notice, now).territory.timeZone);
            if (!(fixed == *notice)) {
                // The whole file is written again: its keys come out in alphabetical order.
                QSaveFile out(path);
                if (!out.open(QIODevice::WriteOnly) ||
                    out.write(QJsonDocument(fixed.toJson()).toJson(QJsonDocument::Indented)) < 0 ||
                    !out.commit()) {
                    m_io.err << path << ": "
                             << QCoreApplication::translate("ValidateCommand",
                                                            "cannot rewrite the file: %1")
                                    .arg(out.errorString())
                             << Qt::endl;
                    exit = Cli::Unusable;
                } else {
                    m_io.err << path << ": "
                             << QCoreApplication::translate(
                                    "ValidateCommand", "rewrote the phrases that no longer said "
                                                       "the period")
                             << Qt::endl;
                    notice = fixed;
                }
            }
        }
        // The rule book the console and the platform apply: the notice, then every channel.
        // The hotline judged on the voice's real duration (the estimate without an engine).
        RenderContext context = ChannelRenderer::context(*notice, now);
        HotlineVoice::measure(*notice, context);
        const ValidationIssues issues = PublicationRules::checkAll(*notice, context);
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
