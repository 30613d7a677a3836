#pragma once

#include <QList>
#include <QSslCertificate>

// SPKI SHA-256 pinning: the base64 SHA-256 of a certificate's SubjectPublicKeyInfo, the form
// `openssl x509 -pubkey | openssl pkey -pubin -outform der | openssl dgst -sha256 -binary |
// base64` prints. A pin survives certificate renewals that keep the key.
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
    // True when any certificate of the chain has the pinned key.
    static bool matches(const QList<QSslCertificate> &chain, const QByteArray &pin);
};
