#pragma once

#include <QLabel>

// The coloured band across a window for an exercise or a test notice, so nobody mistakes it for
// the real thing (the main window and the send confirmation show the same one). For a real
// notice it is hidden, unless the window has something to say about real notices.
class StatusBand : public QLabel
{
    Q_OBJECT

public:
    explicit StatusBand(QWidget *parent = nullptr);

    // The notice's status: "exercise", "test", or anything else for a real notice.
    void setStatus(const QString &status);
    // Shown on a dark band for a real notice; "" (the default) hides the band then.
    void setRealNoticeText(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showStatus();

    QString m_status;
    QString m_realNoticeText;
};
