#pragma once

#include "CliOutput.h"

#include <QStringList>

// allo-cli journal verify: 0 when the hash chain is intact, 1 when an entry was changed or
// removed, 2 when the profile cannot be opened.
class JournalCommand
{
public:
    explicit JournalCommand(CliOutput &io)
        : m_io(io)
    {}
    int run(const QStringList &arguments);

private:
    CliOutput &m_io;
};
