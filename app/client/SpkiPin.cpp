#include "SpkiPin.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <algorithm>
#include <openssl/x509.h>

std::optional<QByteArray> SpkiPin::parse(const QString &text)
{
    QString t = text.trimmed();
    if (t.startsWith(QLatin1String("sha256/"), Qt::CaseInsensitive))
        t = t.mid(7);
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{64}$"));
    if (hex.match(t).hasMatch())
        return QByteArray::fromHex(t.toLatin1());
    const auto decoded =
        QByteArray::fromBase64Encoding(t.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (decoded && decoded.decoded.size() == 32)
        return decoded.decoded;
    return std::nullopt;
}

QByteArray SpkiPin::of(const QSslCertificate &certificate)
{
    // Qt has no accessor for the SubjectPublicKeyInfo DER, so OpenSSL (present wherever Qt's
    // TLS backend is) re-encodes the certificate's key.
    const QByteArray der = certificate.toDer();
    const auto *data = reinterpret_cast<const unsigned char *>(der.constData());
    X509 *x509 = d2i_X509(nullptr, &data, der.size());
    if (!x509)
        return {};
    unsigned char *spki = nullptr;
    const int length = i2d_PUBKEY(X509_get0_pubkey(x509), &spki);
    QByteArray digest;
    if (length > 0)
        digest =
            QCryptographicHash::hash(QByteArrayView(reinterpret_cast<const char *>(spki), length),
                                     QCryptographicHash::Sha256);
    OPENSSL_free(spki);
    X509_free(x509);
    return digest;
}

QSslCertificate SpkiPin::findIn(const QList<QSslCertificate> &certificates, const QByteArray &pin)
{
    const auto found = std::find_if(certificates.begin(), certificates.end(),
                                    [&](const QSslCertificate &c) { return of(c) == pin; });
    return found == certificates.end() ? QSslCertificate() : *found;
}
