#include "QueueCommand.h"

#include "Cli.h"
#include "CliStore.h"
#include "NoticeValidator.h"
#include "ProgramOptions.h"
#include "TerritoryCatalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

int QueueCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption json(
        QStringLiteral("json"),
        QCoreApplication::translate("QueueCommand", "Print the operations as JSON."));
    parser.addOption(json);
    parser.addOption(Profile::option());
    ProgramOptions options;
    options.addTo(parser);
    parser.addPositionalArgument(
        QStringLiteral("action"),
        QCoreApplication::translate(
            "QueueCommand",
            "add FILE (queue a notice; prints the operation id once it is stored), list, show ID, "
            "retry ID, remove ID, export DIR."),
        QStringLiteral("ACTION [ARGUMENT]"));
    if (!Cli::parse(parser, arguments, options, m_io))
        return Cli::Unusable;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const QStringList withArgument = {QStringLiteral("add"), QStringLiteral("show"),
                                      QStringLiteral("retry"), QStringLiteral("remove"),
                                      QStringLiteral("export")};
    const bool known = withArgument.contains(action) || action == QLatin1String("list");
    if (!known || args.size() != (action == QLatin1String("list") ? 1 : 2)) {
        m_io.err << QCoreApplication::translate(
                        "QueueCommand",
                        "Use: allo-cli queue add FILE | list [--json] | show ID | retry ID | "
                        "remove ID | export DIR")
                 << Qt::endl;
        return Cli::Unusable;
    }
    const auto store = CliStore::open(m_io, parser, options.clock());
    if (!store)
        return Cli::Unusable;
    const QString argument = args.value(1);
    if (action == QLatin1String("add"))
        return add(*store, argument, options.clock().now());
    if (action == QLatin1String("list"))
        return list(*store, parser.isSet(json));
    if (action == QLatin1String("show"))
        return show(*store, argument);
    if (action == QLatin1String("export"))
        return exportTo(*store, argument);
    const Outbox::Refusal refusal = action == QLatin1String("retry")
                                        ? store->outbox().retry(argument, CliStore::user())
                                        : store->outbox().remove(argument, CliStore::user());
    if (refusal == Outbox::Refusal::Storage) {
        m_io.err << store->database().errorString() << Qt::endl;
        return Cli::Unusable;
    }
    if (refusal != Outbox::Refusal::None) {
        m_io.err << Outbox::explain(refusal, argument) << Qt::endl;
        return Cli::Invalid;
    }
    return Cli::Ok;
}

int QueueCommand::add(Store &store, const QString &path, const QDateTime &now)
{
    const auto notice = Cli::readNotice(path, m_io);
    if (!notice)
        return Cli::Unusable;
    // An invalid notice would only come back from the platform as a failure.
    const ValidationIssues issues =
        NoticeValidator(TerritoryCatalog::builtIn(), now).validate(notice->toJson());
    if (hasErrors(issues)) {
        for (const ValidationIssue &issue : issues) {
            if (issue.isError())
                m_io.err << path << ':' << issue.path << ':' << issue.code << ": "
                         << issue.message() << Qt::endl;
        }
        m_io.err << QCoreApplication::translate(
                        "QueueCommand",
                        "The notice was not queued: correct it, then queue it again.")
                 << Qt::endl;
        return Cli::Invalid;
    }
    const auto op = store.outbox().enqueue(*notice, CliStore::user());
    if (!op) {
        m_io.err << store.database().errorString() << Qt::endl;
        return Cli::Unusable;
    }
    // Printed only now that the commit is on disk: a printed id is never lost.
    m_io.out << op->id << Qt::endl;
    return Cli::Ok;
}

int QueueCommand::list(Store &store, bool json)
{
    const QList<Outbox::Operation> ops = store.outbox().list();
    if (!store.database().errorString().isEmpty()) {
        m_io.err << store.database().errorString() << Qt::endl;
        return Cli::Unusable;
    }
    if (json) {
        QJsonArray array;
        for (const Outbox::Operation &op : ops)
            array.append(op.toJson());
        m_io.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Cli::Ok;
    }
    for (const Outbox::Operation &op : ops) {
        QString line = op.id + QLatin1Char(' ') + Outbox::stateName(op.state).leftJustified(14) +
                       Outbox::kindName(op.kind).leftJustified(7) + op.noticeId + QLatin1Char(' ') +
                       op.queuedAt.toString(Qt::ISODate);
        if (op.state == Outbox::State::RetryWait)
            line += QLatin1Char(' ') +
                    QCoreApplication::translate("QueueCommand", "attempt %1, next at %2: %3")
                        .arg(op.attempts)
                        .arg(op.nextAttemptAt.toString(Qt::ISODate), op.lastError);
        else if (op.state == Outbox::State::Failed)
            line += QLatin1Char(' ') + op.failureReason;
        m_io.out << line << Qt::endl;
    }
    return Cli::Ok;
}

int QueueCommand::show(Store &store, const QString &id)
{
    const auto op = store.outbox().find(id);
    if (!op) {
        m_io.err << Outbox::explain(Outbox::Refusal::NotFound, id) << Qt::endl;
        return Cli::Invalid;
    }
    m_io.out << QJsonDocument(op->toJson()).toJson(QJsonDocument::Indented);
    return Cli::Ok;
}

int QueueCommand::exportTo(Store &store, const QString &dir)
{
    if (!QDir().mkpath(dir)) {
        m_io.err << QCoreApplication::translate(
                        "QueueCommand", "The folder %1 cannot be created. Choose another one.")
                        .arg(dir)
                 << Qt::endl;
        return Cli::Unusable;
    }
    const QList<Outbox::Operation> ops = store.outbox().list();
    for (const Outbox::Operation &op : ops) {
        const QString name =
            QStringLiteral("%1-%2.json").arg(op.seq, 6, 10, QLatin1Char('0')).arg(op.id);
        QSaveFile file(QDir(dir).filePath(name));
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(QJsonDocument(op.toJson()).toJson(QJsonDocument::Indented)) < 0 ||
            !file.commit()) {
            m_io.err << QCoreApplication::translate(
                            "QueueCommand", "Cannot write %1: %2. Nothing else was written.")
                            .arg(file.fileName(), file.errorString())
                     << Qt::endl;
            return Cli::Unusable;
        }
    }
    m_io.out << QCoreApplication::translate("QueueCommand", "%n operation(s) written to %1.",
                                            nullptr, int(ops.size()))
                    .arg(dir)
             << Qt::endl;
    return Cli::Ok;
}
