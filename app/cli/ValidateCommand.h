#pragma once

#include "CliOutput.h"

#include <QStringList>

// allo-cli validate [--json] FILE…: 0 when every file is valid, 1 when any is invalid, 2 when a
// file cannot be read or parsed (2 wins over 1).
class ValidateCommand
{
public:
    explicit ValidateCommand(CliOutput &io)
        : m_io(io)
    {}
    int run(const QStringList &arguments);

private:
    CliOutput &m_io;
};
