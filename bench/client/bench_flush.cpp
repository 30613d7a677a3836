// The outbox's flush rate against curl, in the same run:
//  1. 1,000 notices queued in a profile, then flushed by OutboxSender (12 in flight, its default)
//     to a real allo-sandbox process over loopback HTTPS: notices/s from sendNow() until the
//     last one is recorded as sent (the answers arriving together in one commit; the commits
//     that mark new requests sending synced to disk, docs/sending.md).
//  2. the same 1,000 bodies POSTed by one curl process (--parallel, as many at once, one TLS
//     connection pool, nothing recorded) to another allo-sandbox process on a fresh database.
//     Also at 4 at once, the figure issue #23 started from.
//  3. the ratio sender/curl, against the faster curl.
// Beside each, the CPU time per notice (user + system, every thread) of the sender's process
// during the flush and of the curl process: a figure that other programs on the machine do not
// change, unlike the wall time (the sandbox and the client share the machine's cores).
// Run with ./dev.sh bench (or build/bench/bench_flush [COUNT [IN_FLIGHT]]; IN_FLIGHT for both).

#include "Clock.h"
#include "CredentialStore.h"
#include "HeapTrim.h"
#include "OutboxSender.h"
#include "PlatformConnection.h"
#include "Session.h"
#include "Store.h"
#include "TestData.h"
#include "TestPublishable.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <cstdio>
#include <memory>
#include <sys/resource.h>

namespace {

constexpr const char *kUser = "issuer.chimie";
constexpr const char *kPassword = "training-chimie";

// Thrown, so that the sandboxes' destructors stop them; never thrown through the event loop.
struct Failure
{
    QString why;
};

[[noreturn]] void fail(const QString &why)
{
    throw Failure{why};
}

// CPU seconds of this process (RUSAGE_SELF, all its threads) or of its children waited for
// (RUSAGE_CHILDREN): user, and user + system (the kernel's work for it: syncs, sockets, memory).
struct Cpu
{
    double user = 0;
    double total = 0;

    static Cpu of(int who)
    {
        rusage usage{};
        getrusage(who, &usage);
        const auto seconds = [](const timeval &t) { return double(t.tv_sec) + t.tv_usec / 1e6; };
        return {seconds(usage.ru_utime), seconds(usage.ru_utime) + seconds(usage.ru_stime)};
    }
    Cpu operator-(const Cpu &before) const { return {user - before.user, total - before.total}; }
};

// Wall and CPU seconds of one flush.
struct Cost
{
    double seconds = 0;
    Cpu cpu;
};

// A real allo-sandbox on a free loopback port with its own fresh database.
struct SandboxProcess
{
    QTemporaryDir data;
    QProcess process;
    QString url;

    SandboxProcess()
    {
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(QStringLiteral(ALLO_BINARY_DIR "/bin/allo-sandbox"),
                      {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                       QStringLiteral("--data"), data.path()});
        if (!process.waitForStarted(10000))
            fail(QStringLiteral("allo-sandbox did not start: ") + process.errorString());
        while (!process.canReadLine()) {
            if (!process.waitForReadyRead(30000))
                fail(QStringLiteral("allo-sandbox printed no address"));
        }
        const QString line = QString::fromUtf8(process.readLine()).trimmed();
        url = line.section(QLatin1Char(' '), -1);
        if (!url.startsWith(QLatin1String("https://")))
            fail(QStringLiteral("unexpected first line: ") + line);
    }
    ~SandboxProcess()
    {
        process.terminate();
        if (!process.waitForFinished(5000))
            process.kill();
    }
    QString caFile() const { return QDir(data.path()).filePath(QStringLiteral("ca.pem")); }
};

QList<QJsonObject> makeNotices(int count)
{
    const QStringList samples = {QStringLiteral("flaring-maintenance"),
                                 QStringLiteral("odour-mercaptan"), QStringLiteral("siren-test"),
                                 QStringLiteral("steam-startup")};
    QList<QJsonObject> notices;
    for (int i = 0; i < count; ++i) {
        QJsonObject json = TestData::sample(samples.at(i % samples.size())).toJson();
        json.insert(QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        json.insert(QStringLiteral("company"), QStringLiteral("Chimie de la Vallée"));
        json.insert(QStringLiteral("territory"), QStringLiteral("rouen-metropole"));
        json.insert(QStringLiteral("site"),
                    QJsonObject{{QStringLiteral("id"), QStringLiteral("cv-grand-quevilly")},
                                {QStringLiteral("name"), QStringLiteral("Site")},
                                {QStringLiteral("commune"), QStringLiteral("Grand-Quevilly")}});
        notices.append(TestData::publishable(json));
    }
    return notices;
}

// Signs in with the client's own session; the keychain may be missing here (then memory).
bool signIn(Session &session)
{
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&session, &Session::finished, &loop, [&](bool done, const QString &error) {
        ok = done;
        if (!done)
            std::fprintf(stderr, "sign-in: %s\n", qPrintable(error));
        loop.quit();
    });
    session.signIn(QLatin1String(kUser), QLatin1String(kPassword));
    if (session.state() == Session::State::SigningIn)
        loop.exec();
    return ok;
}

// 1. OutboxSender: from sendNow() until the sender is idle (the last notice recorded as sent).
Cost flushWithSender(const QList<QJsonObject> &notices, int inFlight, QList<QByteArray> &bodies)
{
    SandboxProcess sandbox;
    QTemporaryDir profile;
    const Clock clock;
    Store store(Profile(profile.path()), clock);
    if (!store.open())
        fail(store.errorString());
    for (const QJsonObject &json : notices) {
        const auto op = store.outbox().enqueue(Notice(json), QStringLiteral("bench"));
        if (!op)
            fail(store.database().errorString());
        // What the sender puts on the wire, for curl to send the same bytes.
        bodies.append(QJsonDocument(op->payload).toJson(QJsonDocument::Compact));
    }
    PlatformConnection connection;
    if (const QString error = connection.configure(sandbox.url, sandbox.caFile(), {});
        !error.isEmpty())
        fail(error);
    CredentialStore credentials(QStringLiteral("allo-bench-flush"));
    Session session(connection, credentials);
    if (!signIn(session))
        fail(QStringLiteral("the sender could not sign in"));
    OutboxSender sender(store.outbox(), connection, session, clock);
    sender.setMaxInFlight(inFlight);
    QEventLoop loop;
    // Read once at the end: reading each operation as it changed cost CPU in this process,
    // counted as the sender's.
    QObject::connect(&sender, &OutboxSender::idleChanged, &loop, [&](bool idle) {
        if (idle)
            loop.quit();
    });
    QTimer::singleShot(600000, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    const Cpu cpuBefore = Cpu::of(RUSAGE_SELF);
    sender.sendNow();
    loop.exec();
    const Cost cost{timer.nsecsElapsed() / 1e9, Cpu::of(RUSAGE_SELF) - cpuBefore};
    if (const QList<Outbox::Operation> unsent = store.outbox().unsent(); !unsent.isEmpty())
        fail(QStringLiteral("%1 operations not sent (in 10 min at most); the first is %2: %3")
                 .arg(unsent.size())
                 .arg(Outbox::stateName(unsent.first().state),
                      unsent.first().lastError + unsent.first().failureReason));
    return cost;
}

QString curlToken(const SandboxProcess &sandbox)
{
    QProcess curl;
    curl.start(QStringLiteral("curl"),
               {QStringLiteral("-s"), QStringLiteral("--cacert"), sandbox.caFile(),
                QStringLiteral("-H"), QStringLiteral("Content-Type: application/json"),
                QStringLiteral("-d"),
                QStringLiteral("{\"username\": \"%1\", \"password\": \"%2\"}")
                    .arg(QLatin1String(kUser), QLatin1String(kPassword)),
                sandbox.url + QStringLiteral("/v1/auth/token")});
    if (!curl.waitForFinished(30000))
        fail(QStringLiteral("curl did not sign in"));
    return QJsonDocument::fromJson(curl.readAllStandardOutput())
        .object()
        .value(QStringLiteral("access_token"))
        .toString();
}

// 2. curl --parallel: the one curl process that posts every body.
Cost postWithCurl(const QList<QByteArray> &bodies, int inFlight)
{
    SandboxProcess sandbox;
    const QString token = curlToken(sandbox);
    if (token.isEmpty())
        fail(QStringLiteral("curl got no token"));
    QTemporaryDir dir;
    QFile config(dir.filePath(QStringLiteral("requests.curl")));
    if (!config.open(QIODevice::WriteOnly))
        fail(config.errorString());
    for (int i = 0; i < bodies.size(); ++i) {
        if (i > 0)
            config.write("next\n");
        const QString body = dir.filePath(QStringLiteral("body-%1.json").arg(i));
        QFile file(body);
        if (!file.open(QIODevice::WriteOnly) || file.write(bodies.at(i)) != bodies.at(i).size())
            fail(file.errorString());
        // Each "next" starts afresh: every request carries all its options.
        config.write(QStringLiteral("url = \"%1/v1/notices\"\n"
                                    "silent\nshow-error\n"
                                    "cacert = \"%5\"\n"
                                    "write-out = \"%{http_code}\\n\"\n"
                                    "data-binary = \"@%2\"\n"
                                    "header = \"Content-Type: application/json\"\n"
                                    "header = \"Authorization: Bearer %3\"\n"
                                    "header = \"Idempotency-Key: %4\"\n"
                                    "output = \"/dev/null\"\n")
                         .arg(sandbox.url, body, token,
                              QUuid::createUuid().toString(QUuid::WithoutBraces), sandbox.caFile())
                         .toUtf8());
    }
    config.close();
    QProcess curl;
    curl.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    // The sandboxes before this one were waited for already: the difference is curl's alone.
    const Cpu cpuBefore = Cpu::of(RUSAGE_CHILDREN);
    curl.start(QStringLiteral("curl"),
               {QStringLiteral("--no-progress-meter"), QStringLiteral("--parallel"),
                QStringLiteral("--parallel-max"), QString::number(inFlight), QStringLiteral("-K"),
                config.fileName()});
    if (!curl.waitForFinished(600000))
        fail(QStringLiteral("curl took over 10 min"));
    const Cost cost{timer.nsecsElapsed() / 1e9, Cpu::of(RUSAGE_CHILDREN) - cpuBefore};
    const QList<QByteArray> codes = curl.readAllStandardOutput().split('\n');
    const auto created = std::count(codes.begin(), codes.end(), QByteArray("201"));
    if (created != bodies.size())
        fail(QStringLiteral("curl created %1 of %2 notices; answers: %3")
                 .arg(created)
                 .arg(bodies.size())
                 .arg(QString::fromLatin1(codes.join(' ').left(400))));
    return cost;
}

} // namespace

int main(int argc, char **argv)
try {
    HeapTrim::keepFreedMemory(); // as the programs that send (allo-console, allo-cli) do
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 1000;
    const int inFlight = argc > 2 ? QByteArray(argv[2]).toInt() : OutboxSender::kDefaultMaxInFlight;
    if (count <= 0 || inFlight <= 0)
        fail(QStringLiteral("usage: bench_flush [COUNT [IN_FLIGHT]]"));
    const QList<QJsonObject> notices = makeNotices(count);
    QList<QByteArray> bodies;
    std::printf("Flush of %d queued notices over loopback HTTPS to allo-sandbox, %d in flight\n",
                count, inFlight);
    std::fflush(stdout);
    const auto print = [count](const char *label, const Cost &cost) {
        std::printf("  %-50s %8.2f s   %7.0f notices/s   CPU/notice %6.3f ms (user %5.3f)\n", label,
                    cost.seconds, count / cost.seconds, cost.cpu.total * 1000 / count,
                    cost.cpu.user * 1000 / count);
        std::fflush(stdout);
    };
    const Cost sender = flushWithSender(notices, inFlight, bodies);
    print("OutboxSender (every answer committed)", sender);
    // curl at 4 at once too (the figure issue #23 was measured with): the sandbox answers one
    // request at a time, so more at once need not make curl faster, and the sender is compared
    // with the faster of the two.
    Cost fastest;
    const QList<int> parallels = inFlight == 4 ? QList<int>{4} : QList<int>{inFlight, 4};
    for (const int parallel : parallels) {
        const Cost curl = postWithCurl(bodies, parallel);
        print(QStringLiteral("curl --parallel-max %1 (same bodies, fresh db)")
                  .arg(parallel)
                  .toUtf8()
                  .constData(),
              curl);
        if (fastest.seconds == 0 || curl.seconds < fastest.seconds)
            fastest = curl;
    }
    std::printf("  %-50s %8.2f\n", "ratio sender/curl (the faster curl)",
                fastest.seconds / sender.seconds);
    std::printf("  %-50s %8.2f\n", "CPU per notice, sender/curl (the faster curl)",
                sender.cpu.total / fastest.cpu.total);
    return 0;
} catch (const Failure &failure) {
    std::fprintf(stderr, "bench_flush: %s\n", qPrintable(failure.why));
    return 1;
}
