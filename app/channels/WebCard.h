#pragma once

#include "Notice.h"
#include "RenderContext.h"

#include <QString>

// The web channel: one notice as an HTML card fragment (a table, because QTextBrowser lays out
// little else), styled by the classes of the single stylesheet resources/channels/card.css.
// Everything the member typed is escaped; only https links are emitted; effect icons are inline
// data: URIs, so the fragment shows the same in the console and on the platform's page.
class WebCard
{
public:
    // language: "fr" or "en" (the card's own words and the notice text in that language).
    static QString render(const Notice &notice, const RenderContext &context,
                          const QString &language);
    // card.css, for the page (or the QTextDocument) that shows the cards.
    static QString styleSheet();
    // A whole HTML page holding one card and the stylesheet, to open in a browser.
    static QString page(const QString &card, const QString &language);
    // The link as it may appear in an href: an https URL, fully encoded; "" for anything else.
    static QString httpsLink(const QString &link);
};
