#pragma once

#include <QList>
#include <QStringView>

// The URLs twitter-text 3.1.0's extractUrlsWithIndices finds: a domain ending in a known
// top-level domain, with or without a protocol. Positions are UTF-16 indices into the text.
class UrlExtractor
{
public:
    struct Range
    {
        qsizetype start = 0;
        qsizetype length = 0;
    };

    // withoutProtocol: also find "allo-industrie.com/rouen" (X does, Mastodon does not).
    static QList<Range> find(QStringView text, bool withoutProtocol);
};
