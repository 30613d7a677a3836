#pragma once

#include "Notice.h"
#include "RenderContext.h"

#include <QString>

// The cap channel: one OASIS CAP 1.2 alert per notice revision, one info block per language the
// notice has text in. The mapping of types to category, urgency, severity and certainty, and the
// rules for msgType, are in docs/channels.md.
class CapAlert
{
public:
    // Publish gives Alert, or Update when the context names a previous revision; Cancel
    // withdraws the previous revision and needs its reference.
    enum class Intent
    {
        Publish,
        Cancel
    };
    // The circle drawn around a site with coordinates: the plant and its neighbourhood.
    static constexpr double areaRadiusKm = 1.0;

    // "" for a Cancel without context.previousReference (there is nothing to cancel).
    static QString render(const Notice &notice, const RenderContext &context,
                          Intent intent = Intent::Publish);
    // "<notice id>.r<revision>", with any character CAP forbids (space, comma, '<', '&')
    // replaced by '-'.
    static QString identifier(const QString &noticeId, int revision);
    // "sender,identifier,sent" of this revision's alert: the next revision's previousReference.
    static QString reference(const Notice &notice, const RenderContext &context);
};
