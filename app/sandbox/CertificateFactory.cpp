#include "CertificateFactory.h"

#include "OwnerOnly.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHostAddress>

#include <memory>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace {

template<typename T, void (*Free)(T *)> struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using Key = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using Cert = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;

Key newKey()
{
    return Key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const QByteArray &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData());
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

// An unsigned certificate for subjectKey, named commonName, issued by issuer (itself when
// issuer is null); the caller adds its extensions, then signs. Real time, not the sandbox's --now:
// clients check validity with their own clock.
Cert newCertificate(EVP_PKEY *subjectKey, const QByteArray &commonName, X509 *issuer,
                    int validFromDays, int validToDays)
{
    Cert cert(X509_new());
    X509 *x = cert.get();
    X509_set_version(x, 2);
    std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>> serial(BN_new());
    BN_rand(serial.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY);
    BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(x));
    X509_gmtime_adj(X509_getm_notBefore(x), long(validFromDays) * 86400 - 3600);
    X509_gmtime_adj(X509_getm_notAfter(x), long(validToDays) * 86400);
    X509_set_pubkey(x, subjectKey);
    X509_NAME *name = X509_get_subject_name(x);
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>("Allo Industrie training"),
                               -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(commonName.constData()), -1,
                               -1, 0);
    X509_set_issuer_name(x, issuer ? X509_get_subject_name(issuer) : name);
    if (!addExtension(x, issuer ? issuer : x, NID_subject_key_identifier, "hash") ||
        !addExtension(x, issuer ? issuer : x, NID_authority_key_identifier, "keyid:always"))
        return {};
    return cert;
}

QByteArray pem(X509 *cert)
{
    Bio bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), cert);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, size);
}

QByteArray pem(EVP_PKEY *key)
{
    Bio bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, size);
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    file.remove();
    // Created with its final mode, so a key is never readable by others, not even briefly. The
    // certificates too, like everything in the data folder: ca.pem is given by copying it.
    return file.open(QIODevice::WriteOnly, OwnerOnly::fileMode) &&
           file.write(data) == data.size() && file.setPermissions(OwnerOnly::fileMode);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

std::pair<QByteArray, QByteArray>
CertificateFactory::issueServer(const QByteArray &caPem, const QByteArray &caKeyPem,
                                const QStringList &names, int validFromDays, int validToDays)
{
    Bio caBio(BIO_new_mem_buf(caPem.constData(), int(caPem.size())));
    Cert ca(PEM_read_bio_X509(caBio.get(), nullptr, nullptr, nullptr));
    Bio keyBio(BIO_new_mem_buf(caKeyPem.constData(), int(caKeyPem.size())));
    Key caKey(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
    Key key = newKey();
    if (!ca || !caKey || !key || names.isEmpty())
        return {};
    Cert cert =
        newCertificate(key.get(), names.first().toUtf8(), ca.get(), validFromDays, validToDays);
    QStringList alt;
    for (const QString &n : names)
        alt.append((QHostAddress(n).isNull() ? QLatin1String("DNS:") : QLatin1String("IP:")) + n);
    if (!cert || !addExtension(cert.get(), ca.get(), NID_basic_constraints, "critical,CA:FALSE") ||
        !addExtension(cert.get(), ca.get(), NID_key_usage, "critical,digitalSignature") ||
        !addExtension(cert.get(), ca.get(), NID_ext_key_usage, "serverAuth") ||
        !addExtension(cert.get(), ca.get(), NID_subject_alt_name,
                      alt.join(QLatin1Char(',')).toUtf8()) ||
        X509_sign(cert.get(), caKey.get(), EVP_sha256()) == 0)
        return {};
    return {pem(cert.get()), pem(key.get())};
}

QString CertificateFactory::ensureTrainingCertificates(const QString &dir)
{
    const QDir d(dir);
    const auto path = [&d](const char *name) { return d.filePath(QLatin1String(name)); };
    const auto fail = [&](const QString &file) {
        return QCoreApplication::translate("CertificateFactory",
                                           "Cannot write the training certificate file %1.")
            .arg(file);
    };
    QByteArray caPem = readFile(path(caFile));
    QByteArray caKeyPem = readFile(path(caKeyFile));
    const bool newCa = caPem.isEmpty() || caKeyPem.isEmpty();
    if (newCa) {
        Key caKey = newKey();
        Cert ca = caKey
                      ? newCertificate(caKey.get(), "Allo Industrie training CA", nullptr, 0, 3650)
                      : Cert();
        if (!ca || !addExtension(ca.get(), ca.get(), NID_basic_constraints, "critical,CA:TRUE") ||
            !addExtension(ca.get(), ca.get(), NID_key_usage, "critical,keyCertSign,cRLSign") ||
            X509_sign(ca.get(), caKey.get(), EVP_sha256()) == 0)
            return QCoreApplication::translate("CertificateFactory",
                                               "Cannot make the training certificate authority.");
        caPem = pem(ca.get());
        caKeyPem = pem(caKey.get());
        if (!writeFile(path(caKeyFile), caKeyPem))
            return fail(path(caKeyFile));
        if (!writeFile(path(caFile), caPem))
            return fail(path(caFile));
    }
    if (newCa || !QFile::exists(path(serverFile)) || !QFile::exists(path(serverKeyFile))) {
        const auto [cert, key] = issueServer(
            caPem, caKeyPem, {QStringLiteral("127.0.0.1"), QStringLiteral("localhost")}, 0, 825);
        if (cert.isEmpty())
            return QCoreApplication::translate("CertificateFactory",
                                               "Cannot make the training server certificate.");
        if (!writeFile(path(serverKeyFile), key))
            return fail(path(serverKeyFile));
        if (!writeFile(path(serverFile), cert))
            return fail(path(serverFile));
    }
    return {};
}
