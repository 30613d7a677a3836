#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QThread>

#include <memory>

// PRAGMA quick_check on a connection of its own. After an unclean stop the console runs it in
// the background (a large profile opens at once); allo-cli runs it before going on. A damaged
// file is set aside under a time-stamped name, never deleted.
class IntegrityCheck : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        bool ok = true;
        // Only a damaged file is set aside; one that could not be checked (busy, unreadable
        // folder) is left alone and checked again next time.
        bool damaged = false;
        QString detail;
    };

    explicit IntegrityCheck(QObject *parent = nullptr);
    ~IntegrityCheck() override;

    // Blocking; any thread.
    static Result run(const QString &path);
    // Cheap checks on the file header before SQLite reads it: a truncated file shows here.
    static Result checkHeader(const QString &path);
    // Renames the file and its -wal and -shm to "<name>.damaged-<UTC time>.sqlite…". Returns
    // the new path of the main file, or "" with error set.
    static QString setAside(const QString &path, const QDateTime &now, QString *error);

    // Runs run(path) on a worker thread; finished() arrives on this object's thread.
    void start(const QString &path);
    bool isRunning() const;
    void wait();

signals:
    void finished(bool damaged, const QString &detail);

private:
    std::unique_ptr<QThread> m_thread;
};
