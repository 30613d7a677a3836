#pragma once

#include <QDateTime>
#include <QTimeZone>

#include <optional>

// ISO 8601 times as the notice JSON and CAP carry them: always with an explicit offset.
namespace IsoTime {

// Accepts YYYY-MM-DDThh:mm[:ss[.zzz]] followed by Z or ±hh:mm; anything else is refused.
std::optional<QDateTime> parse(const QString &text);
// YYYY-MM-DDThh:mm:ss±hh:mm in the given zone; never "Z" (CAP 1.2 forbids it).
QString format(const QDateTime &time, const QTimeZone &zone);

} // namespace IsoTime
