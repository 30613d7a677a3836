#include "SpkiPin.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <algorithm>

namespace {

// One DER element (tag, length, contents) at the start of der; nothing if it is cut short.
struct DerElement
{
    QByteArrayView whole;    // tag, length and contents
    QByteArrayView contents; // contents only
};

std::optional<DerElement> readElement(QByteArrayView der)
{
    if (der.size() < 2)
        return std::nullopt;
    qsizetype header = 2;
    qsizetype length = quint8(der[1]);
    if (length & 0x80) { // long form: the next (length & 0x7f) bytes, big-endian
        const qsizetype bytes = length & 0x7f;
        if (bytes < 1 || bytes > 4 || der.size() < 2 + bytes)
            return std::nullopt;
        length = 0;
        for (qsizetype i = 0; i < bytes; ++i)
            length = (length << 8) | quint8(der[2 + i]);
        header += bytes;
    }
    if (length > der.size() - header)
        return std::nullopt;
    return DerElement{der.first(header + length), der.sliced(header, length)};
}

// The SubjectPublicKeyInfo of an X.509 certificate, as its DER holds it (RFC 5280 4.1):
// Certificate { tbsCertificate { [0] version OPTIONAL, serialNumber, signature, issuer,
// validity, subject, subjectPublicKeyInfo, ... }, ... }.
QByteArrayView subjectPublicKeyInfo(QByteArrayView certificate)
{
    const auto outer = readElement(certificate);
    const auto tbs = outer ? readElement(outer->contents) : std::nullopt;
    if (!tbs)
        return {};
    QByteArrayView rest = tbs->contents;
    constexpr char kVersionTag = char(0xa0);
    if (!rest.isEmpty() && rest.front() == kVersionTag) {
        const auto version = readElement(rest);
        if (!version)
            return {};
        rest = rest.sliced(version->whole.size());
    }
    for (int skipped = 0; skipped < 5; ++skipped) { // serial, signature, issuer, validity, subject
        const auto field = readElement(rest);
        if (!field)
            return {};
        rest = rest.sliced(field->whole.size());
    }
    const auto spki = readElement(rest);
    return spki ? spki->whole : QByteArrayView();
}

} // namespace

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
    // Qt has no accessor for the SubjectPublicKeyInfo DER; it is read from the certificate's
    // DER here rather than with OpenSSL, whose library then loads only with the first TLS
    // connection, after the console's first paint.
    const QByteArray der = certificate.toDer();
    const QByteArrayView spki = subjectPublicKeyInfo(der);
    return spki.isEmpty() ? QByteArray()
                          : QCryptographicHash::hash(spki, QCryptographicHash::Sha256);
}

QSslCertificate SpkiPin::findIn(const QList<QSslCertificate> &certificates, const QByteArray &pin)
{
    const auto found = std::find_if(certificates.begin(), certificates.end(),
                                    [&](const QSslCertificate &c) { return of(c) == pin; });
    return found == certificates.end() ? QSslCertificate() : *found;
}
