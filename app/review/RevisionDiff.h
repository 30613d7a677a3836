#pragma once

#include "Notice.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// What changed between the published revision and the one under review: the text word by word
// in each language, the period, the effects and their rhythm (and the type, status, territory,
// company and site, rarely changed), the channels' own texts, the link and the contact.
class RevisionDiff
{
    Q_DECLARE_TR_FUNCTIONS(RevisionDiff)

public:
    struct Segment
    {
        enum class Kind
        {
            Same,
            Removed,
            Added
        };
        Kind kind = Kind::Same;
        QString text;

        bool operator==(const Segment &) const = default;
    };

    struct FieldChange
    {
        // period, effects, intermittent, type, status, territory, company, site,
        // override:<channel>, link, contact; fieldLabel() names them for people
        QString field;
        QString before; // empty: none (an override or link added)
        QString after;  // empty: none (removed)
    };

    RevisionDiff(const Notice &before, const Notice &after);

    // Languages with a text in either revision, in the vocabulary's order.
    QStringList languages() const;
    QList<Segment> text(const QString &language) const;
    bool textChanged(const QString &language) const;
    QList<FieldChange> changes() const { return m_changes; }
    QStringList addedEffects() const { return m_addedEffects; }
    QStringList removedEffects() const { return m_removedEffects; }
    bool periodChanged() const;
    bool isEmpty() const;

    // A word-level diff: runs of words and of spaces are the units, so the segments joined
    // give back either text (Same and Removed: before; Same and Added: after).
    static QList<Segment> words(const QString &before, const QString &after);
    // For a terminal: "[-removed-]{+added+}", as git's word diff.
    static QString marked(const QList<Segment> &segments);
    // A FieldChange's field as the console names it ("override:x" is "X post"), for the view
    // and allo-cli review show alike.
    static QString fieldLabel(const QString &field);

private:
    Notice m_before;
    Notice m_after;
    QList<FieldChange> m_changes;
    QStringList m_addedEffects;
    QStringList m_removedEffects;
};
