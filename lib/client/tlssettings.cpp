#include "tlssettings.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

#include <openssl/bio.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

namespace ssbtek {

namespace {

// The translation context lupdate files these strings under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TlsSettings)
};

Unexpected<TlsLoadError> fail(TlsLoadError::Kind kind, const QString &message)
{
    return unexpected(TlsLoadError { kind, message });
}

std::optional<QByteArray> readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    return f.readAll();
}

// Qt's import fails alike for a wrong passphrase and for a file OpenSSL 3 cannot decrypt
// without its legacy provider; the MAC check tells them apart (it needs no legacy cipher).
bool pkcs12PassphraseMatches(const QByteArray &der, const QByteArray &passphrase)
{
    const unsigned char *p = reinterpret_cast<const unsigned char *>(der.constData());
    PKCS12 *p12 = d2i_PKCS12(nullptr, &p, der.size());
    if (!p12)
        return false;
    const bool ok = PKCS12_verify_mac(p12, passphrase.constData(), passphrase.size()) == 1;
    PKCS12_free(p12);
    return ok;
}

bool keyMatchesCertificate(const QByteArray &certPem, const QByteArray &keyPem, const QByteArray &passphrase)
{
    BIO *certBio = BIO_new_mem_buf(certPem.constData(), int(certPem.size()));
    BIO *keyBio = BIO_new_mem_buf(keyPem.constData(), int(keyPem.size()));
    X509 *cert = PEM_read_bio_X509(certBio, nullptr, nullptr, nullptr);
    QByteArray pass = passphrase; // OpenSSL wants a mutable, NUL-terminated buffer
    EVP_PKEY *key = PEM_read_bio_PrivateKey(keyBio, nullptr, nullptr, pass.isEmpty() ? nullptr : pass.data());
    const bool matches = cert && key && X509_check_private_key(cert, key) == 1;
    EVP_PKEY_free(key);
    X509_free(cert);
    BIO_free(keyBio);
    BIO_free(certBio);
    return matches;
}

} // namespace

Expected<QSslConfiguration, TlsLoadError> TlsSettings::toSslConfiguration() const
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);

    if (!pkcs12Path.isEmpty()) {
        const auto der = readFile(pkcs12Path);
        if (!der)
            return fail(
                TlsLoadError::Kind::FileUnreadable, Text::tr("The PKCS#12 file cannot be read: %1").arg(pkcs12Path));
        QFile device(pkcs12Path);
        device.open(QIODevice::ReadOnly);
        QSslKey key;
        QSslCertificate certificate;
        QList<QSslCertificate> chain;
        if (!QSslCertificate::importPkcs12(&device, &key, &certificate, &chain, pkcs12Passphrase)) {
            if (pkcs12PassphraseMatches(*der, pkcs12Passphrase)) {
                return fail(TlsLoadError::Kind::LegacyPkcs12,
                    Text::tr("The PKCS#12 file uses old encryption (RC2/3DES) that OpenSSL 3 reads only with its "
                             "legacy provider. Convert it once: openssl pkcs12 -legacy -in OLD.p12 -nodes | "
                             "openssl pkcs12 -export -out NEW.p12"));
            }
            return fail(TlsLoadError::Kind::WrongPassphrase,
                Text::tr("The PKCS#12 file could not be opened: the passphrase is wrong or the file is damaged."));
        }
        config.setLocalCertificate(certificate);
        config.setPrivateKey(key);
        if (!chain.isEmpty())
            config.setLocalCertificateChain(QList<QSslCertificate> { certificate } + chain);
    } else if (!certificatePath.isEmpty()) {
        if (keyPath.isEmpty())
            return fail(
                TlsLoadError::Kind::IncompleteSettings, Text::tr("A PEM certificate needs its private key file too."));
        const auto certPem = readFile(certificatePath);
        if (!certPem)
            return fail(TlsLoadError::Kind::FileUnreadable,
                Text::tr("The certificate file cannot be read: %1").arg(certificatePath));
        const QList<QSslCertificate> certs = QSslCertificate::fromData(*certPem, QSsl::Pem);
        if (certs.isEmpty())
            return fail(TlsLoadError::Kind::BadCertificate, Text::tr("The certificate file holds no PEM certificate."));
        const auto keyPem = readFile(keyPath);
        if (!keyPem)
            return fail(TlsLoadError::Kind::FileUnreadable, Text::tr("The key file cannot be read: %1").arg(keyPath));
        QSslKey key(*keyPem, QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey, keyPassphrase);
        if (key.isNull())
            key = QSslKey(*keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey, keyPassphrase);
        if (key.isNull())
            return fail(TlsLoadError::Kind::BadKey,
                Text::tr("The private key cannot be read: it is not PEM, or its passphrase is wrong."));
        if (!keyMatchesCertificate(*certPem, *keyPem, keyPassphrase))
            return fail(
                TlsLoadError::Kind::KeyDoesNotMatch, Text::tr("The private key does not belong to the certificate."));
        config.setLocalCertificateChain(certs);
        config.setPrivateKey(key);
    }

    if (!caPath.isEmpty()) {
        const auto caPem = readFile(caPath);
        if (!caPem)
            return fail(TlsLoadError::Kind::FileUnreadable, Text::tr("The CA file cannot be read: %1").arg(caPath));
        const QList<QSslCertificate> cas = QSslCertificate::fromData(*caPem, QSsl::Pem);
        if (cas.isEmpty())
            return fail(TlsLoadError::Kind::BadCaBundle, Text::tr("The CA file holds no PEM certificate."));
        config.setCaCertificates(cas);
    }
    // Without a CA file the default configuration's trust stays: the system's CAs, which Qt reads
    // when a handshake needs them. Reading them here (QSslConfiguration::systemCaCertificates())
    // parsed every certificate under /etc/ssl/certs, about 100 ms, on every settings check.
    return config;
}

TlsSettings::FileKind TlsSettings::fileKind(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return FileKind::Unreadable;
    const QByteArray data = file.read(1024 * 1024); // certificates are a few kilobytes
    if (data.contains("-----BEGIN CERTIFICATE-----"))
        return data.contains("PRIVATE KEY-----") ? FileKind::PemWithKey : FileKind::PemCertificate;
    // PKCS#12 is DER: an ASN.1 SEQUENCE (0x30) with a long-form length.
    if (data.size() > 4 && quint8(data[0]) == 0x30 && (quint8(data[1]) & 0x80))
        return FileKind::Pkcs12;
    return FileKind::Unknown;
}

} // namespace ssbtek
