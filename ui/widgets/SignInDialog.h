#pragma once

#include <QDialog>

class PlatformConnection;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class Session;
class Settings;

// Sign-in to the platform: its address, an extra CA file, the user and the password. The
// address, CA file and user are remembered in the settings after a successful sign-in; the
// password never is. Keys an administrator locked are shown read-only. Errors show in the
// dialog, and the fields wait while the platform answers.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(Settings &settings, PlatformConnection &connection, Session &session,
                 QWidget *parent = nullptr);
    ~SignInDialog() override;

    bool isBusy() const { return m_busy; }
    // The sentence under the fields ("" when none).
    QString problem() const;

    void signIn();
    void reject() override;

private:
    void finished(bool ok, const QString &error);
    void setBusy(bool busy);
    void showProblem(const QString &text);
    void pickCaFile();

    Settings &m_settings;
    PlatformConnection &m_connection;
    Session &m_session;
    bool m_busy = false;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_caFile = nullptr;
    QToolButton *m_browse = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_progress = nullptr;
    QPushButton *m_signIn = nullptr;
};
