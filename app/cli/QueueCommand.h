#pragma once

#include "CliOutput.h"

#include <QDateTime>
#include <QStringList>

class QCommandLineParser;
class Store;

// allo-cli queue add FILE | list [--json] | show ID | retry ID | remove ID | export DIR.
// 0 on success, 1 when the queue refuses (not found, already sent…), 2 when the input or the
// profile cannot be used.
class QueueCommand
{
public:
    explicit QueueCommand(CliOutput &io)
        : m_io(io)
    {}
    int run(const QStringList &arguments);

private:
    int add(Store &store, const QString &path, const QDateTime &now);
    int list(Store &store, bool json);
    int show(Store &store, const QString &id);
    int exportTo(Store &store, const QString &dir);

    CliOutput &m_io;
};
