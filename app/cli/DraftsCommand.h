#pragma once

#include "CliOutput.h"

#include <QStringList>

// allo-cli drafts list [--json] [--search TEXT] [--territory T] [--type T] [--status S]
// [--state S]: the profile's notices, newest first.
class DraftsCommand
{
public:
    explicit DraftsCommand(CliOutput &io)
        : m_io(io)
    {}
    int run(const QStringList &arguments);

private:
    CliOutput &m_io;
};
