#pragma once

#include <QTextStream>

// Standard output and error as UTF-8 text streams, shared by every command.
struct CliOutput
{
    CliOutput();
    QTextStream out;
    QTextStream err;
};
