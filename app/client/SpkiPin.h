#pragma once

#include <QList>
#include <QSslCertificate>

// SPKI SHA-256 pinning: the base64 SHA-256 of a certificate's SubjectPublicKeyInfo, the form
// `openssl x509 -pubkey | openssl pkey -pubin -outform der | openssl dgst -sha256 -binary |
// base64` prints. A pin survives certificate renewals that keep the key. It names the server's
// own certificate: PlatformConnection compares it with that one alone.
class SpkiPin
{
public:
    // Accepts base64 (44 characters, optionally prefixed "sha256/") or 64 hex digits.
    static std::optional<QByteArray> parse(const QString &text);
    static QByteArray of(const QSslCertificate &certificate);
    static QString toBase64(const QByteArray &digest)
    {
        return QString::fromLatin1(digest.toBase64());
    }
    // The first of certificates that has the pinned key, or a null certificate. Only to tell
    // the user what the pin is when it is not the server's own: the rest of the chain a server
    // sends proves nothing (anyone can append the platform's public certificate to theirs).
    static QSslCertificate findIn(const QList<QSslCertificate> &certificates,
                                  const QByteArray &pin);
};
