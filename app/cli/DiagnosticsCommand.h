#pragma once

#include "CliOutput.h"

#include <QJsonObject>
#include <QStringList>

class Store;

// allo-cli diagnostics DIR: the archive Help → Export diagnostics writes, for support: versions,
// settings (no secrets), what the profile knows of the connection, the outbox states and the
// last lines of the profile's log. 0 when written, 2 when it cannot be.
class DiagnosticsCommand
{
public:
    explicit DiagnosticsCommand(CliOutput &io)
        : m_io(io)
    {}
    int run(const QStringList &arguments);

private:
    // Counts per state, and each operation not yet sent (without its notice).
    static QJsonObject outboxState(Store &store);

    CliOutput &m_io;
};
