#include "UrlExtractor.h"

#include "Punycode.h"
#include "TopLevelDomains.h"
#include "TwitterTextPatterns.h"

#include <QRegularExpression>
#include <QVarLengthArray>

#include <algorithm>

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

// Each compiled on first use: the two holding the top-level domains take about 35 ms each to
// compile, and a link with its protocol (the notice's own) never needs the ASCII-domain one.
const QRegularExpression &urlPattern()
{
    static const QRegularExpression url = compile(TwitterTextPatterns::url());
    return url;
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
    if (c < 0x80) {
        static constexpr std::u16string_view punctuation = u"/!'#%&()*+,\\-.:;<=>?@[]^_{|}~$";
        return !(c >= 0x09 && c <= 0x0D) && c != 0x20 && punctuation.find(c) == punctuation.npos;
    }
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

bool isTopLevelDomain(std::u16string_view label)
{
    for (const auto list : {TopLevelDomains::generic(), TopLevelDomains::countryCode()}) {
        if (std::binary_search(list.begin(), list.end(), label))
            return true;
    }
    return false;
}

// The top-level domains holding a character of another script ("рф", "vermögensberater"),
// case-folded and sorted, with the longest one's length.
struct ForeignDomains
{
    QStringList folded;
    qsizetype longest = 0;
};

const ForeignDomains &foreignDomains()
{
    static const ForeignDomains domains = [] {
        ForeignDomains d;
        for (const auto list : {TopLevelDomains::generic(), TopLevelDomains::countryCode()}) {
            for (const std::u16string_view tld : list) {
                if (std::all_of(tld.begin(), tld.end(), [](char16_t c) { return c < 0x80; }))
                    continue;
                d.folded.append(
                    QStringView(tld.data(), qsizetype(tld.size())).toString().toCaseFolded());
                d.longest = std::max(d.longest, qsizetype(tld.size()));
            }
        }
        d.folded.sort();
        return d;
    }();
    return domains;
}

// Whether a top-level domain of the URL pattern begins at begin: a listed one that no ASCII
// letter, digit, '@', '+' or '-' follows, or "xn--" and a punycode character.
bool isTopLevelDomainAt(QStringView text, qsizetype begin)
{
    if (begin >= text.size())
        return false;
    const auto followedWell = [&](qsizetype end) {
        if (end >= text.size())
            return true;
        const char16_t c = text[end].unicode();
        return !isAsciiLabelChar(c) && c != u'@' && c != u'+';
    };
    qsizetype end = begin;
    while (end < text.size() && isAsciiLabelChar(text[end].unicode()))
        ++end;
    if (end - begin >= 5 && text.sliced(begin, 4).compare(u"xn--", Qt::CaseInsensitive) == 0)
        return true;
    // An ASCII domain is all letters, so it is the whole run of letters, digits and hyphens.
    if (end > begin && end - begin <= 24 && followedWell(end)) {
        char16_t label[24];
        for (qsizetype i = begin; i < end; ++i) {
            const char16_t c = text[i].unicode();
            label[i - begin] = (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
        }
        if (isTopLevelDomain(std::u16string_view(label, size_t(end - begin))))
            return true;
    }
    if (end == text.size() || text[end].unicode() < 0x80)
        return false;
    // One in another script, of any length up to the longest.
    const ForeignDomains &foreign = foreignDomains();
    for (qsizetype length = 1; length <= foreign.longest && begin + length <= text.size();
         ++length) {
        const QString candidate = text.sliced(begin, length).toString().toCaseFolded();
        if (std::binary_search(foreign.folded.begin(), foreign.folded.end(), candidate) &&
            followedWell(begin + length))
            return true;
    }
    return false;
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
    // A label going on in another script ("vermögensberater"): the pattern decides.
    if (end < text.size() && text[end].unicode() >= 0x80 && !isSpace(text[end].unicode()))
        return true;
    return isTopLevelDomainAt(text, begin);
}

// For every position of the run [begin, end), whether twitter-text's validDomain pattern
// ((?:subdomain\.)*domain\.tld) matches from there. A backtracking engine finds out by reading
// on to the top-level domain from each start in turn, which is quadratic on a long run of
// labels that leads nowhere ("a-a-a-…-a-.com"); here each label is looked at once, from the
// right: a start matches if its label, read from there, is a valid domain label before a dot and
// a TLD, or a valid subdomain label before a dot and a label from which the rest matches.
QVarLengthArray<bool, 256> domainStarts(QStringView text, qsizetype begin, qsizetype end)
{
    QVarLengthArray<bool, 256> matches(end - begin + 1);
    matches[end - begin] = false;
    // About the label holding the position: what follows it, and whether its last character
    // may end a label ('-' and '_' may not); whether a '_' is in it from the position on.
    bool dotFollows = false;
    bool tldFollows = false;
    bool restMatches = false;
    bool endsWell = false;
    bool underscore = false;
    qsizetype labelEnd = end;
    for (qsizetype i = end - 1; i >= begin; --i) {
        const char16_t c = text[i].unicode();
        if (!isLabelChar(c)) {
            matches[i - begin] = false;
            labelEnd = i;
            continue;
        }
        if (i == labelEnd - 1) {
            dotFollows = labelEnd < text.size() && text[labelEnd] == u'.';
            tldFollows = dotFollows && isTopLevelDomainAt(text, labelEnd + 1);
            restMatches = dotFollows && labelEnd + 1 < end && matches[labelEnd + 1 - begin];
            endsWell = c != u'-' && c != u'_';
            underscore = false;
        }
        underscore = underscore || c == u'_';
        const bool subdomain = endsWell && c != u'-' && c != u'_';
        matches[i - begin] = (subdomain && !underscore && tldFollows) || (subdomain && restMatches);
    }
    return matches;
}

// twitter-text's lightweight IDNA check: every label 1 to 63 characters once punycode-encoded,
// and a punycode domain holding an ASCII domain. The labels first: the search for an ASCII
// domain is quadratic in the length of a label, and then each is at most 63.
bool isValidDomain(QStringView domain)
{
    for (const QStringView label : domain.split(u'.')) {
        const qsizetype length = Punycode::asciiLength(label);
        if (length < 1 || length > 63)
            return false;
    }
    return !domain.startsWith(u"xn--") || asciiDomainPattern().match(domain).hasMatch();
}

qsizetype protocolLength(QStringView text, qsizetype at)
{
    for (const QLatin1String protocol : {QLatin1String("https://"), QLatin1String("http://")}) {
        if (text.sliced(at).startsWith(protocol, Qt::CaseInsensitive))
            return protocol.size();
    }
    return 0;
}

// Adds the URL the pattern matched, as twitter-text's extractUrlsWithIndices does.
void addUrl(const QRegularExpressionMatch &m, bool withoutProtocol,
            QList<UrlExtractor::Range> &urls)
{
    const QStringView before = m.capturedView(2);
    const QStringView url = m.capturedView(3);
    const QStringView protocol = m.capturedView(4);
    const QStringView domain = m.capturedView(5);
    const bool hasPath = m.capturedLength(7) > 0;
    const qsizetype start = m.capturedStart(3);
    // twitter-text assumes "https://" when counting a URL without protocol.
    if ((protocol.isEmpty() ? 8 : protocol.size()) + url.size() > maximumUrlLength ||
        !isValidDomain(domain))
        return;
    if (!protocol.isEmpty()) {
        const QRegularExpressionMatch tco = tcoPattern().match(url);
        if (tco.hasMatch()) {
            if (tco.capturedLength(1) > maximumTcoSlugLength)
                return;
            urls.append({start, tco.capturedLength(0)});
        } else {
            urls.append({start, url.size()});
        }
        return;
    }
    if (!withoutProtocol || before.endsWith(u'-') || before.endsWith(u'_') ||
        before.endsWith(u'.') || before.endsWith(u'/'))
        return;
    // Only the ASCII domains inside the domain count; the last one takes the path.
    qsizetype asciiEnd = 0;
    qsizetype last = -1;
    auto domains = asciiDomainPattern().globalMatch(domain);
    while (domains.hasNext()) {
        const QStringView ascii = domains.next().capturedView(0);
        const qsizetype asciiStart = domain.indexOf(ascii, asciiEnd);
        asciiEnd = asciiStart + ascii.size();
        urls.append({start + asciiStart, ascii.size()});
        last = urls.size() - 1;
    }
    if (last >= 0 && hasPath)
        urls[last].length = url.size() - domain.size() + urls[last].length;
}

// The URLs of the run [begin, end) between two spaces. The pattern is tried, anchored, only
// where it matches (where a URL follows a character that may precede one), in the order and
// from the offsets at which twitter-text's global search tries it on the whole text, so the
// character before the run and the start of the text play their part as there.
void findInRun(QStringView text, qsizetype begin, qsizetype end, bool withoutProtocol,
               QList<UrlExtractor::Range> &urls)
{
    const QVarLengthArray<bool, 256> domains = domainStarts(text, begin, end);
    const auto urlAt = [&](qsizetype at) {
        at += protocolLength(text.first(end), at);
        return at >= begin && at < end && domains[at - begin];
    };
    qsizetype offset = begin > 0 ? begin - 1 : 0;
    while (offset < end) {
        const bool pair = text[offset].isHighSurrogate() && offset + 1 < text.size() &&
                          text[offset + 1].isLowSurrogate();
        const qsizetype next = offset + (pair ? 2 : 1);
        if ((mayPrecedeUrl(text[offset].unicode()) && urlAt(next)) || (offset == 0 && urlAt(0))) {
            const QRegularExpressionMatch m =
                urlPattern().match(text, offset, QRegularExpression::NormalMatch,
                                   QRegularExpression::AnchorAtOffsetMatchOption);
            if (m.hasMatch()) {
                addUrl(m, withoutProtocol, urls);
                offset = m.capturedEnd(0);
                continue;
            }
        }
        offset = next;
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
