#pragma once

#include "CliOutput.h"
#include "Outbox.h"
#include "ValidationIssue.h"

#include <QDateTime>
#include <QStringList>

class Clock;
class QCommandLineParser;
class Store;

// allo-cli queue add FILE | list [--json] | show ID | retry ID | remove ID | export DIR |
// flush [--wait] [--json] [--timeout S].
// 0 on success, 1 when the queue refuses (not found, already sent…) or flush leaves operations
// unsent, 2 when the input, the profile or the sign-in cannot be used.
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
    // Sends now; with wait, until every operation is settled or limitSeconds have passed.
    int flush(Store &store, const Clock &clock, bool wait, bool json, int limitSeconds);

    // The blocking problems the rule book finds in an unsent create or update.
    static ValidationIssues refusedByRules(const Outbox::Operation &op);

    CliOutput &m_io;
};
