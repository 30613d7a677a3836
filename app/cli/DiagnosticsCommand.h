#pragma once

#include "CliOutput.h"

#include <QJsonObject>
#include <QStringList>

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
    CliOutput &m_io;
};
