#include "clientidentity.h"

#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <QCryptographicHash>
#include <QHash>
#include <QMutex>

#include <memory>

using namespace Qt::StringLiterals;

namespace ssbtek::gateway {

namespace {

struct X509Free
{
    void operator()(X509 *x) const { X509_free(x); }
};
using X509Ptr = std::unique_ptr<X509, X509Free>;

X509Ptr toX509(const QSslCertificate &certificate)
{
    const QByteArray der = certificate.toDer();
    const auto *data = reinterpret_cast<const unsigned char *>(der.constData());
    return X509Ptr(d2i_X509(nullptr, &data, der.size()));
}

} // namespace

QString ClientIdentity::refusalKey(Refusal refusal)
{
    switch (refusal) {
    case Refusal::None:
        return {};
    case Refusal::NoCertificate:
        return u"no-certificate"_s;
    case Refusal::Untrusted:
        return u"untrusted-certificate"_s;
    case Refusal::NoLogin:
        return u"no-login"_s;
    }
    return {};
}

struct CaseworkerCertificates::Store
{
    std::unique_ptr<X509_STORE, decltype(&X509_STORE_free)> trusted { X509_STORE_new(), X509_STORE_free };

    struct Verdict
    {
        ClientIdentity identity;
        QDateTime checkedAt;
        QDateTime validFrom; // the latest notBefore and the earliest notAfter of the chain and the CAs
        QDateTime validTo;
    };
    QMutex mutex;
    QHash<QByteArray, Verdict> remembered; // by the chain's certificates
    // A verdict is remembered only while every CA is valid too (else each call checks anew).
    QDateTime casValidFrom;
    QDateTime casValidTo;
};

CaseworkerCertificates::CaseworkerCertificates(const QList<QSslCertificate> &cas, QByteArray loginField)
    : m_store(std::make_unique<Store>())
    , m_loginField(std::move(loginField))
{
    for (const QSslCertificate &ca : cas) {
        m_store->casValidFrom = m_store->casValidFrom.isValid() ? std::max(m_store->casValidFrom, ca.effectiveDate())
                                                                : ca.effectiveDate();
        m_store->casValidTo
            = m_store->casValidTo.isValid() ? std::min(m_store->casValidTo, ca.expiryDate()) : ca.expiryDate();
        if (X509Ptr x = toX509(ca))
            X509_STORE_add_cert(m_store->trusted.get(), x.get()); // takes its own reference
    }
}

CaseworkerCertificates::~CaseworkerCertificates() = default;

// Empty when `chain` leads to one of the CAs at `at` for a TLS client; else OpenSSL's reason.
QString CaseworkerCertificates::verify(const QList<QSslCertificate> &chain, const QDateTime &at) const
{
    std::unique_ptr<X509_STORE_CTX, decltype(&X509_STORE_CTX_free)> ctx(X509_STORE_CTX_new(), X509_STORE_CTX_free);
    std::unique_ptr<STACK_OF(X509), void (*)(STACK_OF(X509) *)> untrusted(
        sk_X509_new_null(), [](STACK_OF(X509) * s) { sk_X509_pop_free(s, X509_free); });
    if (!m_store->trusted || !ctx || !untrusted)
        return u"out of memory"_s;
    X509Ptr leaf = toX509(chain.first());
    if (!leaf)
        return u"the certificate cannot be read"_s;
    for (qsizetype i = 1; i < chain.size(); ++i) {
        if (X509Ptr x = toX509(chain.at(i)))
            sk_X509_push(untrusted.get(), x.release());
    }
    if (X509_STORE_CTX_init(ctx.get(), m_store->trusted.get(), leaf.get(), untrusted.get()) != 1)
        return u"the check could not start"_s;
    X509_STORE_CTX_set_purpose(ctx.get(), X509_PURPOSE_SSL_CLIENT);
    X509_STORE_CTX_set_time(ctx.get(), 0, time_t(at.toSecsSinceEpoch()));
    if (X509_verify_cert(ctx.get()) == 1)
        return {};
    return QString::fromLatin1(X509_verify_cert_error_string(X509_STORE_CTX_get_error(ctx.get())));
}

ClientIdentity CaseworkerCertificates::identify(const QList<QSslCertificate> &chain, const QDateTime &at) const
{
    if (chain.isEmpty() || chain.first().isNull())
        return check(chain, at);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QDateTime validFrom = m_store->casValidFrom;
    QDateTime validTo = m_store->casValidTo;
    for (const QSslCertificate &c : chain) {
        hash.addData(c.digest(QCryptographicHash::Sha256));
        validFrom = std::max(validFrom, c.effectiveDate());
        validTo = std::min(validTo, c.expiryDate());
    }
    const QByteArray key = hash.result();
    {
        QMutexLocker lock(&m_store->mutex);
        const auto it = m_store->remembered.constFind(key);
        // Only a recent verdict, at a time it was given for: a clock set back, or a certificate
        // outside its validity, is checked anew.
        if (it != m_store->remembered.cend() && at >= it->checkedAt && at < it->checkedAt.addSecs(RecheckSeconds)
            && at >= it->validFrom && at <= it->validTo)
            return it->identity;
    }
    const ClientIdentity id = check(chain, at);
    QMutexLocker lock(&m_store->mutex);
    if (m_store->remembered.size() >= MaxRemembered)
        m_store->remembered.clear();
    m_store->remembered.insert(key, { id, at, validFrom, validTo });
    return id;
}

ClientIdentity CaseworkerCertificates::check(const QList<QSslCertificate> &chain, const QDateTime &at) const
{
    ClientIdentity id;
    if (chain.isEmpty() || chain.first().isNull()) {
        id.refusal = ClientIdentity::Refusal::NoCertificate;
        id.problem = u"no client certificate was presented"_s;
        return id;
    }
    if (const QString why = verify(chain, at); !why.isEmpty()) {
        id.refusal = ClientIdentity::Refusal::Untrusted;
        id.problem = u"the client certificate does not count: "_s + why;
        return id;
    }
    const QStringList values = chain.first().subjectInfo(m_loginField);
    if (values.size() != 1 || values.first().trimmed().isEmpty()) {
        id.refusal = ClientIdentity::Refusal::NoLogin;
        id.problem = u"the client certificate's subject has no single %1"_s.arg(QString::fromLatin1(m_loginField));
        return id;
    }
    id.login = values.first().trimmed();
    return id;
}

} // namespace ssbtek::gateway
