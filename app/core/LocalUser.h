#pragma once

#include <QString>

// Who uses this machine, as the journal names them for drafts, retries and removals (sending,
// ending and cancelling name the platform account when one is signed in). Windows has no USER
// variable, so each system's own name is tried in turn.
class LocalUser
{
public:
    // USER, else USERNAME, else the home folder's name, else "unknown": never empty.
    static QString name();
};
