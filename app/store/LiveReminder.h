#pragma once

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QTimer>

class Clock;
class DraftStore;

// A notice published "until further notice" stays on the web page, the hotline and the posts
// until someone ends it. Every few hours (a setting) this reminds its author which ones are
// still live, so a finished event does not stay announced for days.
class LiveReminder : public QObject
{
    Q_OBJECT

public:
    LiveReminder(DraftStore &drafts, const Clock &clock, QObject *parent = nullptr);

    // 0 turns the reminders off.
    void setIntervalHours(int hours);
    // The published notices without an end, live for at least one interval; newest first.
    QStringList dueNotices();

signals:
    void reminder(const QStringList &noticeIds);

private:
    void check();

    DraftStore &m_drafts;
    const Clock &m_clock;
    QTimer m_timer;
    int m_hours = 0;
};
