#pragma once

#include <QString>

// The profile's log: every Qt message (qDebug/qInfo/qWarning with their logging categories) goes
// to DIR/allo.log, rotated by size (allo.log.1 … allo.log.N), with secrets masked before they
// reach the disk.
class LogFile
{
public:
    static constexpr qint64 kDefaultMaxBytes = qint64(1024) * 1024;
    static constexpr int kDefaultKeep = 5;

    // Installs the message handler; false (with nothing installed) when the folder is unusable.
    static bool install(const QString &directory, qint64 maxBytes = kDefaultMaxBytes,
                        int keep = kDefaultKeep);
    static void uninstall();
    static QString path();
    // Replaces the values of passwords, secrets, tokens and Authorization headers in a line by
    // "***": a quoted value whole (spaces, escapes, a JSON body qDebug() quoted again), an
    // unquoted one up to the next space, &, comma or brace; also a password in an address.
    static QString mask(const QString &line);
    // The last lines of the current file, for diagnostics.
    static QStringList lastLines(int count);
};
