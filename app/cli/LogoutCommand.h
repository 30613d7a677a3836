#pragma once

#include "CliOutput.h"

#include <QStringList>

// allo-cli logout: revokes the session at the platform (best effort) and removes the refresh
// token from the keychain; the address, CA file and pin stay for the next login.
class LogoutCommand
{
public:
    explicit LogoutCommand(CliOutput &io)
        : m_io(io)
    {}
    int run(const QStringList &arguments);

private:
    CliOutput &m_io;
};
