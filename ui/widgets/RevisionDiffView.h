#pragma once

#include <QTextBrowser>

class RevisionDiff;

// The difference between two revisions: removed words struck through on red, added words on
// green, then the changes to the period, the effects and the other fields.
class RevisionDiffView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit RevisionDiffView(QWidget *parent = nullptr);

    // baseRevision and revision name the two sides ("revision 2 against the published 1").
    void showDiff(const RevisionDiff &diff, int baseRevision, int revision, bool basePublished);
    void showNothingToCompare(int revision);

    static QString html(const RevisionDiff &diff);
};
