#include "PasswordHash.h"

#include <QStringList>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

PasswordHash PasswordHash::make(const QString &password, int iterations)
{
    PasswordHash h;
    h.m_salt.resize(16);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(h.m_salt.data()), int(h.m_salt.size())) != 1)
        qFatal("No random bytes for a password salt");
    h.m_iterations = iterations;
    h.m_hash = derive(password, h.m_salt, iterations);
    return h;
}

std::optional<PasswordHash> PasswordHash::decode(const QString &encoded)
{
    const QStringList parts = encoded.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != QLatin1String("pbkdf2-sha256"))
        return std::nullopt;
    PasswordHash h;
    bool ok = false;
    h.m_iterations = parts.at(1).toInt(&ok);
    h.m_salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    h.m_hash = QByteArray::fromBase64(parts.at(3).toLatin1());
    if (!ok || h.m_iterations < 1 || h.m_salt.isEmpty() || h.m_hash.size() != 32)
        return std::nullopt;
    return h;
}

QString PasswordHash::encoded() const
{
    return QStringLiteral("pbkdf2-sha256$%1$%2$%3")
        .arg(QString::number(m_iterations), QString::fromLatin1(m_salt.toBase64()),
             QString::fromLatin1(m_hash.toBase64()));
}

bool PasswordHash::matches(const QString &password) const
{
    const QByteArray candidate = derive(password, m_salt, m_iterations);
    return candidate.size() == m_hash.size() &&
           CRYPTO_memcmp(candidate.constData(), m_hash.constData(), size_t(m_hash.size())) == 0;
}

QByteArray PasswordHash::derive(const QString &password, const QByteArray &salt, int iterations)
{
    const QByteArray utf8 = password.toUtf8();
    QByteArray out(32, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(utf8.constData(), int(utf8.size()),
                          reinterpret_cast<const unsigned char *>(salt.constData()),
                          int(salt.size()), iterations, EVP_sha256(), int(out.size()),
                          reinterpret_cast<unsigned char *>(out.data())) != 1)
        qFatal("PBKDF2 failed");
    return out;
}
