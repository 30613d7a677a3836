#pragma once

#include "CliOutput.h"

#include <QStringList>

class CliSession;
class Clock;
class QCommandLineParser;

// allo-cli review list [--json] | show ID | approve ID [--comment T] |
// request-changes ID --comment T | reject ID --comment T — the coordinators' review queue.
// A decision is queued in the profile's outbox (its idempotency key makes it apply exactly
// once) and sent at once; the command waits for the platform's answer.
// Exit: 0 applied; 1 refused (own submission, already decided, superseded, forbidden…);
// 2 unusable (arguments, profile, not signed in, platform unreachable for a list or show);
// 3 queued but not sent yet (the platform cannot be reached: queue flush or the console sends
// it later).
class ReviewCommand
{
public:
    enum Exit
    {
        Queued = 3
    };

    explicit ReviewCommand(CliOutput &io)
        : m_io(io)
    {}
    int run(const QStringList &arguments);

private:
    int list(CliSession &cli, const Clock &clock, bool json);
    int show(CliSession &cli, const Clock &clock, const QString &id);
    int decide(CliSession &cli, const QCommandLineParser &parser, const Clock &clock,
               const QString &action, const QString &id, const QString &comment);

    CliOutput &m_io;
};
