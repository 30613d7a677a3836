#pragma once

#include "CliOutput.h"

#include <QStringList>

// Reads the command word and hands the rest of the arguments to that command.
class Cli
{
public:
    // Exit codes shared by every command.
    enum Exit
    {
        Ok = 0,
        Invalid = 1,
        Unusable = 2
    };

    int run(const QStringList &arguments);

private:
    CliOutput m_io;
};
