#pragma once

#include "CliOutput.h"

#include <QString>

// Reading from the person at the terminal, for the commands that need a secret.
namespace TerminalInput {

bool isTerminal();
// One line of standard input; on a terminal, after the prompt (on standard error) and with the
// echo off when secret.
QString readLine(CliOutput &io, const QString &prompt, bool secret);

} // namespace TerminalInput
