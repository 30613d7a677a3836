#include "ReviewCommand.h"

#include "ChannelRenderer.h"
#include "Cli.h"
#include "CliSession.h"
#include "CliStore.h"
#include "NoticeDetails.h"
#include "NoticeRowsModel.h"
#include "OutboxSender.h"
#include "ProgramOptions.h"
#include "PublicationRules.h"
#include "ReviewActions.h"
#include "ReviewQueue.h"
#include "RevisionDiff.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ReviewCommand", text);
}

const QStringList kDecisions = {QStringLiteral("approve"), QStringLiteral("request-changes"),
                                QStringLiteral("reject")};

// GET /v1/notices/{id}, waited for.
std::optional<PlatformNotice> fetchDetails(CliSession &cli, const QString &id, QString &error)
{
    QEventLoop loop;
    std::optional<PlatformNotice> found;
    error = QCoreApplication::translate("ReviewCommand",
                                        "The platform did not answer in time: try again.");
    NoticeDetails::fetch(cli.connection(), &cli.session(), id, &loop,
                         [&](const std::optional<PlatformNotice> &n, const QString &e) {
                             found = n;
                             error = e;
                             loop.quit();
                         });
    QTimer::singleShot(2 * cli.connection().timeoutMs(), &loop, &QEventLoop::quit);
    loop.exec();
    return found;
}

QJsonObject summary(const PlatformNotice &n, const QDateTime &now, const QString &reviewer)
{
    return {{QStringLiteral("id"), n.id},
            {QStringLiteral("revision"), n.revision},
            {QStringLiteral("state"), n.state},
            {QStringLiteral("published_at_once"), n.publishedAtOnce()},
            {QStringLiteral("territory"), n.territory},
            {QStringLiteral("company"), n.company},
            {QStringLiteral("site"), n.notice.site().name},
            {QStringLiteral("commune"), n.notice.site().commune},
            {QStringLiteral("type"), n.notice.type()},
            {QStringLiteral("status"), n.notice.status()},
            {QStringLiteral("start"), n.notice.toJson().value(QLatin1String("start"))},
            {QStringLiteral("submitted_by"), n.submittedBy},
            {QStringLiteral("own_submission"), ReviewActions::isOwnSubmission(n, reviewer)},
            {QStringLiteral("waited_minutes"), qMax<qint64>(0, n.updatedAt.secsTo(now) / 60)}};
}

} // namespace

int ReviewCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), tr("list: print the queue as JSON."));
    const QCommandLineOption comment(
        QStringLiteral("comment"),
        tr("The comment for the company (required to request changes or reject)."),
        QStringLiteral("TEXT"));
    parser.addOption(json);
    parser.addOption(comment);
    ProgramOptions options(ProgramOptions::Now::Running); // it sends and waits for retries
    options.addTo(parser);
    parser.addPositionalArgument(
        QStringLiteral("action"),
        tr("list, show ID, approve ID, request-changes ID --comment TEXT, reject ID --comment "
           "TEXT."),
        QStringLiteral("ACTION [ID]"));
    if (!Cli::parse(parser, arguments, options, m_io))
        return Cli::Unusable;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const bool isList = action == QLatin1String("list");
    const bool withId = action == QLatin1String("show") || kDecisions.contains(action);
    if ((!isList && !withId) || args.size() != (isList ? 1 : 2)) {
        m_io.err << tr("Use: allo-cli review list [--json] | show ID | approve ID | "
                       "request-changes ID --comment TEXT | reject ID --comment TEXT")
                 << Qt::endl;
        return Cli::Unusable;
    }
    if ((action == QLatin1String("request-changes") || action == QLatin1String("reject")) &&
        parser.value(comment).trimmed().isEmpty()) {
        m_io.err << tr("A comment is required to %1: add --comment \"what to change\".").arg(action)
                 << Qt::endl;
        return Cli::Unusable;
    }
    CliSession cli;
    const QString error = cli.restore();
    if (!error.isEmpty()) {
        m_io.err << error << Qt::endl;
        return Cli::Unusable;
    }
    if (isList)
        return list(cli, options.clock(), parser.isSet(json));
    if (action == QLatin1String("show"))
        return show(cli, options.clock(), args.at(1));
    return decide(cli, parser, options.clock(), action, args.at(1), parser.value(comment));
}

int ReviewCommand::list(CliSession &cli, const Clock &clock, bool json)
{
    ReviewQueue queue(cli.connection(), &cli.session());
    const QString reviewer = cli.session().account().username;
    queue.setReviewer(reviewer);
    QEventLoop loop;
    QString error;
    QObject::connect(&queue, &ReviewQueue::updated, &loop, &QEventLoop::quit);
    QObject::connect(&queue, &ReviewQueue::refreshFailed, &loop, [&](const QString &e) {
        error = e;
        loop.quit();
    });
    queue.refresh();
    loop.exec();
    if (!error.isEmpty()) {
        m_io.err << error << Qt::endl;
        return Cli::Unusable;
    }
    const QDateTime now = clock.now();
    const QList<PlatformNotice> waiting = queue.awaitingReview();
    if (json) {
        QJsonArray array;
        for (const PlatformNotice &n : waiting)
            array.append(summary(n, now, reviewer));
        m_io.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Cli::Ok;
    }
    for (const PlatformNotice &n : waiting) {
        const QString mark = ReviewActions::isOwnSubmission(n, reviewer) ? tr("own")
                             : n.publishedAtOnce()                       ? tr("PUBLISHED")
                                                                         : tr("pending");
        m_io.out << n.id << ' ' << QStringLiteral("r%1").arg(n.revision).leftJustified(4) << ' '
                 << mark.leftJustified(9) << ' '
                 << NoticeRowsModel::waited(n.updatedAt, now).leftJustified(10) << ' ' << n.company
                 << " — " << NoticeRowsModel::siteText(n.notice) << " — " << n.notice.type() << ", "
                 << n.notice.status() << Qt::endl;
    }
    if (waiting.isEmpty())
        m_io.err << tr("Nothing awaits review.") << Qt::endl;
    return Cli::Ok;
}

int ReviewCommand::show(CliSession &cli, const Clock &clock, const QString &id)
{
    QString error;
    const auto n = fetchDetails(cli, id, error);
    if (!n) {
        m_io.err << error << Qt::endl;
        return Cli::Unusable;
    }
    const QString reviewer = cli.session().account().username;
    m_io.out << QJsonDocument(summary(*n, clock.now(), reviewer)).toJson(QJsonDocument::Indented);
    if (n->review)
        m_io.out << tr("Last decision: %1 on revision %2 by %3: %4")
                        .arg(n->review->decision)
                        .arg(n->review->revision)
                        .arg(n->review->decidedBy, n->review->comment)
                 << Qt::endl;
    const PlatformNotice::Revision *latest = n->findRevision(n->revision);
    const bool againstPublished = n->publishedRevision > 0 && n->publishedRevision != n->revision;
    const int base = againstPublished ? n->publishedRevision : n->revision - 1;
    const PlatformNotice::Revision *earlier = n->findRevision(base);
    if (!latest)
        return Cli::Ok;
    // What the rule book says of the revision to decide on, as the console and the platform do.
    const ValidationIssues problems = PublicationRules::checkAll(
        latest->notice, ChannelRenderer::context(latest->notice, clock.now()));
    if (!problems.isEmpty())
        m_io.out << tr("Publication rules:") << Qt::endl;
    for (const ValidationIssue &issue : problems)
        m_io.out << "  " << issue.path << ':' << issue.code << ": "
                 << (issue.isError() ? QString() : tr("warning: ")) << issue.message() << Qt::endl;
    if (!earlier) {
        for (const QString &language : RevisionDiff(latest->notice, latest->notice).languages())
            m_io.out << language << ": " << latest->notice.text(language) << Qt::endl;
        return Cli::Ok;
    }
    const RevisionDiff diff(earlier->notice, latest->notice);
    m_io.out << (againstPublished ? tr("Changes from the published revision %1:")
                                  : tr("Changes from revision %1:"))
                    .arg(base)
             << Qt::endl;
    for (const QString &language : diff.languages())
        m_io.out << language << ": " << RevisionDiff::marked(diff.text(language)) << Qt::endl;
    for (const RevisionDiff::FieldChange &c : diff.changes())
        m_io.out << RevisionDiff::fieldLabel(c.field) << ": [-" << c.before << "-]{+" << c.after
                 << "+}" << Qt::endl;
    return Cli::Ok;
}

int ReviewCommand::decide(CliSession &cli, const QCommandLineParser &parser, const Clock &clock,
                          const QString &action, const QString &id, const QString &comment)
{
    QString error;
    const auto n = fetchDetails(cli, id, error);
    if (!n) {
        m_io.err << error << Qt::endl;
        return Cli::Unusable;
    }
    const auto store = CliStore::open(m_io, parser, clock);
    if (!store)
        return Cli::Unusable;
    const QString reviewer = cli.session().account().username;
    ReviewActions actions(*store);
    const auto decision = ReviewActions::fromName(QString(action).replace(u'-', u'_'));
    const ReviewActions::Result queued = actions.decide(*n, *decision, comment, reviewer);
    if (!queued.operation) {
        m_io.err << queued.error << Qt::endl;
        return Cli::Invalid;
    }
    const QString opId = queued.operation->id;
    OutboxSender sender(store->outbox(), cli.connection(), cli.session(), clock);
    QEventLoop loop;
    bool done = false; // a quit() before exec() would be lost
    const int waitMs = 3 * cli.connection().timeoutMs();
    const auto check = [&] {
        const auto op = store->outbox().find(opId);
        // Stalled: it waits behind an operation of the same notice that only a sign-in (or the
        // user) can move on, so waiting longer changes nothing.
        if (!op || ReviewActions::isSettled(*op) || op->state == Outbox::State::RetryWait ||
            sender.isStalled()) {
            done = true;
            loop.quit();
        }
    };
    QObject::connect(&sender, &OutboxSender::operationChanged, &loop, check);
    QObject::connect(&sender, &OutboxSender::connectionChanged, &loop, check);
    QObject::connect(&sender, &OutboxSender::idleChanged, &loop, check);
    QTimer::singleShot(waitMs, &loop, &QEventLoop::quit);
    sender.sendNow();
    if (!done)
        loop.exec();
    sender.stop();
    const auto op = store->outbox().find(opId);
    if (!op || !ReviewActions::isSettled(*op)) {
        const QString behind = op ? sender.waitReason(*op) : QString();
        if (!behind.isEmpty()) {
            m_io.err << tr("The decision is queued in the outbox but cannot be sent yet. %1 Once "
                           "that is resolved, allo-cli queue flush or the console sends it, "
                           "exactly once.")
                            .arg(behind)
                     << Qt::endl;
            return Queued;
        }
        QString why = op ? op->lastError : QString();
        if (why.isEmpty())
            why = sender.connection() == OutboxSender::Connection::Online
                      ? tr("no answer within %1 s").arg(waitMs / 1000)
                      : sender.connectionDetail();
        m_io.err << tr("The decision is queued in the outbox but the platform has not answered "
                       "(%1). It is sent, exactly once, by allo-cli queue flush or the console.")
                        .arg(why)
                 << Qt::endl;
        return Queued;
    }
    const QString message = actions.settle(*op, reviewer);
    if (op->state != Outbox::State::Sent) {
        m_io.err << message << Qt::endl;
        return op->state == Outbox::State::NeedsSignIn ? int(Cli::Unusable) : int(Cli::Invalid);
    }
    m_io.out << message << Qt::endl;
    return Cli::Ok;
}
