#pragma once

#include "CliOutput.h"
#include "Store.h"

#include <QCommandLineParser>

#include <memory>

class Clock;

// Opens the store of --profile (or the standard profile) for a command: the quick_check runs
// before going on, errors and warnings go to standard error.
namespace CliStore {

std::unique_ptr<Store> open(CliOutput &io, const QCommandLineParser &parser, const Clock &clock);
// Who the journal names for actions taken from the command line.
QString user();

} // namespace CliStore
