#include "StatusBand.h"

#include "BoldText.h"

#include <QEvent>

StatusBand::StatusBand(QWidget *parent)
    : QLabel(parent)
{
    setAlignment(Qt::AlignCenter);
    setMargin(6);
    setWordWrap(true);
    showStatus();
}

void StatusBand::setStatus(const QString &status)
{
    // The main window calls this on every keystroke: restyling costs a repolish.
    if (status == m_status)
        return;
    m_status = status;
    showStatus();
}

void StatusBand::setRealNoticeText(const QString &text)
{
    m_realNoticeText = text;
    showStatus();
}

void StatusBand::showStatus()
{
    if (m_status == QLatin1String("exercise")) {
        setText(tr("EXERCISE — this notice will be published as an exercise"));
        setStyleSheet(QStringLiteral("background:#e67e00;color:white"));
    } else if (m_status == QLatin1String("test")) {
        setText(tr("TEST — this notice will be published as a test"));
        setStyleSheet(QStringLiteral("background:#6a1b9a;color:white"));
    } else {
        setText(m_realNoticeText);
        setStyleSheet(QStringLiteral("background:#1d3b5c;color:white"));
    }
    BoldText::apply(this,
                    m_status == QLatin1String("exercise") || m_status == QLatin1String("test"));
    setAccessibleName(text());
    setVisible(!text().isEmpty());
}

void StatusBand::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        showStatus();
    QLabel::changeEvent(event);
}
