#pragma once

#include <QString>

// The Windows Credential Manager (the signed-in user's generic credentials), called directly
// where QtKeychain is missing: the MinGW build of packaging/windows/cross, whose QtKeychain
// sources could not be fetched. It is the store QtKeychain itself uses on Windows; the secret
// goes only to the system, which protects it with the user's logon (DPAPI), never to a file of
// ours. Calls are synchronous and short.
class WindowsCredentials
{
public:
    struct Result
    {
        bool found = false; // read: a secret was there
        QString secret;     // read: the secret
        QString error;      // the system's words when the call failed; empty otherwise
    };

    // target: the credential's name, "service/account".
    static Result write(const QString &target, const QString &secret);
    static Result read(const QString &target);
    static Result remove(const QString &target);
};
