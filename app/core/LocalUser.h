#pragma once

#include <QString>

// Who uses this machine, for the journal when no platform user is signed in. Windows has no USER
// variable, so each system's own name is tried in turn.
class LocalUser
{
public:
    // USER, else USERNAME, else the home folder's name, else "unknown": never empty.
    static QString name();
};
