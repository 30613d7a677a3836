#pragma once

#include "CliOutput.h"

#include <QStringList>

// allo-cli whoami: who is signed in to which platform, checked with the platform.
// 0 signed in, 1 signed out or the sign-in expired.
class WhoamiCommand
{
public:
    explicit WhoamiCommand(CliOutput &io)
        : m_io(io)
    {}
    int run(const QStringList &arguments);

private:
    CliOutput &m_io;
};
