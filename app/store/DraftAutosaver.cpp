#include "DraftAutosaver.h"

#include "DraftStore.h"

DraftAutosaver::DraftAutosaver(DraftStore &drafts, const QString &user, QObject *parent)
    : QObject(parent)
    , m_drafts(drafts)
    , m_user(user)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DraftAutosaver::flush);
}

DraftAutosaver::~DraftAutosaver()
{
    flush();
}

void DraftAutosaver::changed(const Notice &notice)
{
    // A different notice must not wait behind, nor overwrite, the previous one's change.
    if (m_pending && m_pending->id() != notice.id())
        flush();
    m_pending = notice;
    if (m_timer.isActive())
        return;
    const qint64 since = m_sinceLastWrite.isValid() ? m_sinceLastWrite.elapsed() : m_intervalMs;
    m_timer.start(int(qMax<qint64>(0, m_intervalMs - since)));
}

bool DraftAutosaver::flush()
{
    m_timer.stop();
    if (!m_pending)
        return true;
    const Notice notice = *m_pending;
    const int version = m_drafts.save(notice, m_user);
    m_sinceLastWrite.start();
    if (version == 0) {
        // Kept pending and tried again: a busy or full disk may pass.
        m_timer.start(m_intervalMs);
        emit saveFailed(m_drafts.lastError());
        return false;
    }
    if (m_pending && m_pending->toJson() == notice.toJson())
        m_pending.reset();
    emit saved(notice.id(), version);
    return true;
}
