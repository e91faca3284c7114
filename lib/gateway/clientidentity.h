#pragma once
// Who is asking: the caseworker's client certificate, checked against the CAs IT names
// (chain, validity, TLS-client use) and read for the login. The TLS handshake proves the
// caller holds the certificate's key; this decides whether the certificate counts.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QString>

namespace ssbtek::gateway {

struct ClientIdentity
{
    enum class Refusal { None, NoCertificate, Untrusted, NoLogin };
    Refusal refusal = Refusal::None;
    QString login;   // the subject field IT chose; set only when the certificate counts
    QString problem; // for IT, no personal data: why the certificate does not count

    static QString refusalKey(Refusal refusal); // "no-certificate", "untrusted-certificate", "no-login"
};

// `chain`: the peer's certificates, its own first. `at`: the system's time, as TLS uses.
ClientIdentity identify(const QList<QSslCertificate> &chain, const QList<QSslCertificate> &cas,
                        const QByteArray &loginField, const QDateTime &at);

} // namespace ssbtek::gateway
