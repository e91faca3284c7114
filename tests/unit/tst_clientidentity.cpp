// Who a caseworker's certificate says is asking (ssbtek-gateway): the chain to the caseworker CA,
// the login field, and the remembered verdicts, which must never outlive a certificate's validity.

#include "gateway/clientidentity.h"
#include "testsupport.h"

#include <QFile>
#include <QTest>

using namespace ssbtek;
using namespace ssbtek::gateway;
using namespace Qt::StringLiterals;

class TestClientIdentity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void aCaseworkersCertificateGivesTheLoginOfItsSubject();
    void otherCertificatesAreRefusedWithTheReason();
    void aRememberedVerdictEndsWithTheCertificate();

private:
    static QSslCertificate load(const QString &name)
    {
        const auto list = QSslCertificate::fromPath(test::cert(name));
        return list.isEmpty() ? QSslCertificate() : list.first();
    }
    std::unique_ptr<CaseworkerCertificates> m_caseworkers;
};

void TestClientIdentity::initTestCase()
{
    SSBTEK_REQUIRE(!test::certificates().isEmpty(), u"openssl could not make the test certificates"_s);
    m_caseworkers = std::make_unique<CaseworkerCertificates>(QList { load(u"caseworker-ca.pem"_s) }, "CN");
}

void TestClientIdentity::aCaseworkersCertificateGivesTheLoginOfItsSubject()
{
    const QSslCertificate anna = load(u"anna.pem"_s);
    const QDateTime now = anna.effectiveDate().addDays(1);
    const ClientIdentity id = m_caseworkers->identify({ anna }, now);
    QCOMPARE(id.refusal, ClientIdentity::Refusal::None);
    QCOMPARE(id.login, u"anna"_s);
    // Another field IT may choose: the subject has no e-mail address, so no login.
    CaseworkerCertificates byMail({ load(u"caseworker-ca.pem"_s) }, "emailAddress");
    const ClientIdentity none = byMail.identify({ anna }, now);
    QCOMPARE(none.refusal, ClientIdentity::Refusal::NoLogin);
    QVERIFY(none.login.isEmpty());
}

void TestClientIdentity::otherCertificatesAreRefusedWithTheReason()
{
    const QSslCertificate client = load(u"client.pem"_s); // the organisation's CA, not the caseworkers'
    const ClientIdentity other = m_caseworkers->identify({ client }, client.effectiveDate().addDays(1));
    QCOMPARE(other.refusal, ClientIdentity::Refusal::Untrusted);
    QVERIFY(other.login.isEmpty());
    QVERIFY2(other.problem.contains(u"issuer"), qPrintable(other.problem));
    // The caseworker CA itself, sent as if it were a caseworker's certificate, is not one either.
    const QSslCertificate ca = load(u"caseworker-ca.pem"_s);
    QCOMPARE(
        m_caseworkers->identify({ ca }, ca.effectiveDate().addDays(1)).refusal, ClientIdentity::Refusal::Untrusted);
    QCOMPARE(
        m_caseworkers->identify({}, ca.effectiveDate().addDays(1)).refusal, ClientIdentity::Refusal::NoCertificate);
}

void TestClientIdentity::aRememberedVerdictEndsWithTheCertificate()
{
    const QSslCertificate dora = load(u"dora.pem"_s);
    // Accepted a second before it (or its CA) expires, and remembered …
    const QDateTime end = std::min(dora.expiryDate(), load(u"caseworker-ca.pem"_s).expiryDate());
    const QDateTime lastSecond = end.addSecs(-1);
    QCOMPARE(m_caseworkers->identify({ dora }, lastSecond).login, u"dora"_s);
    QCOMPARE(m_caseworkers->identify({ dora }, lastSecond).login, u"dora"_s);
    // … yet refused a second after, though the first verdict is younger than a minute.
    const ClientIdentity expired = m_caseworkers->identify({ dora }, end.addSecs(1));
    QCOMPARE(expired.refusal, ClientIdentity::Refusal::Untrusted);
    QVERIFY2(expired.problem.contains(u"expired"), qPrintable(expired.problem));
    // A verdict given at one time does not answer for an earlier one (a clock set back):
    // before the certificate's start it does not count.
    QCOMPARE(m_caseworkers->identify({ dora }, dora.effectiveDate().addDays(1)).login, u"dora"_s);
    QCOMPARE(m_caseworkers->identify({ dora }, dora.effectiveDate().addSecs(-10)).refusal,
        ClientIdentity::Refusal::Untrusted);
    // A refusal is remembered no longer than an acceptance: the same chain counts again once valid.
    QCOMPARE(m_caseworkers->identify({ dora }, dora.effectiveDate().addDays(2)).login, u"dora"_s);
}

QTEST_GUILESS_MAIN(TestClientIdentity)
#include "tst_clientidentity.moc"
