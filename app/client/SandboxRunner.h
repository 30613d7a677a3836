#pragma once

#include "Clock.h"

#include <QObject>
#include <QProcess>

// The training sandbox for another program (allo-console --sandbox): the allo-sandbox program,
// started as a child process on a free loopback port with the training certificates and
// accounts in a data folder. A separate process, not a thread: allo-sandbox links Qt HTTP
// Server (GPL-3), which the console must not. It stops with its parent, even one killed
// outright (allo-sandbox --quit-with-stdin).
class SandboxRunner : public QObject
{
    Q_OBJECT

public:
    // program: allo-sandbox beside this program unless told, as the packages install it.
    explicit SandboxRunner(const Clock &clock, const QString &program = besideThisProgram(),
                           QObject *parent = nullptr);
    ~SandboxRunner() override;

    // Blocks until the sandbox listens (a fraction of a second). Returns an error sentence, or
    // "" once url() and caFile() are set.
    QString start(const QString &dataDir);
    void stop();

    // The password of a training account (they are public: nothing is published).
    static QString trainingPassword(const QString &user);
    static QString besideThisProgram();

    QString url() const { return m_url; }
    QString caFile() const { return m_caFile; }
    // The child's process id while it runs, else 0.
    qint64 processId() const { return m_process.processId(); }

private:
    void logErrors();

    Clock m_clock;
    QString m_program;
    QProcess m_process;
    QString m_url;
    QString m_caFile;
};
