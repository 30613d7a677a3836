#include "UrlExtractor.h"

#include "Punycode.h"
#include "TopLevelDomains.h"
#include "TwitterTextPatterns.h"

#include <QRegularExpression>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <unordered_set>

namespace {

// twitter-text refuses a URL longer than this, protocol included.
constexpr qsizetype maximumUrlLength = 4096;
constexpr qsizetype maximumTcoSlugLength = 40;

// Appends an alternation of the sorted list, whose strings share their first depth code units,
// factored so that shared beginnings are written once ("co(?:m|op|)" for co, com, coop): the
// lists hold about 1,500 domains, and the smaller pattern compiles faster. Written straight into
// one string: it is built at the first preview of a text with a link.
void appendFactored(QString &out, std::span<const std::u16string_view> list, size_t depth)
{
    struct Branch
    {
        size_t begin;
        size_t end;
        size_t width;
    };
    QVarLengthArray<Branch, 64> branches;
    size_t i = 0;
    while (i < list.size() && list[i].size() == depth)
        ++i;
    const bool endsHere = i > 0;
    while (i < list.size()) {
        // A surrogate pair is one character: never split between two groups.
        const size_t width = QChar::isHighSurrogate(list[i][depth]) ? 2 : 1;
        const std::u16string_view head = list[i].substr(depth, width);
        size_t j = i + 1;
        while (j < list.size() && list[j].substr(depth, width) == head)
            ++j;
        branches.append({i, j, width});
        i = j;
    }
    const bool group = branches.size() + (endsHere ? 1 : 0) > 1;
    if (group)
        out += QLatin1String("(?:");
    for (qsizetype b = 0; b < branches.size(); ++b) {
        const Branch &branch = branches.at(b);
        if (b > 0)
            out += QLatin1Char('|');
        out += QStringView(list[branch.begin].data() + depth, qsizetype(branch.width));
        appendFactored(out, list.subspan(branch.begin, branch.end - branch.begin),
                       depth + branch.width);
    }
    // The longer domains first, as twitter-text tries them: "嘉里大酒店" before "嘉里", which
    // another script's letter may follow.
    if (group && endsHere)
        out += QLatin1Char('|');
    if (group)
        out += QLatin1Char(')');
}

// The list as one alternation, which only an end of domain may follow.
QString alternation(std::span<const std::u16string_view> list)
{
    QString out = QLatin1String("(?:");
    appendFactored(out, list, 0);
    return out + QStringLiteral(R"re((?=[^0-9a-zA-Z@+-]|\z)))re");
}

QRegularExpression compile(const char16_t *source)
{
    QString pattern = QString::fromUtf16(source);
    // Only the patterns holding the domains pay for writing them out.
    for (const auto &[placeholder, list] :
         {std::pair(QLatin1String("%GTLD%"), TopLevelDomains::generic()),
          std::pair(QLatin1String("%CCTLD%"), TopLevelDomains::countryCode())}) {
        if (pattern.contains(placeholder))
            pattern.replace(placeholder, alternation(list));
    }
    QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption);
    re.optimize();
    return re;
}

// Each compiled on first use: the ASCII-domain one, holding the top-level domains, takes about
// 35 ms to compile, and a link with its protocol (the notice's own) never needs it.
const QRegularExpression &urlTailPattern()
{
    static const QRegularExpression tail = compile(TwitterTextPatterns::urlTail());
    return tail;
}

const QRegularExpression &asciiDomainPattern()
{
    static const QRegularExpression asciiDomain = compile(TwitterTextPatterns::asciiDomain());
    return asciiDomain;
}

const QRegularExpression &tcoPattern()
{
    static const QRegularExpression tco = compile(TwitterTextPatterns::tco());
    return tco;
}

// The characters no part of a URL match can hold (twitter-text's spaces), so each run between
// them can be searched on its own.
bool isSpace(char16_t c)
{
    return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680 ||
           c == 0x180E || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
           c == 0x202F || c == 0x205F || c == 0x3000;
}

// twitter-text's validDomainChars: anything but ASCII punctuation, spaces, U+FFFE, U+FEFF,
// U+FFFF and the direction marks. '-' and '_' may also stand inside a label.
bool isDomainChar(char16_t c)
{
    // Looked up for every character of a run holding a dot: a table for ASCII.
    static constexpr auto ascii = [] {
        std::array<bool, 128> table{};
        for (char16_t a = 0; a < 128; ++a)
            table[a] = !(a >= 0x09 && a <= 0x0D) && a != 0x20 &&
                       std::u16string_view(u"/!'#%&()*+,\\-.:;<=>?@[]^_{|}~$").find(a) ==
                           std::u16string_view::npos;
        return table;
    }();
    if (c < 0x80)
        return ascii[c];
    return !isSpace(c) && c != 0xFFFE && c != 0xFEFF && c != 0xFFFF &&
           !(c >= 0x202A && c <= 0x202E) && c != 0x061C && c != 0x200E && c != 0x200F &&
           !(c >= 0x2066 && c <= 0x2069);
}

bool isLabelChar(char16_t c)
{
    return c == u'-' || c == u'_' || isDomainChar(c);
}

// What may stand right before a URL (validUrlPrecedingChars): not an ASCII letter or digit, @, $,
// # or their full-width forms, U+FFFE, U+FEFF, U+FFFF.
bool mayPrecedeUrl(char16_t c)
{
    if (c < 0x80)
        return !((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
                 c == u'@' || c == u'$' || c == u'#');
    return c != 0xFF20 && c != 0xFF03 && c != 0xFFFE && c != 0xFEFF && c != 0xFFFF;
}

bool isAsciiLabelChar(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
           c == u'-';
}

// A top-level domain list case-folded and sorted, with its longest domain's length: for the
// domains in other scripts ("рф", "vermögensberater"), which PCRE matches without case.
struct FoldedDomains
{
    QStringList domains;
    qsizetype longest = 0;
};

FoldedDomains folded(std::span<const std::u16string_view> list)
{
    FoldedDomains f;
    for (const std::u16string_view tld : list) {
        f.domains.append(QStringView(tld.data(), qsizetype(tld.size())).toString().toCaseFolded());
        f.longest = std::max(f.longest, qsizetype(tld.size()));
    }
    f.domains.sort();
    return f;
}

// The length of the longest domain of the list at begin that is well followed, or 0. The
// sorted list is narrowed one case-folded character at a time, and the search stops as soon as
// no domain begins like the text: most labels in other scripts are given up after a character
// or two.
qsizetype longestDomainAt(QStringView text, qsizetype begin, const FoldedDomains &list,
                          const auto &followedWell)
{
    QVarLengthArray<char16_t, 32> prefix;
    auto first = list.domains.begin();
    qsizetype longest = 0;
    for (qsizetype at = begin; at < text.size() && at - begin < list.longest; ++at) {
        prefix.append(QChar::toCaseFolded(text[at].unicode()));
        const QStringView wanted(prefix.data(), prefix.size());
        first = std::lower_bound(first, list.domains.end(), wanted,
                                 [](const QString &domain, QStringView w) {
                                     return QStringView(domain).compare(w) < 0;
                                 });
        if (first == list.domains.end() || !QStringView(*first).startsWith(wanted))
            break;
        if (QStringView(*first) == wanted && followedWell(at + 1))
            longest = at + 1 - begin;
    }
    return longest;
}

// The length of the top-level domain extractUrl matches at begin, or 0: the longest generic
// one that no ASCII letter, digit, '@', '+' or '-' follows, else the longest country code one,
// else "xn--" and the punycode characters after it.
qsizetype topLevelDomainAt(QStringView text, qsizetype begin)
{
    if (begin >= text.size())
        return 0;
    const auto followedWell = [&](qsizetype end) {
        if (end >= text.size())
            return true;
        const char16_t c = text[end].unicode();
        return !isAsciiLabelChar(c) && c != u'@' && c != u'+';
    };
    qsizetype end = begin;
    while (end < text.size() && isAsciiLabelChar(text[end].unicode()))
        ++end;
    const bool punycode =
        end - begin >= 5 && text.sliced(begin, 4).compare(u"xn--", Qt::CaseInsensitive) == 0;
    // Only ASCII: a listed domain is all letters, so it can only be the whole run of letters,
    // digits and hyphens.
    if (end == text.size() || text[end].unicode() < 0x80) {
        if (end == begin || end - begin > 24 || !followedWell(end))
            return punycode ? end - begin : 0;
        char16_t label[24];
        for (qsizetype i = begin; i < end; ++i) {
            const char16_t c = text[i].unicode();
            label[i - begin] = (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
        }
        static const std::unordered_set<std::u16string_view> asciiDomains = [] {
            std::unordered_set<std::u16string_view> set;
            for (const auto list : {TopLevelDomains::generic(), TopLevelDomains::countryCode()})
                set.insert(list.begin(), list.end());
            return set;
        }();
        if (asciiDomains.contains(std::u16string_view(label, size_t(end - begin))))
            return end - begin;
        return punycode ? end - begin : 0;
    }
    static const FoldedDomains generic = folded(TopLevelDomains::generic());
    static const FoldedDomains countryCode = folded(TopLevelDomains::countryCode());
    for (const FoldedDomains *list : {&generic, &countryCode}) {
        if (const qsizetype length = longestDomainAt(text, begin, *list, followedWell))
            return length;
    }
    return punycode ? end - begin : 0;
}

// Whether the text after a '.' could end a domain: a known TLD, punycode, or a non-ASCII
// character (twitter-text also lists TLDs in other scripts). Cheap, so ordinary sentences never
// reach the analysis below.
bool mayEndDomain(QStringView text, qsizetype dot)
{
    const qsizetype begin = dot + 1;
    if (begin >= text.size())
        return false;
    if (text[begin].unicode() >= 0x80)
        return !isSpace(text[begin].unicode());
    qsizetype end = begin;
    while (end < text.size() && isAsciiLabelChar(text[end].unicode()))
        ++end;
    if (end - begin >= 4 && text.sliced(begin, 4).compare(u"xn--", Qt::CaseInsensitive) == 0)
        return true;
    // A label going on in another script ("vermögensberater"): domainEnds decides.
    if (end < text.size() && text[end].unicode() >= 0x80 && !isSpace(text[end].unicode()))
        return true;
    return topLevelDomainAt(text, begin) > 0;
}

// For every position of the run [begin, end), where twitter-text's validDomain pattern
// ((?:subdomain\.)*domain\.tld) matching from there ends, or -1. A backtracking engine finds
// out by reading on to the top-level domain from each start in turn, which is quadratic on a long
// run of labels that leads nowhere ("a-a-a-…-a-.com"); here each label is looked at once, from
// the right. The pattern takes as many subdomains as it can: from a start, a valid subdomain
// label before a dot and a label from which the rest matches ends where that rest ends; else a
// valid domain label before a dot and a top-level domain ends after the latter.
QVarLengthArray<qsizetype, 256> domainEnds(QStringView text, qsizetype begin, qsizetype end)
{
    QVarLengthArray<qsizetype, 256> ends(end - begin + 1);
    ends[end - begin] = -1;
    // About the label holding the position: where the top-level domain after it ends and where
    // the rest from the next label ends (or -1), whether its last character may end a label ('-'
    // and '_' may not), and whether a '_' is in it from the position on.
    qsizetype tldEnd = -1;
    qsizetype restEnd = -1;
    bool endsWell = false;
    bool underscore = false;
    qsizetype labelEnd = end;
    for (qsizetype i = end - 1; i >= begin; --i) {
        const char16_t c = text[i].unicode();
        if (!isLabelChar(c)) {
            ends[i - begin] = -1;
            labelEnd = i;
            continue;
        }
        if (i == labelEnd - 1) {
            const bool dotFollows = labelEnd < text.size() && text[labelEnd] == u'.';
            const qsizetype tld = dotFollows ? topLevelDomainAt(text, labelEnd + 1) : 0;
            tldEnd = tld > 0 ? labelEnd + 1 + tld : -1;
            restEnd = dotFollows && labelEnd + 1 < end ? ends[labelEnd + 1 - begin] : -1;
            endsWell = c != u'-' && c != u'_';
            underscore = false;
        }
        underscore = underscore || c == u'_';
        const bool subdomain = endsWell && c != u'-' && c != u'_';
        ends[i - begin] = subdomain && restEnd >= 0                 ? restEnd
                          : subdomain && !underscore && tldEnd >= 0 ? tldEnd
                                                                    : -1;
    }
    return ends;
}

// twitter-text's lightweight IDNA check: every label 1 to 63 characters once punycode-encoded,
// and a punycode domain holding an ASCII domain. The labels first: the search for an ASCII
// domain is quadratic in the length of a label, and then each is at most 63.
bool isValidDomain(QStringView domain)
{
    qsizetype begin = 0;
    while (begin <= domain.size()) {
        qsizetype dot = domain.indexOf(u'.', begin);
        if (dot < 0)
            dot = domain.size();
        const qsizetype length = Punycode::asciiLength(domain.sliced(begin, dot - begin));
        if (length < 1 || length > 63)
            return false;
        begin = dot + 1;
    }
    return !domain.startsWith(u"xn--") || asciiDomainPattern().match(domain).hasMatch();
}

qsizetype protocolLength(QStringView text, qsizetype at)
{
    if (at >= text.size() || (text[at] != u'h' && text[at] != u'H'))
        return 0;
    for (const QLatin1String protocol : {QLatin1String("https://"), QLatin1String("http://")}) {
        if (text.sliced(at).startsWith(protocol, Qt::CaseInsensitive))
            return protocol.size();
    }
    return 0;
}

// A URL as extractUrl matches it (its capture groups).
struct UrlMatch
{
    QStringView before;
    QStringView url;
    QStringView protocol;
    QStringView domain;
    bool hasPath = false;
    qsizetype start = 0;
    qsizetype end = 0;
};

// Adds the URL, as twitter-text's extractUrlsWithIndices does.
void addUrl(const UrlMatch &m, bool withoutProtocol, QList<UrlExtractor::Range> &urls)
{
    // twitter-text assumes "https://" when counting a URL without protocol.
    if ((m.protocol.isEmpty() ? 8 : m.protocol.size()) + m.url.size() > maximumUrlLength ||
        !isValidDomain(m.domain))
        return;
    if (!m.protocol.isEmpty()) {
        // Only a t.co link needs its own pattern.
        if (m.url.sliced(m.protocol.size()).startsWith(u"t.co/", Qt::CaseInsensitive)) {
            const QRegularExpressionMatch tco = tcoPattern().match(m.url);
            if (tco.hasMatch()) {
                if (tco.capturedLength(1) > maximumTcoSlugLength)
                    return;
                urls.append({m.start, tco.capturedLength(0)});
                return;
            }
        }
        urls.append({m.start, m.url.size()});
        return;
    }
    if (!withoutProtocol || m.before.endsWith(u'-') || m.before.endsWith(u'_') ||
        m.before.endsWith(u'.') || m.before.endsWith(u'/'))
        return;
    // Only the ASCII domains inside the domain count; the last one takes the path.
    qsizetype asciiEnd = 0;
    qsizetype last = -1;
    // A domain that begins with the low half of an emoji (see matchAt) is searched after it:
    // PCRE matches code points, and that half is no part of an ASCII domain anyway.
    const bool lowHalf = m.domain.front().isLowSurrogate();
    auto domains = asciiDomainPattern().globalMatch(m.domain.sliced(lowHalf ? 1 : 0));
    while (domains.hasNext()) {
        const QStringView ascii = domains.next().capturedView(0);
        const qsizetype asciiStart = m.domain.indexOf(ascii, asciiEnd);
        asciiEnd = asciiStart + ascii.size();
        urls.append({m.start + asciiStart, ascii.size()});
        last = urls.size() - 1;
    }
    if (last >= 0 && m.hasPath)
        urls[last].length = m.url.size() - m.domain.size() + urls[last].length;
}

// The URL extractUrl matches from offset, where its preceding character (or the start of the
// text) is, or start = -1: the protocol if any, the domain (domainEnds), a port, then a path
// and a query (the only part left to a pattern).
UrlMatch matchAt(QStringView text, qsizetype offset, qsizetype begin, qsizetype end,
                 const QVarLengthArray<qsizetype, 256> &domains)
{
    const auto domainEnd = [&](qsizetype at) {
        return at >= begin && at < end ? domains[at - begin] : qsizetype(-1);
    };
    UrlMatch m;
    m.start = -1;
    // The pattern tries the preceding character first, then the start of the text. JavaScript
    // matches it over UTF-16 code units: the high half of an emoji may precede a URL that begins
    // with its low half.
    for (const qsizetype start : {offset + 1, offset == 0 ? qsizetype(0) : -1}) {
        if (start < 0 || (start > offset && !mayPrecedeUrl(text[offset].unicode())))
            continue;
        const qsizetype protocol = protocolLength(text.first(end), start);
        const qsizetype domain = domainEnd(start + protocol);
        if (domain < 0)
            continue;
        m.before = text.sliced(offset, start - offset);
        m.protocol = text.sliced(start, protocol);
        m.domain = text.sliced(start + protocol, domain - start - protocol);
        m.start = start;
        m.end = domain;
        break;
    }
    if (m.start < 0)
        return m;
    if (m.end + 1 < text.size() && text[m.end] == u':' && text[m.end + 1].isDigit() &&
        text[m.end + 1].unicode() < 0x80) {
        ++m.end;
        while (m.end < text.size() && text[m.end].unicode() >= u'0' &&
               text[m.end].unicode() <= u'9')
            ++m.end;
    }
    if (m.end < text.size() && (text[m.end] == u'/' || text[m.end] == u'?')) {
        const QRegularExpressionMatch tail =
            urlTailPattern().match(text, m.end, QRegularExpression::NormalMatch,
                                   QRegularExpression::AnchorAtOffsetMatchOption);
        if (tail.hasMatch()) {
            m.hasPath = tail.capturedLength(1) > 0;
            m.end = tail.capturedEnd(0);
        }
    }
    m.url = text.sliced(m.start, m.end - m.start);
    return m;
}

// The URLs of the run [begin, end) between two spaces, tried from the offsets at which
// twitter-text's global search tries extractUrl on the whole text, so the character before the
// run and the start of the text play their part as there; after a match, from its end.
void findInRun(QStringView text, qsizetype begin, qsizetype end, bool withoutProtocol,
               QList<UrlExtractor::Range> &urls)
{
    const QVarLengthArray<qsizetype, 256> domains = domainEnds(text, begin, end);
    qsizetype offset = begin > 0 ? begin - 1 : 0;
    while (offset < end) {
        const UrlMatch m = matchAt(text, offset, begin, end, domains);
        if (m.start >= 0) {
            addUrl(m, withoutProtocol, urls);
            offset = m.end;
            continue;
        }
        ++offset;
    }
}

} // namespace

QList<UrlExtractor::Range> UrlExtractor::find(QStringView text, bool withoutProtocol)
{
    QList<Range> urls;
    qsizetype dot = text.indexOf(u'.');
    while (dot >= 0) {
        if (!mayEndDomain(text, dot)) {
            dot = text.indexOf(u'.', dot + 1);
            continue;
        }
        qsizetype begin = dot;
        while (begin > 0 && !isSpace(text[begin - 1].unicode()))
            --begin;
        qsizetype end = dot;
        while (end < text.size() && !isSpace(text[end].unicode()))
            ++end;
        findInRun(text, begin, end, withoutProtocol, urls);
        dot = text.indexOf(u'.', end);
    }
    return urls;
}
