#include "QueueCommand.h"

#include "ChannelRenderer.h"
#include "Cli.h"
#include "CliSession.h"
#include "CliStore.h"
#include "HotlineAudioQueue.h"
#include "OutboxSender.h"
#include "ProgramOptions.h"
#include "PublicationRules.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimer>

namespace {

// Without --wait, flush waits for one round of sends; with it, for every answer.
constexpr int kRoundSeconds = 60;
constexpr int kWaitSeconds = 600;

// One line for a person: what happened to the operation, and what comes next.
QString outcomeText(const Outbox::Operation &op, const OutboxSender &sender)
{
    QString text;
    switch (op.state) {
    case Outbox::State::Sent:
        text = QCoreApplication::translate("QueueCommand", "revision %1")
                   .arg(op.platformRevision.value_or(0));
        break;
    case Outbox::State::Queued:
        text = sender.waitReason(op);
        if (text.isEmpty())
            text = QCoreApplication::translate("QueueCommand", "not sent yet");
        break;
    case Outbox::State::Sending:
        text = QCoreApplication::translate(
            "QueueCommand",
            "no answer yet: it is sent again with the same key, which the platform applies "
            "at most once");
        break;
    case Outbox::State::RetryWait:
        text = QCoreApplication::translate("QueueCommand", "attempt %1, next at %2: %3")
                   .arg(op.attempts)
                   .arg(op.nextAttemptAt.toString(Qt::ISODate), op.lastError);
        break;
    case Outbox::State::NeedsSignIn:
    case Outbox::State::Conflict:
        text = op.lastError;
        break;
    case Outbox::State::Failed:
        text = op.failureReason;
        break;
    }
    return text.replace(QLatin1Char('\n'), QLatin1String("; "));
}

} // namespace

int QueueCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption json(
        QStringLiteral("json"),
        QCoreApplication::translate("QueueCommand", "Print the operations as JSON."));
    parser.addOption(json);
    const QCommandLineOption wait(
        QStringLiteral("wait"),
        QCoreApplication::translate("QueueCommand",
                                    "flush: keep going until every operation is sent, in "
                                    "conflict, failed or waiting for a sign-in, or until "
                                    "nothing more can be sent without you."));
    parser.addOption(wait);
    const QCommandLineOption timeout(
        QStringLiteral("timeout"),
        QCoreApplication::translate("QueueCommand",
                                    "flush: give up after this many seconds (default %1, with "
                                    "--wait %2).")
            .arg(kRoundSeconds)
            .arg(kWaitSeconds),
        QStringLiteral("seconds"));
    parser.addOption(timeout);
    ProgramOptions options(ProgramOptions::Now::Running); // it sends and waits for retries
    options.addTo(parser);
    parser.addPositionalArgument(
        QStringLiteral("action"),
        QCoreApplication::translate(
            "QueueCommand",
            "add FILE (queue a notice; prints the operation id once it is stored), list, show ID, "
            "retry ID, remove ID, export DIR, flush (send now and print each operation's "
            "result)."),
        QStringLiteral("ACTION [ARGUMENT]"));
    if (!Cli::parse(parser, arguments, options, m_io))
        return Cli::Unusable;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const QStringList withArgument = {QStringLiteral("add"), QStringLiteral("show"),
                                      QStringLiteral("retry"), QStringLiteral("remove"),
                                      QStringLiteral("export")};
    const bool alone = action == QLatin1String("list") || action == QLatin1String("flush");
    const bool known = withArgument.contains(action) || alone;
    bool timeoutOk = true;
    const int limit = parser.isSet(timeout) ? parser.value(timeout).toInt(&timeoutOk)
                      : parser.isSet(wait)  ? kWaitSeconds
                                            : kRoundSeconds;
    if (!known || args.size() != (alone ? 1 : 2) || !timeoutOk || limit <= 0) {
        m_io.err << QCoreApplication::translate(
                        "QueueCommand",
                        "Use: allo-cli queue add FILE | list [--json] | show ID | retry ID | "
                        "remove ID | export DIR | flush [--wait] [--json] [--timeout SECONDS]")
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
    if (action == QLatin1String("flush"))
        return flush(*store, options.clock(), parser.isSet(wait), parser.isSet(json), limit);
    const Outbox::Refusal refusal = action == QLatin1String("retry")
                                        ? store->outbox().retry(argument, CliStore::user())
                                        : store->outbox().remove(argument, CliStore::user());
    if (refusal == Outbox::Refusal::Storage) {
        m_io.err << store->database().errorString() << Qt::endl;
        return Cli::Unusable;
    }
    if (refusal != Outbox::Refusal::None) {
        const auto op = store->outbox().find(argument);
        m_io.err << Outbox::explain(refusal, argument, op ? op->attemptedBy : QString())
                 << Qt::endl;
        return Cli::Invalid;
    }
    return Cli::Ok;
}

int QueueCommand::add(Store &store, const QString &path, const QDateTime &now)
{
    const auto notice = Cli::readNotice(path, m_io);
    if (!notice)
        return Cli::Unusable;
    // What the rule book refuses would only come back from the platform as a failure.
    const RenderContext context = ChannelRenderer::context(*notice, now);
    const ValidationIssues issues = PublicationRules::checkAll(*notice, context);
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
    const HotlineAudioQueue::Queued queued =
        HotlineAudioQueue::enqueue(store.outbox(), *notice, context, CliStore::user());
    const auto &op = queued.operation;
    if (!op) {
        m_io.err << store.database().errorString() << Qt::endl;
        return Cli::Unusable;
    }
    if (!queued.note.isEmpty())
        m_io.err << queued.note << Qt::endl;
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
        for (const Outbox::Operation &op : ops) {
            QJsonObject o = op.toJson();
            QJsonArray refused;
            for (const ValidationIssue &issue : refusedByRules(op))
                refused.append(issue.toJson());
            if (!refused.isEmpty())
                o.insert(QStringLiteral("refusedByRules"), refused);
            array.append(o);
        }
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
        // Whom to sign in as, or what changed on the platform.
        else if (op.state == Outbox::State::NeedsSignIn || op.state == Outbox::State::Conflict)
            line += QLatin1Char(' ') + op.lastError;
        m_io.out << line << Qt::endl;
        const ValidationIssues refused = refusedByRules(op);
        for (const ValidationIssue &issue : refused)
            m_io.out << "  " << issue.path << ':' << issue.code << ": " << issue.message()
                     << Qt::endl;
        if (!refused.isEmpty())
            m_io.out << "  "
                     << QCoreApplication::translate(
                            "QueueCommand",
                            "The platform will refuse this operation: remove it (allo-cli queue "
                            "remove %1), correct the notice and queue it again.")
                            .arg(op.id)
                     << Qt::endl;
    }
    return Cli::Ok;
}

ValidationIssues QueueCommand::refusedByRules(const Outbox::Operation &op)
{
    // Queued before today's rules, or by an older version: say so before the platform does.
    if (op.state == Outbox::State::Sent ||
        (op.kind != Outbox::Kind::Create && op.kind != Outbox::Kind::Update))
        return {};
    return PublicationRules::blocking(Notice(op.payload), op.queuedAt);
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

int QueueCommand::flush(Store &store, const Clock &clock, bool wait, bool json, int limitSeconds)
{
    QStringList tracked;
    for (const Outbox::Operation &op : store.outbox().list()) {
        if (op.state != Outbox::State::Sent)
            tracked.append(op.id);
    }
    if (!store.database().errorString().isEmpty()) {
        m_io.err << store.database().errorString() << Qt::endl;
        return Cli::Unusable;
    }
    if (tracked.isEmpty()) {
        m_io.out << QCoreApplication::translate("QueueCommand",
                                                "Nothing to send: every operation is sent.")
                 << Qt::endl;
        return Cli::Ok;
    }
    CliSession platform;
    const QString problem = platform.restore();
    // Signed in but the platform unreachable still goes on: the sender says so and, with
    // --wait, keeps trying.
    if (platform.session().state() != Session::State::SignedIn) {
        m_io.err << problem << Qt::endl;
        return Cli::Unusable;
    }
    OutboxSender sender(store.outbox(), platform.connection(), platform.session(), clock);
    sender.setBackoff(platform.settings().value(Settings::Key::RetryBaseSeconds).toInt() * 1000,
                      platform.settings().value(Settings::Key::RetryCapSeconds).toInt() * 1000);
    QEventLoop loop;
    bool done = false;
    bool gaveUp = false;
    bool stalled = false;
    const auto check = [&] {
        bool settled = true;
        for (const QString &id : std::as_const(tracked)) {
            const auto op = store.outbox().find(id);
            settled &= !op || Outbox::isSettled(op->state);
        }
        using C = OutboxSender::Connection;
        const C connection = sender.connection();
        // Nothing moves without the user: a sign-in, or a certificate to trust.
        const bool stuck = connection == C::SignedOut || connection == C::TlsProblem;
        // Nor when what is left waits behind an operation held for another account, with no
        // retry to wait for.
        stalled = !settled && sender.isStalled();
        const bool roundOver = !wait && (sender.isIdle() || connection == C::Offline);
        if (settled || stuck || stalled || roundOver) {
            done = true;
            loop.quit();
        }
    };
    QObject::connect(&sender, &OutboxSender::operationChanged, &loop, check);
    QObject::connect(&sender, &OutboxSender::connectionChanged, &loop, check);
    QObject::connect(&sender, &OutboxSender::idleChanged, &loop, check);
    QTimer::singleShot(limitSeconds * 1000, &loop, [&] {
        gaveUp = true;
        loop.quit();
    });
    sender.sendNow();
    if (!done)
        loop.exec();

    QJsonArray array;
    int unsent = 0;
    for (const QString &id : std::as_const(tracked)) {
        const auto op = store.outbox().find(id);
        if (!op)
            continue;
        unsent += op->state == Outbox::State::Sent ? 0 : 1;
        if (json)
            array.append(op->toJson());
        else
            m_io.out << op->id << ' ' << Outbox::stateName(op->state).leftJustified(14)
                     << Outbox::kindName(op->kind).leftJustified(7) << op->noticeId << ' '
                     << outcomeText(*op, sender) << Qt::endl;
    }
    if (json)
        m_io.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    if (sender.connection() != OutboxSender::Connection::Online && unsent > 0)
        m_io.err << sender.connectionDetail() << Qt::endl;
    else if (stalled && unsent > 0)
        m_io.err << QCoreApplication::translate(
                        "QueueCommand",
                        "Nothing more can be sent without you: %n operation(s) wait, for the "
                        "reasons above. See allo-cli queue list.",
                        nullptr, unsent)
                 << Qt::endl;
    if (gaveUp && unsent > 0)
        m_io.err << QCoreApplication::translate(
                        "QueueCommand",
                        "Gave up after %1 s with %n operation(s) not sent. They stay in the queue "
                        "and are sent later: run allo-cli queue flush --wait again, or see "
                        "allo-cli queue list.",
                        nullptr, unsent)
                        .arg(limitSeconds)
                 << Qt::endl;
    return unsent == 0 ? Cli::Ok : Cli::Invalid;
}
