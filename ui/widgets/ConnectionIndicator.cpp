#include "ConnectionIndicator.h"

#include <QEvent>

ConnectionIndicator::ConnectionIndicator(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("connection"));
    setTextFormat(Qt::RichText);
    retranslate();
}

void ConnectionIndicator::setState(OutboxSender::Connection state, const QString &detail)
{
    m_attached = true;
    m_state = state;
    m_detail = detail;
    retranslate();
}

void ConnectionIndicator::setTraining(bool training)
{
    m_training = training;
    retranslate();
}

void ConnectionIndicator::setAccount(const QString &user)
{
    m_user = user;
    retranslate();
}

void ConnectionIndicator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QLabel::changeEvent(event);
}

void ConnectionIndicator::retranslate()
{
    using C = OutboxSender::Connection;
    QString word;
    QString color;
    if (!m_attached) {
        setText(tr("Local profile — no platform configured"));
        setToolTip(tr("Notices are kept in this profile. Use File → Sign in to send them."));
        setAccessibleName(tr("Connection"));
        setAccessibleDescription(text());
        return;
    }
    switch (m_state) {
    case C::Unknown:
        word = tr("Connecting…");
        color = QStringLiteral("#555555");
        break;
    case C::Online:
        word = m_training ? tr("Online (training sandbox)") : tr("Online");
        color = QStringLiteral("#1b7f3b");
        break;
    case C::Offline:
        word = tr("Offline: notices wait in the outbox");
        color = QStringLiteral("#8a5a00");
        break;
    case C::SignedOut:
        word = tr("Signed out: sign in to send");
        color = QStringLiteral("#8a5a00");
        break;
    case C::PlatformUnavailable:
        word = tr("Platform unavailable: retrying");
        color = QStringLiteral("#8a5a00");
        break;
    case C::TlsProblem:
        word = tr("TLS problem: nothing is sent");
        color = QStringLiteral("#b00020");
        break;
    }
    if (!m_user.isEmpty())
        word = tr("%1 — %2").arg(word, m_user);
    setText(
        QStringLiteral("<span style=\"color:%1\">●</span> %2").arg(color, word.toHtmlEscaped()));
    setToolTip(m_detail);
    setAccessibleName(tr("Connection"));
    setAccessibleDescription(m_detail.isEmpty() ? word : word + QLatin1String(". ") + m_detail);
}
