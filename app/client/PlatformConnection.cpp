#include "PlatformConnection.h"

#include "SpkiPin.h"

#include <QCoreApplication>
#include <QFile>

PlatformConnection::PlatformConnection(QObject *parent)
    : QObject(parent)
    , m_tls(QSslConfiguration::defaultConfiguration())
{
    // Redirects are not followed: the API never redirects, and following one could carry the
    // Authorization header to another host.
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

QString PlatformConnection::configure(const QString &address, const QString &caFile,
                                      const QString &pin)
{
    const auto tr = [](const char *s) {
        return QCoreApplication::translate("PlatformConnection", s);
    };
    PlatformAddress parsed(address);
    if (!parsed.isValid())
        return parsed.error();
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    if (!caFile.isEmpty()) {
        QFile file(caFile);
        if (!file.open(QIODevice::ReadOnly))
            return tr("Cannot read the CA file %1 (%2): check the path.")
                .arg(caFile, file.errorString());
        const QList<QSslCertificate> extra = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (extra.isEmpty())
            return tr("The CA file %1 holds no PEM certificate: ask for the platform's CA "
                      "certificate (a file starting with -----BEGIN CERTIFICATE-----).")
                .arg(caFile);
        tls.addCaCertificates(extra);
    }
    std::optional<QByteArray> parsedPin;
    if (!pin.trimmed().isEmpty()) {
        parsedPin = SpkiPin::parse(pin);
        if (!parsedPin)
            return tr("The pin \"%1\" is not an SPKI SHA-256: give 44 base64 characters or 64 "
                      "hexadecimal digits.")
                .arg(pin);
    }
    m_address = parsed;
    m_tls = tls;
    m_pin = parsedPin;
    m_pinText = pin.trimmed();
    return {};
}
