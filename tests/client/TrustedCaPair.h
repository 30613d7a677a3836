#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>

// The pin-bypass scenario's certificates: two CAs the client trusts (its CA file holds both,
// standing for "any CA the machine trusts", a company's inspection proxy's among them), the
// platform's real certificate from the first and an attacker's certificate for the same host
// (127.0.0.1 and localhost) from the second.
class TrustedCaPair
{
public:
    TrustedCaPair();

    // A PEM file holding both CAs.
    QString bothCasFile() const { return m_dir.filePath(QStringLiteral("both-cas.pem")); }

    QSslCertificate platformCa;
    QSslCertificate platform;
    QSslKey platformKey;
    QSslCertificate attacker;
    QSslKey attackerKey;

private:
    QTemporaryDir m_dir;
};
