#pragma once

#include "CliOutput.h"
#include "CredentialStore.h"
#include "JournalAnchor.h"
#include "Store.h"

#include <QCommandLineParser>

#include <memory>

class Clock;

// Opens the store of --profile (or the standard profile) for a command: the quick_check runs
// before going on, errors and warnings go to standard error, and the journal is anchored in the
// keychain (the anchor follows the command's writes before the store closes).
namespace CliStore {

// The open store with its journal anchor; used like a pointer to the store.
struct Opened
{
    std::unique_ptr<CredentialStore> credentials;
    std::unique_ptr<Store> store;
    std::unique_ptr<JournalAnchor> anchor; // last: it moves the anchor before the store closes

    explicit operator bool() const { return bool(store); }
    Store *operator->() const { return store.get(); }
    Store &operator*() const { return *store; }
};

Opened open(CliOutput &io, const QCommandLineParser &parser, const Clock &clock,
            JournalAnchor::Mode mode = JournalAnchor::Mode::Write);
// Who the journal names for actions taken from the command line.
QString user();

} // namespace CliStore
