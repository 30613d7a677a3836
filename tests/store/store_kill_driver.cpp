// Queues COUNT notices, one durable transaction each, and marks them sent meanwhile as
// OutboxSender does: some answers of a group alone in a commit that is not synced, the others
// and the sending mark of the next group in one durable commit. It prints every operation id only
// after its commit. tst_storekill SIGKILLs it at random moments and restarts it; each run carries
// on where the database says the last one stopped.
//
// usage: store_kill_driver PROFILE COUNT

#include "Clock.h"
#include "Profile.h"
#include "Store.h"
#include "TestData.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlQuery>

#include <cstdio>
#include <optional>

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

QString noticeId(int index)
{
    return QStringLiteral("5a3e0000-0000-4000-8000-%1").arg(index, 12, 10, QLatin1Char('0'));
}

// Records ops as sent and, with a limit, marks the next group (up to limit) sending, in one
// commit; prints every op only after it. Returns the next group, or nothing when it failed.
std::optional<QList<Outbox::Operation>>
commitRound(Outbox &outbox, const QList<Outbox::Operation> &answered, qint64 revision, int limit)
{
    QList<Outbox::Operation> next;
    const auto commit = limit > 0 ? Outbox::Commit::Durable : Outbox::Commit::Replayable;
    const bool committed = outbox.inOneCommit(commit, [&] {
        for (const Outbox::Operation &op : answered) {
            if (!outbox.markSent(op.id, revision, QStringLiteral("\"etag-%1\"").arg(revision)))
                return false;
        }
        if (limit == 0)
            return true;
        next = outbox.ready(limit);
        for (const Outbox::Operation &op : std::as_const(next)) {
            if (!outbox.markSending(op.id))
                return false;
        }
        return true;
    });
    if (!committed)
        return std::nullopt;
    for (const Outbox::Operation &op : answered)
        say(QStringLiteral("sent ") + op.id);
    return next;
}

// As OutboxSender: the first answers of the group in flight alone, in a commit that is not
// synced, then the others with the next group's sending marks in a durable one.
std::optional<QList<Outbox::Operation>>
sendTogether(Outbox &outbox, const QList<Outbox::Operation> &inFlight, qint64 revision, int limit)
{
    const qsizetype alone = inFlight.size() / 2;
    if (alone > 0 && !commitRound(outbox, inFlight.first(alone), revision, 0))
        return std::nullopt;
    return commitRound(outbox, inFlight.sliced(alone), revision, limit);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return 2;
    const int count = args.at(2).toInt();
    const Clock clock;
    Store store(Profile(args.at(1)), clock);
    if (!store.open()) {
        say(QStringLiteral("error ") + store.errorString());
        return 2;
    }
    for (const QString &w : store.warnings())
        say(QStringLiteral("warning ") + w);
    say(QStringLiteral("ready"));
    Outbox &outbox = store.outbox();

    // Sends whose outcome was lost with the last process go again, with the same key.
    for (const Outbox::Operation &op : outbox.outcomeUnknown()) {
        if (!outbox.markSent(op.id, op.seq, QStringLiteral("\"etag\"")))
            return 3;
        say(QStringLiteral("sent ") + op.id);
    }

    QSqlQuery q(store.database().connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM notices")) || !q.next())
        return 3;
    const int done = q.value(0).toInt();
    q.finish();

    const QStringList samples = TestData::samplePaths();
    std::optional<QList<Outbox::Operation>> inFlight = QList<Outbox::Operation>();
    for (int i = done; i < count; ++i) {
        QFileInfo sample(samples.at(i % samples.size()));
        Notice notice = TestData::sample(sample.completeBaseName());
        notice.setId(noticeId(i));
        const auto op = outbox.enqueue(notice, QStringLiteral("driver"));
        if (!op) {
            say(QStringLiteral("error ") + store.database().errorString());
            return 3;
        }
        say(QStringLiteral("queued %1 %2").arg(op->id, op->noticeId));
        // One more sent for every two queued: half are left for the end, in groups, so the
        // kills that fall after the queueing still fall on grouped commits.
        if (i % 2 == 1 && !(inFlight = sendTogether(outbox, *inFlight, i, 1)))
            return 3;
    }
    do {
        if (!(inFlight = sendTogether(outbox, *inFlight, count, 2)))
            return 3;
    } while (!inFlight->isEmpty());
    say(QStringLiteral("done"));
    return 0;
}
