#include "FrenchTypography.h"

#include "UrlExtractor.h"

#include <QList>
#include <QRegularExpression>

#include <algorithm>

namespace {

const QChar noBreak(0x00A0);
const QChar narrowNoBreak(0x202F);
const QString noBreakSpace(noBreak);
const QString narrowNoBreakSpace(narrowNoBreak);

struct Span
{
    qsizetype start = 0;
    qsizetype end = 0;
};

// What must stay exactly as written: URLs (with or without a protocol, as X finds them), and
// every word holding "://" or "@" or opening with "#" (other URLs, e-mail addresses, mentions,
// hashtags).
QList<Span> untouchable(const QString &text)
{
    QList<Span> spans;
    for (const UrlExtractor::Range &url : UrlExtractor::find(text, true))
        spans.append({url.start, url.start + url.length});
    // The words, as the pattern \S+ would find them (its \s is ASCII white space), found by
    // hand: a match object per word was a fifth of rendering every channel.
    const auto space = [](QChar c) {
        return c == u' ' || (c.unicode() >= 0x09 && c.unicode() <= 0x0D);
    };
    for (qsizetype i = 0; i < text.size();) {
        if (space(text.at(i))) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && !space(text.at(end)))
            ++end;
        const QStringView token = QStringView(text).sliced(i, end - i);
        if (token.contains(u"://") || token.contains(u'@') || token.startsWith(u'#'))
            spans.append({i, end});
        i = end;
    }
    std::sort(spans.begin(), spans.end(),
              [](const Span &a, const Span &b) { return a.start < b.start; });
    QList<Span> merged;
    for (const Span &span : std::as_const(spans)) {
        if (!merged.isEmpty() && span.start <= merged.last().end)
            merged.last().end = std::max(merged.last().end, span.end);
        else
            merged.append(span);
    }
    return merged;
}

// Every space (ordinary or no-break) inside a match made a no-break space.
QString joinMatches(const QString &text, const QRegularExpression &pattern)
{
    QString result = text;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        for (qsizetype i = m.capturedStart(); i < m.capturedEnd(); ++i) {
            if (result.at(i) == QLatin1Char(' ') || result.at(i) == narrowNoBreak)
                result[i] = noBreak;
        }
    }
    return result;
}

// A rule's pattern; "{S}" stands for a space that is not a line break, the kind rules replace.
QRegularExpression rule(const char *pattern)
{
    return QRegularExpression(QString::fromUtf8(pattern).replace(
        QLatin1String("{S}"), QLatin1String("[ \\x{00A0}\\x{202F}]")));
}

// "0 805 691 282", "02 35 12 34 56", "+33 2 35 12 34 56": ten digits from 0, or +33 and nine.
QString phoneNumbers(const QString &text)
{
    static const QRegularExpression phone =
        rule(R"((?<![\p{N}+])(?:\+33|0)(?:(?:{S}|[.-])?\d){9}(?!\p{N}))");
    return joinMatches(text, phone);
}

// The rules on a stretch of text that holds nothing untouchable.
QString typeset(QString text)
{
    static const QRegularExpression apostrophe = rule(R"((?<=\p{L})'(?=\p{L}))");
    // "6 h", "18 h 00", "7 h 30", never "5 heures".
    static const QRegularExpression time =
        rule(R"((?<![\p{L}\p{N}])\d{1,2}{S}+h(?:{S}+\d{2})?(?![\p{L}\p{N}]))");
    static const QRegularExpression beforeColon = rule("{S}+(?=:)");
    // A missing space only where a colon ends a word: never "18:00", "http:" or "a:b".
    static const QRegularExpression colonWithoutSpace =
        rule(R"((?<=[\p{L}\p{N})\]»%])(?=:(?:\s|$)))");
    static const QRegularExpression beforeHighPunctuation = rule("{S}+(?=[;!?])");
    static const QRegularExpression highPunctuationWithoutSpace =
        rule(R"((?<=[\p{L}\p{N})\]»%])(?=[;!?]+(?:[\s»")\]]|$)))");
    static const QRegularExpression afterOpeningQuote = rule(R"(«{S}*(?=\S))");
    static const QRegularExpression beforeClosingQuote = rule(R"((?<=\S){S}*»)");

    text.replace(apostrophe, QStringLiteral("\u2019"));
    text = joinMatches(phoneNumbers(text), time);
    text.replace(beforeColon, noBreakSpace);
    text.replace(colonWithoutSpace, noBreakSpace);
    text.replace(beforeHighPunctuation, narrowNoBreakSpace);
    text.replace(highPunctuationWithoutSpace, narrowNoBreakSpace);
    text.replace(afterOpeningQuote, QStringLiteral("«\u00A0"));
    text.replace(beforeClosingQuote, QStringLiteral("\u00A0»"));
    return text;
}

} // namespace

QString FrenchTypography::apply(const QString &text)
{
    // X and Mastodon typeset the same post at every keystroke: the last answer is kept.
    thread_local QString lastText;
    thread_local QString lastResult;
    if (text == lastText && !text.isNull())
        return lastResult;
    QString result;
    result.reserve(text.size() + 8);
    qsizetype from = 0;
    for (const Span &span : untouchable(text)) {
        result += typeset(text.mid(from, span.start - from));
        result += QStringView(text).sliced(span.start, span.end - span.start);
        from = span.end;
    }
    result += typeset(text.mid(from));
    lastText = text;
    lastResult = result;
    return result;
}

QString FrenchTypography::keepPhoneNumbersTogether(const QString &text)
{
    return phoneNumbers(text);
}
