#include "LiveReminder.h"

#include "Clock.h"
#include "DraftStore.h"

LiveReminder::LiveReminder(DraftStore &drafts, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_drafts(drafts)
    , m_clock(clock)
{
    connect(&m_timer, &QTimer::timeout, this, &LiveReminder::check);
}

void LiveReminder::setIntervalHours(int hours)
{
    m_hours = qMax(0, hours);
    if (m_hours == 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(std::chrono::hours(m_hours));
}

QStringList LiveReminder::dueNotices()
{
    if (m_hours == 0)
        return {};
    DraftStore::Filter filter;
    filter.state = NoticeState::Published;
    filter.limit = 500;
    const QDateTime now = m_clock.now();
    QStringList due;
    for (const DraftStore::Summary &notice : m_drafts.list(filter)) {
        if (!notice.end && notice.start.secsTo(now) >= qint64(m_hours) * 3600)
            due.append(notice.id);
    }
    return due;
}

void LiveReminder::check()
{
    const QStringList due = dueNotices();
    if (!due.isEmpty())
        emit reminder(due);
}
