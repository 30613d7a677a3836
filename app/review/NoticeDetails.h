#pragma once

#include "PlatformNotice.h"

#include <functional>

class PlatformConnection;
class QObject;
class Session;

// GET /v1/notices/{id}: the notice with every revision (what the diff and the previews need).
namespace NoticeDetails {

// error is for a person and empty on success; done runs on context's thread.
using Done = std::function<void(const std::optional<PlatformNotice> &notice, const QString &error)>;
void fetch(PlatformConnection &connection, Session *session, const QString &id, QObject *context,
           const Done &done);

} // namespace NoticeDetails
