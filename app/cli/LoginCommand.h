#pragma once

#include "CliOutput.h"

#include <QStringList>

// allo-cli login --api URL [--ca FILE] [--pin SHA256] USER: signs in, keeps the refresh token in
// the keychain and the address, CA file, pin and user name (no secret) in the user's settings,
// then caches the account's territories and sites in the profile. The password comes from
// standard input when it is not a terminal, otherwise from a prompt that does not echo.
// 0 signed in; 1 the sign-in failed (refused, unreachable, TLS), the reason on standard error;
// 2 unusable (the options, address, CA file or pin, or no keychain to keep the sign-in in).
class LoginCommand
{
public:
    explicit LoginCommand(CliOutput &io)
        : m_io(io)
    {}
    int run(const QStringList &arguments);

private:
    CliOutput &m_io;
};
