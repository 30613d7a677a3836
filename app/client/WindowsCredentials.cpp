#include "WindowsCredentials.h"

#include <QCoreApplication>

#include <windows.h>
// After windows.h, whose types it uses.
#include <wincred.h>

namespace {

QString systemError(DWORD code)
{
    wchar_t *text = nullptr;
    FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM |
                       FORMAT_MESSAGE_IGNORE_INSERTS,
                   nullptr, code, 0, reinterpret_cast<wchar_t *>(&text), 0, nullptr);
    const QString words = text ? QString::fromWCharArray(text).trimmed() : QString();
    LocalFree(text);
    return QCoreApplication::translate("WindowsCredentials", "%1 (Windows error %2)")
        .arg(words)
        .arg(code);
}

} // namespace

WindowsCredentials::Result WindowsCredentials::write(const QString &target, const QString &secret)
{
    std::wstring name = target.toStdWString();
    QByteArray blob = secret.toUtf8();
    CREDENTIALW credential{};
    credential.Type = CRED_TYPE_GENERIC;
    credential.TargetName = name.data();
    credential.CredentialBlobSize = DWORD(blob.size());
    credential.CredentialBlob = reinterpret_cast<LPBYTE>(blob.data());
    // As QtKeychain: kept for this user on this machine and the domain's roaming profile.
    credential.Persist = CRED_PERSIST_ENTERPRISE;
    Result result;
    if (!CredWriteW(&credential, 0))
        result.error = systemError(GetLastError());
    SecureZeroMemory(blob.data(), size_t(blob.size()));
    return result;
}

WindowsCredentials::Result WindowsCredentials::read(const QString &target)
{
    const std::wstring name = target.toStdWString();
    PCREDENTIALW credential = nullptr;
    Result result;
    if (!CredReadW(name.c_str(), CRED_TYPE_GENERIC, 0, &credential)) {
        if (const DWORD code = GetLastError(); code != ERROR_NOT_FOUND)
            result.error = systemError(code);
        return result;
    }
    result.found = true;
    result.secret = QString::fromUtf8(reinterpret_cast<const char *>(credential->CredentialBlob),
                                      qsizetype(credential->CredentialBlobSize));
    CredFree(credential);
    return result;
}

WindowsCredentials::Result WindowsCredentials::remove(const QString &target)
{
    const std::wstring name = target.toStdWString();
    Result result;
    if (!CredDeleteW(name.c_str(), CRED_TYPE_GENERIC, 0)) {
        if (const DWORD code = GetLastError(); code != ERROR_NOT_FOUND)
            result.error = systemError(code);
    }
    return result;
}
