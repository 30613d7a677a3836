#pragma once

#include <QStringView>

// Punycode as twitter-text 3.1.0 applies it (the punycode.js 1.4.1 package, RFC 3492 without
// nameprep): it judges a domain's labels by their encoded length, so the length must be that
// package's, not IDNA's (QUrl::toAce maps or refuses characters such as U+2013 or full-width
// letters, which punycode.js encodes as they are).
namespace Punycode {

// The length of punycode.js's toASCII(label): the label split at its separators (. 。 ． ｡), each
// part holding a character outside U+0020-U+007E written "xn--" + its encoding, joined by dots.
qsizetype asciiLength(QStringView label);

} // namespace Punycode
