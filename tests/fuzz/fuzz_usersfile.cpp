#include "UserDirectory.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

// --users as read from a file.
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    UserDirectory directory;
    const QString error = directory.load(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    // An accepted file has users, each with a name and a password or hash.
    if (error.isEmpty()) {
        if (directory.users().isEmpty())
            __builtin_trap();
        for (const UserDirectory::User &u : directory.users())
            if (u.username.isEmpty() || (u.password.isEmpty() && u.passwordHash.isEmpty()))
                __builtin_trap();
    }
    return 0;
}
