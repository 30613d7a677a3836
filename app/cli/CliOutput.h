#pragma once

#include "ControlCharacterFilter.h"

#include <QTextStream>

// Standard output and error as UTF-8 text streams, shared by every command, with control
// characters made visible (ControlCharacterFilter).
struct CliOutput
{
    CliOutput();

private:
    // Before the streams, which flush into them when destroyed.
    ControlCharacterFilter m_stdout{stdout};
    ControlCharacterFilter m_stderr{stderr};

public:
    QTextStream out;
    QTextStream err;
};
