#include "MastodonCounter.h"

#include "UrlExtractor.h"

#include <QTextBoundaryFinder>

namespace {

// Grapheme clusters, as Mastodon's StatusLengthValidator counts them. Below U+0300 (no combining
// marks) every code unit is one cluster except CR LF.
qsizetype graphemes(QStringView text)
{
    bool simple = true;
    for (const QChar c : text)
        simple = simple && c.unicode() < 0x300;
    if (simple)
        return text.size() - text.count(u"\r\n");
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text.data(), text.size());
    qsizetype count = 0;
    while (finder.toNextBoundary() > 0)
        ++count;
    return count;
}

} // namespace

MastodonCounter::Result MastodonCounter::count(const QString &input)
{
    const QString text = input.normalized(QString::NormalizationForm_C);
    // Mastodon links only URLs with a protocol, and counts each as 23 characters.
    const QList<UrlExtractor::Range> urls = UrlExtractor::find(text, false);
    qsizetype total = 0;
    qsizetype from = 0;
    for (const UrlExtractor::Range &url : urls) {
        total += graphemes(QStringView(text).sliced(from, url.start - from)) + urlLength;
        from = url.start + url.length;
    }
    total += graphemes(QStringView(text).sliced(from));

    Result result;
    result.length = int(total);
    result.valid = !text.trimmed().isEmpty() && result.length <= limit;
    return result;
}
