#pragma once

#include "CliOutput.h"

#include <QCoreApplication>
#include <QStringList>

// allo-cli shorten --channel x|mastodon [--lang fr|en] FILE: prints the shortened post the
// console offers (cut at a word, "…", the link and the test or exercise mark kept), to paste
// into the notice's per-channel text. 0 when printed, 2 when the file or the options are
// unusable.
class ShortenCommand
{
    Q_DECLARE_TR_FUNCTIONS(ShortenCommand)

public:
    explicit ShortenCommand(CliOutput &io)
        : m_io(io)
    {}
    int run(const QStringList &arguments);

private:
    CliOutput &m_io;
};
