#pragma once

#include <QString>
#include <QStringList>

// The sandbox's own certificates, made with libcrypto (present on every platform the console
// runs on), so that it serves real HTTPS on first start without any tool: a training CA that
// clients trust with --ca, and a server certificate it signs.
class CertificateFactory
{
public:
    static constexpr const char *caFile = "ca.pem";
    static constexpr const char *caKeyFile = "ca-key.pem";
    static constexpr const char *serverFile = "server.pem";
    static constexpr const char *serverKeyFile = "server-key.pem";

    // Makes whichever of the four files in dir is missing (all four if the CA is missing), with
    // mode 0600. Returns an error sentence, or "".
    static QString ensureTrainingCertificates(const QString &dir);

    // A server certificate for names (IP addresses or DNS names) signed by the CA in caPem and
    // caKeyPem, valid from validFromDays to validToDays around the real now (negative values
    // make an expired one, which client tests need). Returns {certificate PEM, key PEM} or
    // empty values when the CA cannot be read.
    static std::pair<QByteArray, QByteArray> issueServer(const QByteArray &caPem,
                                                         const QByteArray &caKeyPem,
                                                         const QStringList &names,
                                                         int validFromDays, int validToDays);
};
