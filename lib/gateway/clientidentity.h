#pragma once
// Who is asking: the caseworker's client certificate, checked against the CAs IT names
// (chain, validity, TLS-client use) and read for the login. The TLS handshake proves the
// caller holds the certificate's key; this decides whether the certificate counts.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QString>

#include <memory>

namespace ssbtek::gateway {

struct ClientIdentity
{
    enum class Refusal { None, NoCertificate, Untrusted, NoLogin };
    Refusal refusal = Refusal::None;
    QString login; // the subject field IT chose; set only when the certificate counts
    QString problem; // for IT, no personal data: why the certificate does not count

    static QString refusalKey(Refusal refusal); // "no-certificate", "untrusted-certificate", "no-login"
};

// The caseworker CAs, read into OpenSSL's trust store once; identify() may be called from
// every serving thread at once. A chain's verdict is kept for a minute (a desktop sends every
// lookup with the same certificate, and checking it anew is a fifth of the gateway's work); the
// time is checked against the certificates on every call, so none counts past its expiry.
class CaseworkerCertificates
{
public:
    CaseworkerCertificates(const QList<QSslCertificate> &cas, QByteArray loginField);
    ~CaseworkerCertificates();
    CaseworkerCertificates(const CaseworkerCertificates &) = delete;
    CaseworkerCertificates &operator=(const CaseworkerCertificates &) = delete;

    // `chain`: the peer's certificates, its own first. `at`: the system's time, as TLS uses.
    ClientIdentity identify(const QList<QSslCertificate> &chain, const QDateTime &at) const;

    static constexpr int RecheckSeconds = 60;
    static constexpr int MaxRemembered = 4096; // then forgotten all at once, to bound the memory

private:
    QString verify(const QList<QSslCertificate> &chain, const QDateTime &at) const;
    ClientIdentity check(const QList<QSslCertificate> &chain, const QDateTime &at) const;

    struct Store;
    std::unique_ptr<Store> m_store;
    QByteArray m_loginField;
};

} // namespace ssbtek::gateway
