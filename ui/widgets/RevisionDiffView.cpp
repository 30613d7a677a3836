#include "RevisionDiffView.h"

#include "RevisionDiff.h"

namespace {

QString fieldName(const QString &field)
{
    if (field == QLatin1String("period"))
        return RevisionDiffView::tr("Period");
    if (field == QLatin1String("effects"))
        return RevisionDiffView::tr("Effects");
    if (field == QLatin1String("type"))
        return RevisionDiffView::tr("Type");
    if (field == QLatin1String("status"))
        return RevisionDiffView::tr("Status");
    if (field == QLatin1String("site"))
        return RevisionDiffView::tr("Site");
    return field;
}

} // namespace

RevisionDiffView::RevisionDiffView(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("revisionDiff"));
    setAccessibleName(tr("Changes from the earlier revision"));
    setOpenLinks(false);
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
               QStringLiteral("</b><br>");
        for (const RevisionDiff::Segment &s : diff.text(language)) {
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
        out += QStringLiteral("</p>");
    }
    for (const RevisionDiff::FieldChange &c : diff.changes()) {
        out += QStringLiteral("<p><b>") + fieldName(c.field).toHtmlEscaped() +
               QStringLiteral("</b><br>") + QStringLiteral("<span style=\"background:#f8d0d0\">") +
               c.before.toHtmlEscaped() + QStringLiteral("</span> → ") +
               QStringLiteral("<span style=\"background:#c8f0c8\">") + c.after.toHtmlEscaped() +
               QStringLiteral("</span></p>");
    }
    return out;
}
