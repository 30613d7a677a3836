#include "TrustedCaPair.h"

#include "CertificateFactory.h"
#include "TestData.h"

#include <QDir>
#include <QFile>

namespace {

// A new CA in dir, and a certificate it issues for this machine's loopback names.
std::pair<QByteArray, QByteArray> issueFromNewCa(const QString &dir, QByteArray *caPem)
{
    if (!QDir().mkpath(dir) || !CertificateFactory::ensureTrainingCertificates(dir).isEmpty())
        qFatal("The test CA could not be made in %s", qPrintable(dir));
    *caPem = TestData::read(dir + QLatin1Char('/') + QLatin1String(CertificateFactory::caFile));
    return CertificateFactory::issueServer(
        *caPem,
        TestData::read(dir + QLatin1Char('/') + QLatin1String(CertificateFactory::caKeyFile)),
        {QStringLiteral("127.0.0.1"), QStringLiteral("localhost")}, -1, 30);
}

} // namespace

TrustedCaPair::TrustedCaPair()
{
    QByteArray platformCaPem;
    QByteArray attackerCaPem;
    const auto [platformPem, platformKeyPem] =
        issueFromNewCa(m_dir.filePath(QStringLiteral("platform-ca")), &platformCaPem);
    const auto [attackerPem, attackerKeyPem] =
        issueFromNewCa(m_dir.filePath(QStringLiteral("other-ca")), &attackerCaPem);
    platformCa = QSslCertificate(platformCaPem, QSsl::Pem);
    platform = QSslCertificate(platformPem, QSsl::Pem);
    platformKey = QSslKey(platformKeyPem, QSsl::Ec, QSsl::Pem);
    attacker = QSslCertificate(attackerPem, QSsl::Pem);
    attackerKey = QSslKey(attackerKeyPem, QSsl::Ec, QSsl::Pem);
    QFile both(bothCasFile());
    if (platform.isNull() || attacker.isNull() || !both.open(QIODevice::WriteOnly) ||
        both.write(platformCaPem + attackerCaPem) <= 0)
        qFatal("The pin-bypass certificates could not be made");
}
