#include "PlatformConnection.h"

#include "SpkiPin.h"

#include <QFile>
#include <QNetworkReply>

namespace {

constexpr const char *kPinRefusal = "alloPinRefusal";

} // namespace

PlatformConnection::PlatformConnection(QObject *parent)
    : QObject(parent)
    , m_tls(QSslConfiguration::defaultConfiguration())
{
    // Redirects are not followed: the API never redirects, and following one could carry the
    // Authorization header to another host.
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    // On the manager, not on each reply: no request of this connection can skip the check.
    // Qt's network thread waits for this slot before it writes the request.
    connect(&m_network, &QNetworkAccessManager::encrypted, this,
            &PlatformConnection::checkEncrypted);
}

QString PlatformConnection::configure(const QString &address, const QString &caFile,
                                      const QString &pin)
{
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
        if (parsed.url().scheme() != QLatin1String("https"))
            return tr("A pin applies to an https:// address only: use https:// or leave the "
                      "pin out.");
        // A CA's key would let every certificate that CA issues pass for the platform.
        if (const QSslCertificate ca = SpkiPin::findIn(tls.caCertificates(), *parsedPin);
            !ca.isNull())
            return tr("The pin %1 is the key of the CA certificate \"%2\", not of the "
                      "platform's own certificate: pin the platform's own (leaf, server) "
                      "certificate, or leave the pin out and give that CA in platform/caFile.")
                .arg(pin.trimmed(), ca.subjectDisplayName());
    }
    const bool changed = parsed.url() != m_address.url() ||
                         tls.caCertificates() != m_tls.caCertificates() || parsedPin != m_pin;
    m_address = parsed;
    m_tls = tls;
    m_pin = parsedPin;
    m_pinText = pin.trimmed();
    if (changed)
        forgetConnections();
    return {};
}

QNetworkReply *PlatformConnection::send(const QByteArray &method, const QString &path,
                                        const Headers &headers, const QByteArray &body)
{
    QNetworkRequest request(m_address.resolve(path));
    request.setSslConfiguration(m_tls);
    // HTTP/2 (which the server could pick) carries every request on one connection, and Qt
    // raises encrypted() for the requests waiting at its handshake only: the pin check stays
    // per connection, one request at a time, with HTTP/1.1.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setRawHeader("Accept", "application/json, application/problem+json");
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    if (!m_accessToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_accessToken.toUtf8());
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    return m_network.sendCustomRequest(request, method, body);
}

QString PlatformConnection::checkPin(const QSslConfiguration &peer) const
{
    // The leaf only: its key is the one the server proved it holds in the handshake. The rest
    // of the chain is whatever the server chose to send.
    if (!m_pin || SpkiPin::of(peer.peerCertificate()) == *m_pin)
        return {};
    if (!SpkiPin::findIn(peer.peerCertificateChain(), *m_pin).isNull())
        return tr("The pin %1 matches only a certificate further up the platform's chain, not "
                  "the platform's own certificate: the connection was refused. Pin the "
                  "platform's own (leaf, server) certificate, or give its CA in platform/caFile "
                  "instead of a pin.")
            .arg(m_pinText);
    return tr("The platform's certificate key does not match the pin %1: the connection was "
              "refused. Ask your administrator whether the platform's key changed.")
        .arg(m_pinText);
}

QString PlatformConnection::pinRefusal(const QNetworkReply *reply)
{
    return reply->property(kPinRefusal).toString();
}

void PlatformConnection::checkEncrypted(QNetworkReply *reply)
{
    const QString refusal = checkPin(reply->sslConfiguration());
    if (refusal.isEmpty())
        return;
    reply->setProperty(kPinRefusal, refusal);
    reply->abort();
    // Later, not in this slot: clearing the cache waits for Qt's network thread, which waits
    // for this slot. Not again if new settings have done it meanwhile.
    QMetaObject::invokeMethod(
        this,
        [this, forgotten = m_forgotten] {
            if (forgotten == m_forgotten)
                forgetConnections();
        },
        Qt::QueuedConnection);
}

void PlatformConnection::forgetConnections()
{
    ++m_forgotten;
    QList<QNetworkReply *> running;
    for (QNetworkReply *reply : m_network.findChildren<QNetworkReply *>(Qt::FindDirectChildrenOnly))
        if (reply->isRunning())
            running.append(reply);
    // First the cache: a request started by whoever hears of an abort below gets a new
    // connection, under the new settings.
    m_network.clearConnectionCache();
    for (QNetworkReply *reply : running)
        reply->abort();
}
