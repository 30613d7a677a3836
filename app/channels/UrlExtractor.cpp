#include "UrlExtractor.h"

#include "TopLevelDomains.h"
#include "TwitterTextPatterns.h"

#include <QRegularExpression>
#include <QUrl>
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

// Whether the text after a '.' could end a domain: a known TLD, punycode, or a non-ASCII
// character (twitter-text also lists TLDs in other scripts). Cheap, so ordinary sentences never
// reach the regular expression.
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
    // Longer than any ASCII top-level domain in the list.
    if (end == begin || end - begin > 24)
        return false;
    char16_t label[24];
    for (qsizetype i = begin; i < end; ++i) {
        const char16_t c = text[i].unicode();
        label[i - begin] = (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
    }
    const std::u16string_view view(label, size_t(end - begin));
    return isTopLevelDomain(view);
}

// twitter-text's lightweight IDNA check: every label 1 to 63 characters once punycode-encoded,
// and a punycode domain holding an ASCII domain.
bool isValidDomain(QStringView domain)
{
    if (domain.startsWith(u"xn--") && !asciiDomainPattern().match(domain).hasMatch())
        return false;
    for (const QStringView label : domain.split(u'.')) {
        bool ascii = true;
        for (const QChar c : label)
            ascii = ascii && c.unicode() < 0x80;
        const qsizetype length = ascii ? label.size() : QUrl::toAce(label.toString()).size();
        if (length < 1 || length > 63)
            return false;
    }
    return true;
}

void findInRun(QStringView text, qsizetype offset, bool withoutProtocol,
               QList<UrlExtractor::Range> &urls)
{
    auto it = urlPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QStringView before = m.capturedView(2);
        const QStringView url = m.capturedView(3);
        const QStringView protocol = m.capturedView(4);
        const QStringView domain = m.capturedView(5);
        const bool hasPath = m.capturedLength(7) > 0;
        const qsizetype start = offset + m.capturedStart(3);
        // twitter-text assumes "https://" when counting a URL without protocol.
        if ((protocol.isEmpty() ? 8 : protocol.size()) + url.size() > maximumUrlLength ||
            !isValidDomain(domain))
            continue;
        if (!protocol.isEmpty()) {
            const QRegularExpressionMatch tco = tcoPattern().match(url);
            if (tco.hasMatch()) {
                if (tco.capturedLength(1) > maximumTcoSlugLength)
                    continue;
                urls.append({start, tco.capturedLength(0)});
            } else {
                urls.append({start, url.size()});
            }
            continue;
        }
        if (!withoutProtocol || before.endsWith(u'-') || before.endsWith(u'_') ||
            before.endsWith(u'.') || before.endsWith(u'/'))
            continue;
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
        findInRun(text.sliced(begin, end - begin), begin, withoutProtocol, urls);
        dot = text.indexOf(u'.', end);
    }
    return urls;
}
