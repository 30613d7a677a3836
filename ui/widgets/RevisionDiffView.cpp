#include "RevisionDiffView.h"

#include "RevisionDiff.h"

namespace {

QString marked(const QList<RevisionDiff::Segment> &segments)
{
    QString out;
    for (const RevisionDiff::Segment &s : segments) {
        const QString text = s.text.toHtmlEscaped();
        switch (s.kind) {
        case RevisionDiff::Segment::Kind::Same:
            out += text;
            break;
        case RevisionDiff::Segment::Kind::Removed:
            out += QStringLiteral("<span style=\"background:#f8d0d0;text-decoration:"
                                  "line-through\">") +
                   text + QStringLiteral("</span>");
            break;
        case RevisionDiff::Segment::Kind::Added:
            out += QStringLiteral("<span style=\"background:#c8f0c8\">") + text +
                   QStringLiteral("</span>");
            break;
        }
    }
    return out;
}

// An empty side (a link added, a contact removed) says so rather than leaving a blank.
QString value(const QString &text)
{
    if (text.isEmpty())
        return QStringLiteral("<i>") + RevisionDiffView::tr("(none)").toHtmlEscaped() +
               QStringLiteral("</i>");
    return text.toHtmlEscaped();
}

} // namespace

RevisionDiffView::RevisionDiffView(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("revisionDiff"));
    setAccessibleName(tr("Changes from the earlier revision"));
    setOpenLinks(false);
    setTabChangesFocus(true); // Tab goes on to the previews below, as in every other text
}

void RevisionDiffView::showDiff(const RevisionDiff &diff, int baseRevision, int revision,
                                bool basePublished)
{
    const QString heading =
        basePublished
            ? tr("Revision %1 against the published revision %2").arg(revision).arg(baseRevision)
            : tr("Revision %1 against revision %2").arg(revision).arg(baseRevision);
    setHtml(QStringLiteral("<h3>") + heading.toHtmlEscaped() + QStringLiteral("</h3>") +
            html(diff));
}

void RevisionDiffView::showNothingToCompare(int revision)
{
    setHtml(
        QStringLiteral("<p>") +
        tr("Revision %1 is the first: there is nothing to compare.").arg(revision).toHtmlEscaped() +
        QStringLiteral("</p>"));
}

QString RevisionDiffView::html(const RevisionDiff &diff)
{
    if (diff.isEmpty())
        return QStringLiteral("<p>") + tr("Nothing changed.").toHtmlEscaped() +
               QStringLiteral("</p>");
    QString out;
    for (const QString &language : diff.languages()) {
        if (!diff.textChanged(language))
            continue;
        out += QStringLiteral("<p><b>") + tr("Text (%1)").arg(language).toHtmlEscaped() +
               QStringLiteral("</b><br>") + marked(diff.text(language)) + QStringLiteral("</p>");
    }
    for (const RevisionDiff::FieldChange &c : diff.changes()) {
        out += QStringLiteral("<p><b>") + RevisionDiff::fieldLabel(c.field).toHtmlEscaped() +
               QStringLiteral("</b><br>");
        // A channel's own text is read like the notice's: word by word.
        if (c.field.startsWith(QLatin1String("override:")))
            out += marked(RevisionDiff::words(c.before, c.after));
        else
            out += QStringLiteral("<span style=\"background:#f8d0d0\">") + value(c.before) +
                   QStringLiteral("</span> → <span style=\"background:#c8f0c8\">") +
                   value(c.after) + QStringLiteral("</span>");
        out += QStringLiteral("</p>");
    }
    return out;
}
