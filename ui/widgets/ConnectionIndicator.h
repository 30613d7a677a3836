#pragma once

#include "OutboxSender.h"

#include <QLabel>

// The connection state in the status bar: a coloured word a control room can read at a glance
// (online, offline, signed out, platform unavailable, TLS problem), and in its tooltip what the
// platform said and what to do about it.
class ConnectionIndicator : public QLabel
{
    Q_OBJECT

public:
    explicit ConnectionIndicator(QWidget *parent = nullptr);

    void setState(OutboxSender::Connection state, const QString &detail);
    OutboxSender::Connection state() const { return m_state; }
    // Set in training mode: the state says it is the sandbox.
    void setTraining(bool training);
    // Who is signed in, shown beside the state; "" when nobody.
    void setAccount(const QString &user);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    // Until a platform is attached (or while none is configured) the console is a local tool.
    bool m_attached = false;
    OutboxSender::Connection m_state = OutboxSender::Connection::Unknown;
    QString m_user;
    QString m_detail;
    bool m_training = false;
};
