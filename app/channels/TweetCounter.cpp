#include "TweetCounter.h"

#include "TwitterTextPatterns.h"
#include "UrlExtractor.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

// twitter-text counts in hundredths: weight 100 in these ranges, 200 elsewhere.
constexpr int scale = 100;

int weight(char16_t unit)
{
    if (unit <= 0x10FF || (unit >= 0x2000 && unit <= 0x200D) ||
        (unit >= 0x2010 && unit <= 0x201F) || (unit >= 0x2032 && unit <= 0x2037))
        return 100;
    return 200;
}

// Code units NFC leaves alone whatever surrounds them: nothing composes with or decomposes
// them. Common French text (Latin-1, ’ … « » U+202F €) is skipped without a normalisation call.
bool isNfcStable(char16_t unit)
{
    return unit < 0x300 || (unit >= 0x2002 && unit <= 0x206F) || unit == 0x20AC;
}

// A code unit that can begin or make up one of twemoji-parser's emoji (©, ®, keycaps, symbols
// from U+2100, astral pictographs, U+FE0F); without one there is no emoji to look for.
bool mayBeEmoji(char16_t unit)
{
    return unit == 0xA9 || unit == 0xAE || unit == 0x203C || unit == 0x2049 || unit == 0x20E3 ||
           (unit >= 0x2100 && unit <= 0x32FF) || (unit >= 0xD800 && unit <= 0xDFFF) ||
           unit == 0xE50A || unit == 0xFE0F;
}

bool isInvalid(char16_t unit)
{
    return unit == 0xFFFE || unit == 0xFEFF || unit == 0xFFFF;
}

// twemoji-parser's emoji, found as its global search finds them, but tried only where one can
// begin (a keycap's digit, '#' or '*' before U+FE0F or U+20E3, or mayBeEmoji): the pattern is
// large, and trying it at every character of a post costs more than the rest of the count.
QList<UrlExtractor::Range> emojis(QStringView text)
{
    static const QRegularExpression pattern = [] {
        QRegularExpression re(QString::fromUtf16(TwitterTextPatterns::emoji()));
        re.optimize();
        return re;
    }();
    QList<UrlExtractor::Range> result;
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        const char16_t unit = text[i].unicode();
        const bool keycap = (unit == u'#' || unit == u'*' || (unit >= u'0' && unit <= u'9')) &&
                            i + 1 < size &&
                            (text[i + 1].unicode() == 0xFE0F || text[i + 1].unicode() == 0x20E3);
        if (keycap || mayBeEmoji(unit)) {
            const QRegularExpressionMatch m =
                pattern.match(text, i, QRegularExpression::NormalMatch,
                              QRegularExpression::AnchorAtOffsetMatchOption);
            if (m.hasMatch()) {
                result.append({i, m.capturedLength(0)});
                i = m.capturedEnd(0);
                continue;
            }
        }
        // A surrogate pair is one character: the pattern is never tried between its halves.
        i += QChar::isHighSurrogate(unit) && i + 1 < size && text[i + 1].isLowSurrogate() ? 2 : 1;
    }
    return result;
}

// The index of the first entity starting at or after index; the cursor only moves forward.
qsizetype nextEntity(const QList<UrlExtractor::Range> &entities, qsizetype &cursor, qsizetype index)
{
    while (cursor < entities.size() && entities[cursor].start < index)
        ++cursor;
    return cursor < entities.size() ? entities[cursor].start : -1;
}

} // namespace

TweetCounter::Result TweetCounter::count(const QString &input)
{
    bool normalise = false;
    bool emoji = false;
    bool invalid = false;
    for (const QChar c : input) {
        const char16_t unit = c.unicode();
        if (unit < 0x80)
            continue;
        normalise = normalise || !isNfcStable(unit);
        emoji = emoji || mayBeEmoji(unit);
        invalid = invalid || isInvalid(unit);
    }
    const QString text = normalise ? input.normalized(QString::NormalizationForm_C) : input;

    const QList<UrlExtractor::Range> urls = UrlExtractor::find(text, true);
    const QList<UrlExtractor::Range> emojiRanges =
        emoji ? emojis(text) : QList<UrlExtractor::Range>();

    // The same walk as parseTweet: a URL starting here counts 23, else an emoji 2, else the
    // code point its weight (a surrogate pair once, at 2); a plain loop up to the next entity.
    int total = 0;
    qsizetype urlCursor = 0;
    qsizetype emojiCursor = 0;
    const qsizetype size = text.size();
    const QChar *data = text.constData();
    qsizetype i = 0;
    while (i < size) {
        const qsizetype url = nextEntity(urls, urlCursor, i);
        const qsizetype emojiStart = nextEntity(emojiRanges, emojiCursor, i);
        const qsizetype next = std::min(url < 0 ? size : url, emojiStart < 0 ? size : emojiStart);
        while (i < next) {
            if (data[i].isHighSurrogate() && i + 1 < size && data[i + 1].isLowSurrogate())
                ++i;
            total += weight(data[i].unicode());
            ++i;
        }
        // A surrogate pair may have taken the entity's first code unit: it is passed over.
        if (i != next || i == size)
            continue;
        if (i == url) {
            total += urlLength * scale;
            i += urls[urlCursor].length;
        } else {
            total += 2 * scale;
            i += emojiRanges[emojiCursor].length;
        }
    }

    Result result;
    result.weightedLength = total / scale;
    result.valid = !invalid && result.weightedLength > 0 && result.weightedLength <= limit;
    return result;
}
