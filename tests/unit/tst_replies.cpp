#include "answer/answerparser.h"
#include "client/replyclassifier.h"
#include "client/soapenvelope.h"
#include "client/testanswer.h"

#include <QNetworkReply>
#include <QTest>

using namespace ssbtek;
using namespace Qt::StringLiterals;
using K = ClientFailure::Kind;

Q_DECLARE_METATYPE(ssbtek::ClientFailure::Kind)

namespace {

const QByteArray V11 = "http://schema.forsakringskassan.se/integration/ssbt/11";

QByteArray envelope(const QByteArray &body)
{
    return "<?xml version=\"1.0\"?><s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>" + body
        + "</s:Body></s:Envelope>";
}

QByteArray okAnswer(const QByteArray &svarsdata, const QByteArray &ns = V11)
{
    return envelope("<a:hamtaBastjanstInformationResponse xmlns:a=\"" + ns
        + "\"><a:korrelationsid>c-1</a:korrelationsid><a:svarsdata>" + svarsdata
        + "</a:svarsdata></a:hamtaBastjanstInformationResponse>");
}

const QByteArray Fault
    = envelope("<s:Fault><faultcode>s:Server</faultcode><faultstring>Internal error</faultstring><detail>"
               "<b:hamtaBastjanstInformationFault xmlns:b=\""
        + V11
        + "\"><b:felkod>F-1</b:felkod>"
          "<b:felmeddelande>first</b:felmeddelande><b:felmeddelande>second</b:felmeddelande>"
          "</b:hamtaBastjanstInformationFault></detail></s:Fault>");

} // namespace

class TestReplies : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classifiesEachFailure_data();
    void classifiesEachFailure();
    void acceptsTheExpectedResponse();
    void readsSoapFaultDetail();
    void envelopeReadPastItsFirstPiece();
    void everyFailureHasAMessageAndKey();
    void parsesTheTestOperationAnswer();
    void parsesAgencyStatesAndErrors();
    void absentAgencyIsNotSuccess();
    void malformedAnswersAreErrorValues_data();
    void malformedAnswersAreErrorValues();
};

void TestReplies::classifiesEachFailure_data()
{
    QTest::addColumn<int>("networkError");
    QTest::addColumn<int>("http");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("https");
    QTest::addColumn<QList<QSslError::SslError>>("ssl");
    QTest::addColumn<ssbtek::ClientFailure::Kind>("kind");
    using E = QNetworkReply::NetworkError;
    const QList<QSslError::SslError> none;
    QTest::newRow("refused") << int(E::ConnectionRefusedError) << 0 << QByteArray() << true << none
                             << K::ConnectionRefused;
    QTest::newRow("unknown host") << int(E::HostNotFoundError) << 0 << QByteArray() << true << none << K::HostNotFound;
    QTest::newRow("untrusted") << int(E::SslHandshakeFailedError) << 0 << QByteArray() << true
                               << QList { QSslError::UnableToGetLocalIssuerCertificate,
                                      QSslError::CertificateUntrusted }
                               << K::TlsUntrusted;
    QTest::newRow("expired") << int(E::SslHandshakeFailedError) << 0 << QByteArray() << true
                             << QList { QSslError::CertificateExpired } << K::TlsExpired;
    QTest::newRow("wrong host") << int(E::SslHandshakeFailedError) << 0 << QByteArray() << true
                                << QList { QSslError::HostNameMismatch } << K::TlsHostMismatch;
    QTest::newRow("closed, TLS, nothing said")
        << int(E::RemoteHostClosedError) << 0 << QByteArray() << true << none << K::ClientCertificateRejected;
    QTest::newRow("closed mid-answer") << int(E::RemoteHostClosedError) << 200 << okAnswer("").left(40) << true << none
                                       << K::ConnectionClosed;
    QTest::newRow("timeout") << int(E::TimeoutError) << 0 << QByteArray() << true << none << K::Timeout;
    QTest::newRow("SOAP fault") << int(E::InternalServerError) << 500 << Fault << true << none << K::SoapFault;
    QTest::newRow("HTML 500") << int(E::InternalServerError) << 500 << QByteArray("<html><body>oops</body></html>")
                              << true << none << K::HttpStatus;
    QTest::newRow("502 empty") << int(E::UnknownServerError) << 502 << QByteArray() << true << none << K::HttpStatus;
    QTest::newRow("200 empty") << 0 << 200 << QByteArray() << true << none << K::EmptyAnswer;
    QTest::newRow("200 not XML") << 0 << 200 << QByteArray("hello") << true << none << K::NotSoap;
    QTest::newRow("other version") << 0 << 200 << okAnswer("", "http://schema.forsakringskassan.se/integration/ssbt/10")
                                   << true << none << K::WrongVersion;
}

void TestReplies::classifiesEachFailure()
{
    QFETCH(int, networkError);
    QFETCH(int, http);
    QFETCH(QByteArray, body);
    QFETCH(bool, https);
    QFETCH(QList<QSslError::SslError>, ssl);
    QFETCH(ssbtek::ClientFailure::Kind, kind);
    ReplyObservation o;
    o.networkError = networkError;
    o.httpStatus = http;
    o.body = body;
    o.https = https;
    o.sslErrors = ssl;
    const auto f = classifyReply(o, *ProtocolVersion::byNumber(11), u"hamtaBastjanstInformationResponse");
    QVERIFY(f.has_value());
    QCOMPARE(f->kind, kind);
}

void TestReplies::acceptsTheExpectedResponse()
{
    ReplyObservation o;
    o.httpStatus = 200;
    o.body = okAnswer("");
    QVERIFY(!classifyReply(o, *ProtocolVersion::byNumber(11), u"hamtaBastjanstInformationResponse").has_value());
    // The same bytes are not the answer to the test operation.
    QCOMPARE(classifyReply(o, *ProtocolVersion::byNumber(11), u"testaBastjanstInformationResponse")->kind, K::NotSoap);
}

void TestReplies::readsSoapFaultDetail()
{
    ReplyObservation o;
    o.httpStatus = 500;
    o.body = Fault;
    const auto f = classifyReply(o, *ProtocolVersion::byNumber(11), u"hamtaBastjanstInformationResponse");
    QCOMPARE(f->fault.errorCode, u"F-1"_s);
    QCOMPARE(f->fault.errorMessages, QStringList({ u"first"_s, u"second"_s }));
    QCOMPARE(f->fault.faultString, u"Internal error"_s);
    QVERIFY(f->message().contains(u"F-1"));
    QVERIFY(f->message().contains(u"second"));
}

// The envelope is read a piece (16 KB) at a time: what decides its kind may lie further in —
// after a large header, long white space, or a character split across two pieces.
void TestReplies::envelopeReadPastItsFirstPiece()
{
    const QByteArray head = "<?xml version=\"1.0\"?><s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\">";
    const QByteArray bigHeader
        = "<s:Header><h:Note xmlns:h=\"urn:x\">" + QByteArray(40000, 'x') + "</h:Note></s:Header>";
    const QByteArray body
        = "<s:Body><a:hamtaBastjanstInformationResponse xmlns:a=\"" + V11 + "\"/></s:Body></s:Envelope>";
    for (const QByteArray &doc : { head + bigHeader + body, head + QByteArray(50000, ' ') + body }) {
        const EnvelopeSummary e = summarizeEnvelope(doc);
        QCOMPARE(e.kind, EnvelopeSummary::Kind::Body);
        QCOMPARE(e.bodyName, u"hamtaBastjanstInformationResponse"_s);
        QCOMPARE(e.bodyNamespace, QString::fromLatin1(V11));
    }
    // A fault after the large header, its text with a two-byte character across pieces.
    QByteArray faultDoc = head + bigHeader + "<s:Body><s:Fault><faultcode>s:Server</faultcode><faultstring>";
    faultDoc
        += QByteArray(3 * 16384 - 1 - faultDoc.size(), 'y') + "\xc3\xa5</faultstring></s:Fault></s:Body></s:Envelope>";
    const EnvelopeSummary f = summarizeEnvelope(faultDoc);
    QCOMPARE(f.kind, EnvelopeSummary::Kind::Fault);
    QVERIFY(f.fault.faultString.endsWith(u"yå"));
    // A document cut short before its body, and one that is not XML past the first piece.
    QCOMPARE(summarizeEnvelope(head + QByteArray(40000, ' ')).kind, EnvelopeSummary::Kind::NotSoap);
    const EnvelopeSummary broken = summarizeEnvelope(head + QByteArray(40000, ' ') + "<s:Body><<");
    QCOMPARE(broken.kind, EnvelopeSummary::Kind::NotSoap);
    QVERIFY(broken.problem.startsWith(u"XML error"));
}

void TestReplies::everyFailureHasAMessageAndKey()
{
    QSet<QString> keys;
    for (int k = int(K::InvalidRequest); k <= int(K::Network); ++k) {
        ClientFailure f;
        f.kind = K(k);
        QVERIFY(!f.message().isEmpty());
        keys.insert(f.key());
    }
    QCOMPARE(keys.size(), int(K::Network) + 1);
}

void TestReplies::parsesTheTestOperationAnswer()
{
    const QByteArray xml = envelope("<t:testaBastjanstInformationResponse xmlns:t=\"" + V11
        + "\">"
          "<t:AF><t:anropad>true</t:anropad></t:AF>"
          "<t:FK><t:anropad>true</t:anropad><t:error><t:kalla>BT</t:kalla><t:felkod>LEFI-VERSION</t:felkod>"
          "<t:felmeddelande>Angiven version stöds inte</t:felmeddelande></t:error></t:FK>"
          "<t:SO><t:anropad>false</t:anropad></t:SO><t:Unknown/></t:testaBastjanstInformationResponse>");
    const auto answer = TestAnswer::parse(xml, *ProtocolVersion::byNumber(11));
    QVERIFY(answer.hasValue());
    QCOMPARE(answer->result(Agency::AF).state, AgencyTestResult::State::Called);
    QCOMPARE(answer->result(Agency::SO).state, AgencyTestResult::State::NotCalled);
    QCOMPARE(answer->result(Agency::MIV).state, AgencyTestResult::State::NotTested);
    QCOMPARE(answer->result(Agency::FK).state, AgencyTestResult::State::Error);
    QCOMPARE(answer->result(Agency::FK).error.source, AgencyError::Source::Agency);
    QCOMPARE(answer->result(Agency::FK).error.code, u"LEFI-VERSION"_s);
    QVERIFY(!TestAnswer::parse(xml, *ProtocolVersion::byNumber(10)).hasValue());
}

void TestReplies::parsesAgencyStatesAndErrors()
{
    const QByteArray xml = okAnswer("<a:AF><a:data><x:Svar xmlns:x=\"urn:af\"/></a:data></a:AF>"
                                    "<a:CSN><a:error><a:kalla>SSBT</a:kalla><a:felkod>-1005</a:felkod>"
                                    "<a:felmeddelande>Inparametrar bryter mot specifikation/kontrakt</a:felmeddelande>"
                                    "<a:felmeddelande>second line</a:felmeddelande></a:error></a:CSN><a:NEWAGENCY/>");
    const auto answer
        = AnswerParser::parse(xml, *ProtocolVersion::byNumber(11), { Agency::AF, Agency::CSN, Agency::TNS });
    QVERIFY(answer.hasValue());
    QCOMPARE(answer->correlationId, u"c-1"_s);
    QCOMPARE(answer->outcome(Agency::AF).state, AgencyOutcome::State::Data);
    QCOMPARE(answer->outcome(Agency::CSN).state, AgencyOutcome::State::Error);
    QCOMPARE(answer->outcome(Agency::CSN).error.source, AgencyError::Source::Ssbtek);
    QCOMPARE(answer->outcome(Agency::CSN).error.code, u"-1005"_s);
    QCOMPARE(answer->outcome(Agency::CSN).error.messages.size(), 2);
    QCOMPARE(answer->outcome(Agency::TNS).state, AgencyOutcome::State::Absent);
    QCOMPARE(answer->outcome(Agency::MIV).state, AgencyOutcome::State::NotAsked);
}

void TestReplies::absentAgencyIsNotSuccess()
{
    const auto answer = AnswerParser::parse(
        okAnswer("<a:AF><a:data/></a:AF>"), *ProtocolVersion::byNumber(11), { Agency::AF, Agency::MIV });
    QVERIFY(answer.hasValue());
    QVERIFY(!answer->complete());
    const auto all = AnswerParser::parse(
        okAnswer("<a:AF><a:data><x xmlns=\"urn:x\"/></a:data></a:AF>"), *ProtocolVersion::byNumber(11), { Agency::AF });
    QVERIFY(all->complete());
}

void TestReplies::malformedAnswersAreErrorValues_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray good = okAnswer("<a:AF><a:data><x xmlns=\"urn:x\"/></a:data></a:AF>");
    QTest::newRow("truncated") << good.left(good.size() - 30);
    QTest::newRow("wrong namespace") << okAnswer("", "urn:other");
    QTest::newRow("not XML") << QByteArray("\x01\x02garbage");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("no response element") << envelope("<x:other xmlns:x=\"urn:x\"/>");
}

void TestReplies::malformedAnswersAreErrorValues()
{
    QFETCH(QByteArray, bytes);
    const auto answer = AnswerParser::parse(bytes, *ProtocolVersion::byNumber(11), AgencySet::all());
    QVERIFY(!answer.hasValue());
    QVERIFY(!answer.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestReplies)
#include "tst_replies.moc"
