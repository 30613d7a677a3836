#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// A password as the sandbox stores it: PBKDF2-HMAC-SHA256 with a random salt, written as
// "pbkdf2-sha256$<iterations>$<salt>$<hash>" (base64), never the password itself.
class PasswordHash
{
public:
    // Enough to make guessing slow, few enough that the tests' sign-ins stay quick.
    static constexpr int kIterations = 100000;

    static PasswordHash make(const QString &password, int iterations = kIterations);
    static std::optional<PasswordHash> decode(const QString &encoded);

    QString encoded() const;
    // Compared in constant time.
    bool matches(const QString &password) const;

private:
    static QByteArray derive(const QString &password, const QByteArray &salt, int iterations);

    QByteArray m_salt;
    int m_iterations = 0;
    QByteArray m_hash;
};
