#include "Punycode.h"

#include <QVarLengthArray>

#include <algorithm>

namespace {

// RFC 3492's parameters for Punycode.
constexpr quint32 base = 36;
constexpr quint32 tMin = 1;
constexpr quint32 tMax = 26;
constexpr quint32 skew = 38;
constexpr quint32 damp = 700;
constexpr quint32 initialBias = 72;
constexpr quint32 initialN = 128;

bool isSeparator(char16_t c)
{
    return c == u'.' || c == 0x3002 || c == 0xFF0E || c == 0xFF61;
}

quint32 adapt(quint32 delta, quint32 points, bool first)
{
    delta = first ? delta / damp : delta / 2;
    delta += delta / points;
    quint32 k = 0;
    while (delta > ((base - tMin) * tMax) / 2) {
        delta /= base - tMin;
        k += base;
    }
    return k + (base - tMin + 1) * delta / (delta + skew);
}

// The number of characters RFC 3492 encodes the code points into (their encoding is not
// needed). punycode.js decodes UTF-16 keeping a lone surrogate as its own code point.
qsizetype encodedLength(QStringView part)
{
    QVarLengthArray<char32_t, 64> points;
    for (qsizetype i = 0; i < part.size(); ++i) {
        const char16_t unit = part[i].unicode();
        if (QChar::isHighSurrogate(unit) && i + 1 < part.size() &&
            QChar::isLowSurrogate(part[i + 1].unicode())) {
            points.append(QChar::surrogateToUcs4(unit, part[i + 1].unicode()));
            ++i;
        } else {
            points.append(unit);
        }
    }
    const auto basic =
        quint32(std::count_if(points.begin(), points.end(), [](char32_t c) { return c < 0x80; }));
    qsizetype length = basic + (basic > 0 ? 1 : 0);
    quint32 handled = basic;
    quint64 delta = 0;
    quint32 n = initialN;
    quint32 bias = initialBias;
    const auto total = quint32(points.size());
    while (handled < total) {
        char32_t m = 0x10FFFF + 1;
        for (const char32_t c : points) {
            if (c >= n && c < m)
                m = c;
        }
        delta += quint64(m - n) * (handled + 1);
        n = m;
        for (const char32_t c : points) {
            if (c < n)
                ++delta;
            if (c != n)
                continue;
            quint64 q = delta;
            for (quint32 k = base;; k += base) {
                const quint32 t = k <= bias ? tMin : (k >= bias + tMax ? tMax : k - bias);
                if (q < t)
                    break;
                ++length;
                q = (q - t) / (base - t);
            }
            ++length;
            bias = adapt(quint32(delta), handled + 1, handled == basic);
            delta = 0;
            ++handled;
        }
        ++delta;
        ++n;
    }
    return length;
}

} // namespace

qsizetype Punycode::asciiLength(QStringView label)
{
    qsizetype length = 0;
    qsizetype begin = 0;
    for (qsizetype i = 0; i <= label.size(); ++i) {
        if (i < label.size() && !isSeparator(label[i].unicode()))
            continue;
        const QStringView part = label.sliced(begin, i - begin);
        const bool plain = std::all_of(part.begin(), part.end(), [](QChar c) {
            return c.unicode() >= 0x20 && c.unicode() <= 0x7E;
        });
        length += (begin > 0 ? 1 : 0) + (plain ? part.size() : 4 + encodedLength(part));
        begin = i + 1;
    }
    return length;
}
