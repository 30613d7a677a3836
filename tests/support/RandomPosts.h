#pragma once

#include <QStringList>

// Seeded, reproducible texts for comparing the X counter with twitter-text: French prose with its
// typography, emoji sequences (ZWJ, flags, skin tones, keycaps), links with and without protocol
// (known and unknown TLDs, IDN, ports, paths, punctuation and letters glued to them), mentions,
// hashtags, cashtags, CJK, combining marks and spaces of every kind, at lengths around the limit.
namespace RandomPosts {

// The same seed gives the same texts on every machine (QRandomGenerator is a Mersenne twister).
QStringList generate(quint32 seed, int count);

} // namespace RandomPosts
