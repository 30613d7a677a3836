#pragma once

#include "Notice.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <optional>

class DraftStore;

// Saves the draft being typed at most once per interval (a second by default), and at once on
// flush() (focus change, close). Each save is a draft version; nothing typed is lost for more
// than one interval.
class DraftAutosaver : public QObject
{
    Q_OBJECT

public:
    DraftAutosaver(DraftStore &drafts, const QString &user, QObject *parent = nullptr);
    ~DraftAutosaver() override;

    void setInterval(int ms) { m_intervalMs = ms; }
    // The editor's current notice, after each change.
    void changed(const Notice &notice);
    // Writes any pending change now. False when the write failed (the change stays pending).
    bool flush();
    bool hasPending() const { return m_pending.has_value(); }

signals:
    void saved(const QString &noticeId, int draftVersion);
    void saveFailed(const QString &message);

private:
    DraftStore &m_drafts;
    QString m_user;
    int m_intervalMs = 1000;
    std::optional<Notice> m_pending;
    QTimer m_timer;
    QElapsedTimer m_sinceLastWrite;
};
