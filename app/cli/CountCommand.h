#pragma once

#include "CliOutput.h"

#include <QStringList>

// allo-cli count --channel x|mastodon|sms|hotline: reads UTF-8 text on standard input and prints
// its length on that channel as one JSON object. 0 when the text fits, 1 when it is empty or too
// long (x, mastodon), 2 on a usage error.
class CountCommand
{
public:
    explicit CountCommand(CliOutput &io)
        : m_io(io)
    {}
    int run(const QStringList &arguments);

private:
    CliOutput &m_io;
};
