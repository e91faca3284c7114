#pragma once
// The client side of mutual TLS: our certificate and key (PKCS#12, or PEM certificate +
// key) and whom we trust (a CA bundle, or the system's trust store). Hostname checks stay on.

#include "core/expected.h"

#include <QSslConfiguration>
#include <QString>

namespace ssbtek {

struct TlsLoadError
{
    enum class Kind {
        FileUnreadable,
        WrongPassphrase,
        LegacyPkcs12, // RC2/3DES: OpenSSL 3 needs its legacy provider for these
        BadCertificate,
        BadKey,
        KeyDoesNotMatch,
        BadCaBundle,
        IncompleteSettings,
    };
    Kind kind;
    QString message; // for IT staff: what is wrong and what to do
};

struct TlsSettings
{
    QString pkcs12Path;
    QByteArray pkcs12Passphrase;
    QString certificatePath; // PEM
    QString keyPath; // PEM
    QByteArray keyPassphrase;
    QString caPath; // PEM bundle; empty: the system's trust store

    bool hasClientCertificate() const { return !pkcs12Path.isEmpty() || !certificatePath.isEmpty(); }
    // What a certificate file holds, read from its content (not its name): for the settings
    // page's one "Choose certificate…".
    enum class FileKind { Pkcs12, PemWithKey, PemCertificate, Unreadable, Unknown };
    static FileKind fileKind(const QString &path);
    // A configuration for QSslSocket/QNAM: TLS 1.2 or later, peer verification on.
    Expected<QSslConfiguration, TlsLoadError> toSslConfiguration() const;
};

} // namespace ssbtek
