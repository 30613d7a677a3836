#pragma once

#include "Notice.h"
#include "RenderContext.h"

#include <QObject>
#include <QSet>

class ConsolePlatform;
class NoticeEditor;
class QWidget;
class Store;

// What the officer does to a notice beyond typing it: send it (after the confirmation that shows
// every channel), end it now, cancel it, and settle a conflict with the platform's version.
// Each becomes an outbox operation, so it survives a crash or an outage and reaches the
// platform exactly once.
class NoticeActions : public QObject
{
    Q_OBJECT

public:
    NoticeActions(QWidget *window, Store &store, NoticeEditor &editor);

    void setPlatform(ConsolePlatform *platform) { m_platform = platform; }
    // Who signs the operations: the platform user when signed in, else the system user.
    QString user() const;

    // The notice in the composer, after the confirmation dialog; context: the previews' own, so
    // the dialog judges limits (the hotline's speaking rate) as the window did.
    void send(const RenderContext &context);
    // noticeId: a notice the platform has (sent once at least).
    void endNow(const QString &noticeId);
    void cancel(const QString &noticeId);
    // Opens the two versions side by side and queues the user's choice.
    void resolveConflict(const QString &noticeId, const QString &operationId);

signals:
    // Something was queued or changed in the outbox: refresh the lists.
    void queued(const QString &noticeId, const QString &message);
    void problem(const QString &message);

private:
    bool queueClosing(const QString &noticeId, bool cancelling);
    void kick();

    QWidget *m_window;
    Store &m_store;
    NoticeEditor &m_editor;
    ConsolePlatform *m_platform = nullptr;
    QSet<QString> m_resolving;
};
