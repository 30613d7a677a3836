#include "ApiCall.h"

#include <QJsonObject>

#include <cstddef>
#include <cstdint>

// A platform answer as the client reads it. The input is "STATUS\nETAG\nRETRY-AFTER\nBODY":
// the status as text, two header values, then the body (JSON, problem+json or garbage).
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<QByteArray> parts;
    qsizetype from = 0;
    for (int i = 0; i < 3; ++i) {
        const qsizetype end = input.indexOf('\n', from);
        parts.append(end < 0 ? input.mid(from) : input.mid(from, end - from));
        from = end < 0 ? input.size() : end + 1;
    }
    const int status = parts.at(0).toInt();
    const QByteArray &etag = parts.at(1);
    const QByteArray &retryAfter = parts.at(2);
    const QByteArray body = input.mid(from);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1774000000, Qt::UTC);

    const ApiCall::Result r = ApiCall::answered(status, body, etag, retryAfter, now);
    // What every caller relies on.
    if (r.retryAfterSeconds && *r.retryAfterSeconds < 0)
        __builtin_trap();
    if (r.outcome == ApiCall::Outcome::Answered && status >= 400 && r.error.isEmpty())
        __builtin_trap();
    if (r.outcome == ApiCall::Outcome::BadJson && (r.error.isEmpty() || r.succeeded()))
        __builtin_trap();
    if (r.problem)
        (void)r.problem->describe();
    return 0;
}
