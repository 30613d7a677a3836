#pragma once

#include "CliOutput.h"
#include "Notice.h"

#include <QStringList>

#include <optional>

class ProgramOptions;
class QCommandLineParser;

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

    // What every command does first: parse its arguments and apply --now; false (with the reason
    // on standard error) when the command cannot go on.
    static bool parse(QCommandLineParser &parser, const QStringList &arguments,
                      ProgramOptions &options, CliOutput &io);
    // A notice file; on failure says why on standard error (FILE:line:column for bad JSON).
    static std::optional<Notice> readNotice(const QString &path, CliOutput &io);
    // The language a command prints a notice's channels in: --lang, else French (never the
    // system's, so the bytes do not depend on the machine).
    static QString contentLanguage(const QCommandLineParser &parser);

private:
    CliOutput m_io;
};
