#include "NoticeHistory.h"

void NoticeHistory::reset(const Notice &notice)
{
    m_steps = {Step{notice, QString(), QDateTime()}};
    m_index = 0;
}

void NoticeHistory::record(const Notice &notice, const QString &field, const QDateTime &at)
{
    if (m_index < 0) {
        reset(notice);
        return;
    }
    if (m_steps.at(m_index).notice == notice)
        return;
    m_steps.resize(m_index + 1); // a new change drops what could have been redone
    Step &last = m_steps.last();
    const bool burst = m_index > 0 && last.field == field && last.at.isValid() &&
                       last.at.msecsTo(at) >= 0 && last.at.msecsTo(at) < kMergeMs;
    if (burst) {
        last.notice = notice;
        last.at = at;
        return;
    }
    m_steps.append(Step{notice, field, at});
    if (m_steps.size() > kMaxSteps)
        m_steps.removeFirst();
    m_index = m_steps.size() - 1;
}

Notice NoticeHistory::undo()
{
    if (canUndo())
        --m_index;
    return m_steps.value(m_index).notice;
}

Notice NoticeHistory::redo()
{
    if (canRedo())
        ++m_index;
    return m_steps.value(m_index).notice;
}
