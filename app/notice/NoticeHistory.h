#pragma once

#include "Notice.h"

#include <QDateTime>
#include <QList>

// Undo and redo for the whole composer: snapshots of the notice. Changes to the same field
// within a short pause are one step, so undo takes back a word or a burst of typing, not one
// keystroke, and a change of type, period or effects is a step of its own.
class NoticeHistory
{
public:
    static constexpr qint64 kMergeMs = 1500;
    static constexpr int kMaxSteps = 200;

    // The notice the history starts from (a new or opened draft): no undo before it.
    void reset(const Notice &notice);
    // field: what changed ("text.fr", "type"…); at: when, for merging a burst.
    void record(const Notice &notice, const QString &field, const QDateTime &at);

    bool canUndo() const { return m_index > 0; }
    bool canRedo() const { return m_index + 1 < m_steps.size(); }
    Notice undo();
    Notice redo();

private:
    struct Step
    {
        Notice notice;
        QString field;
        QDateTime at;
    };
    QList<Step> m_steps;
    qsizetype m_index = -1;
};
