#pragma once

#include "Clock.h"

#include <QObject>
#include <QThread>

#include <memory>

// The training sandbox inside another program (allo-console --sandbox): the same store, API
// and HTTPS server as allo-sandbox, on a worker thread so the window never waits for it, on a
// free loopback port, with the training certificates and accounts in a data folder.
class SandboxRunner : public QObject
{
    Q_OBJECT

public:
    explicit SandboxRunner(const Clock &clock, QObject *parent = nullptr);
    ~SandboxRunner() override;

    // Blocks until the sandbox listens (a fraction of a second). Returns an error sentence, or
    // "" once url() and caFile() are set.
    QString start(const QString &dataDir);
    void stop();

    // The password of a training account (they are public: nothing is published).
    static QString trainingPassword(const QString &user);

    QString url() const { return m_url; }
    QString caFile() const { return m_caFile; }

private:
    struct Parts;

    Clock m_clock;
    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread; the parts are built and destroyed there
    std::unique_ptr<Parts> m_parts;
    QString m_url;
    QString m_caFile;
};
