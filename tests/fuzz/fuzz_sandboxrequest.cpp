#include "ApiRequest.h"
#include "Clock.h"
#include "SandboxApi.h"
#include "SandboxStore.h"
#include "UserDirectory.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUrl>

#include <cstddef>
#include <cstdint>

// A whole request through the API against an in-memory store, as text:
//   METHOD /path?query
//   Header: value
//   (empty line)
//   body
// "Bearer I" and "Bearer C" in a header become real tokens of an issuer and a coordinator, so
// the fuzzer reaches the handlers behind authentication.
namespace {

struct World
{
    Clock clock{QDateTime::fromString(QStringLiteral("2026-03-20T12:00:00+01:00"), Qt::ISODate)};
    SandboxStore store;
    std::unique_ptr<SandboxApi> api;
    QByteArray issuer;
    QByteArray coordinator;
};

World *world = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    world = new World;
    if (!world->store.open(QStringLiteral(":memory:")).isEmpty() ||
        !world->store.replaceDirectory(UserDirectory::builtIn()).isEmpty())
        qFatal("The fuzzing store does not open");
    world->api = std::make_unique<SandboxApi>(world->store, world->clock);
    const qint64 now = world->clock.now().toMSecsSinceEpoch();
    world->issuer =
        world->store.createSession(QStringLiteral("issuer.chimie"), now, 1 << 30, 1 << 30)
            .accessToken;
    world->coordinator =
        world->store.createSession(QStringLiteral("coord.anne"), now, 1 << 30, 1 << 30).accessToken;
    // The tokens work, or the fuzzer would never get past authentication.
    ApiRequest me;
    me.method = "GET";
    me.path = QStringLiteral("/v1/me");
    me.headers = {{"Authorization", "Bearer " + world->issuer}};
    if (world->api->handle(me).response.status != 200)
        qFatal("The fuzzing session does not sign in");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype headEnd = input.indexOf("\n\n");
    const QByteArray head = headEnd < 0 ? input : input.left(headEnd);
    QList<QByteArray> lines = head.split('\n');
    const QByteArray requestLine = lines.takeFirst();
    ApiRequest request;
    const qsizetype space = requestLine.indexOf(' ');
    request.method = space < 0 ? requestLine : requestLine.left(space);
    const QUrl url = QUrl::fromEncoded(space < 0 ? QByteArray() : requestLine.mid(space + 1));
    request.path = url.path(QUrl::FullyDecoded);
    request.query = QUrlQuery(url);
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        QByteArray value = line.mid(colon + 1).trimmed();
        if (value == "Bearer I")
            value = "Bearer " + world->issuer;
        else if (value == "Bearer C")
            value = "Bearer " + world->coordinator;
        request.headers.append({line.left(colon), value});
    }
    if (headEnd >= 0)
        request.body = input.mid(headEnd + 2);
    const SandboxApi::Outcome outcome = world->api->handle(request);
    // Every answer is a real status; errors are problem documents.
    const int status = outcome.response.status;
    if (status < 200 || status > 599)
        __builtin_trap();
    if (status >= 400 && outcome.response.header("Content-Type") != "application/problem+json")
        __builtin_trap();
    return 0;
}
