// The client against the simulator over real mutual TLS on 127.0.0.1: success, and each
// failure told apart with its own message.

#include "answer/answerparser.h"
#include "client/ssbtekclient.h"
#include "simulator/answerwriter.h"
#include "simulator/simulatorserver.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QSslServer>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

using namespace ssbtek;
using namespace Qt::StringLiterals;
using K = ClientFailure::Kind;

class TestMutualTls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pingSucceedsOverMutualTls();
    void fetchKeepsTheExactBytesAndSendsEmptySoapAction();
    void pemCertificateAndKeyWorkToo();
    void failuresAreToldApart_data();
    void failuresAreToldApart();
    void serverThatAcceptsButNeverHandshakesTimesOut();
    void aLookupIsSentAtMostOnce_data();
    void aLookupIsSentAtMostOnce();
    void redirectsAreNotFollowed();
    void consecutiveLookupsReuseOneConnection();
    void cancelStopsARunningCall();
    void refusesAnAnswerAboveTheLimitBeforeItIsBufferedWhole();
    void refusesPlainHttpBeyondLoopback();
    void certificateProblemsAreExplainedBeforeSending_data();
    void certificateProblemsAreExplainedBeforeSending();

private:
    struct Server
    {
        QString cert = u"server"_s;
        QString clientCa = u"ca.pem"_s;
        sim::Fault fault = sim::Fault::None;
        QList<ProtocolVersion> versions { ProtocolVersion::latest() };
        bool tls = true;
        QUrl redirectTo;
    };
    std::unique_ptr<sim::SimulatorServer> startServer(const Server &s);
    ClientSettings clientFor(const QUrl &url) const;

    // Runs one call and returns the failure, or nullopt on success.
    template <typename Start>
    std::optional<ClientFailure> run(SsbtekClient &client, Start start, int timeoutMs = 20000);

    sim::PersonCatalogue m_catalogue;
    Query m_query;
};

void TestMutualTls::initTestCase()
{
    test::fixClock();
    SSBTEK_REQUIRE(!test::certificates().isEmpty(), u"openssl could not make the test certificates"_s);
    m_catalogue = *sim::PersonCatalogue::load();
    m_query.person = *Personnummer::parse(u"198504129829");
    m_query.period = { QDate(2026, 1, 1), QDate(2026, 6, 30) };
    m_query.purpose = u"Test"_s;
    m_query.legalBasis = u"Test"_s;
    m_query.organisationNumber = u"555000-0003"_s;
    m_query.organisationName = u"Testkommunen"_s;
    m_query.caseworker = u"tester"_s;
    m_query.lefi = LefiQuery::standard(u"000-00"_s);
}

std::unique_ptr<sim::SimulatorServer> TestMutualTls::startServer(const Server &s)
{
    sim::SimulatorOptions options;
    options.versions = s.versions;
    options.fault = s.fault;
    options.redirectTo = s.redirectTo;
    const auto ssl = sim::SimulatorOptions::serverSsl(
        test::cert(s.cert + u".pem"_s), test::cert(s.cert + u".key"_s), test::cert(s.clientCa));
    if (!ssl)
        qFatal("server TLS: %s", qPrintable(ssl.error()));
    options.tls = s.tls;
    options.ssl = *ssl;
    auto server = std::make_unique<sim::SimulatorServer>(options, m_catalogue);
    if (const auto started = server->start(); !started)
        qFatal("listen: %s", qPrintable(started.error()));
    return server;
}

ClientSettings TestMutualTls::clientFor(const QUrl &url) const
{
    ClientSettings c;
    c.endpoint = url;
    c.tls.pkcs12Path = test::cert(u"client.p12"_s);
    c.tls.pkcs12Passphrase = "test-only";
    c.tls.caPath = test::cert(u"ca.pem"_s);
    c.connectTimeoutMs = 5000;
    c.answerTimeoutMs = 10000;
    return c;
}

template <typename Start>
std::optional<ClientFailure> TestMutualTls::run(SsbtekClient &client, Start start, int timeoutMs)
{
    QSignalSpy failed(&client, &SsbtekClient::failed);
    QSignalSpy tested(&client, &SsbtekClient::tested);
    QSignalSpy fetched(&client, &SsbtekClient::fetched);
    start();
    [&] { QTRY_VERIFY_WITH_TIMEOUT(failed.size() + tested.size() + fetched.size() == 1, timeoutMs); }();
    if (failed.isEmpty())
        return std::nullopt;
    return failed.first().first().value<ClientFailure>();
}

void TestMutualTls::pingSucceedsOverMutualTls()
{
    const auto server = startServer({});
    SsbtekClient client(clientFor(server->url()));
    QSignalSpy tested(&client, &SsbtekClient::tested);
    const auto failure = run(client, [&] { client.test(); });
    QVERIFY2(!failure, failure ? qPrintable(failure->message()) : "");
    const TestAnswer answer = tested.first().first().value<TestAnswer>();
    for (Agency a : AllAgencies)
        QCOMPARE(answer.result(a).state, AgencyTestResult::State::Called);
    QCOMPARE(server->lastRequest().operation, u"testaBastjanstInformation"_s);
}

void TestMutualTls::fetchKeepsTheExactBytesAndSendsEmptySoapAction()
{
    const auto server = startServer({});
    SsbtekClient client(clientFor(server->url()));
    QSignalSpy fetched(&client, &SsbtekClient::fetched);
    const auto failure = run(client, [&] { client.fetch(m_query); });
    QVERIFY2(!failure, failure ? qPrintable(failure->message()) : "");
    const RawAnswer raw = fetched.first().first().value<RawAnswer>();
    const sim::SimRequest request = server->lastRequest();
    // SSBTEK expects SOAPAction: "" (an empty, quoted value).
    QCOMPARE(request.headers.value("soapaction"), QByteArray("\"\""));
    QCOMPARE(request.caseId, raw.caseId);
    QCOMPARE(request.personnummer, u"198504129829"_s);
    // The bytes kept are exactly those the server wrote (KDSoap's reply hook, pinned here).
    const QByteArray expected = sim::answerwriter::fetchAnswer(
        request, m_catalogue.find(request.personnummer), ProtocolVersion::latest(), server->today());
    QCOMPARE(raw.soap, expected);
    QCOMPARE(raw.httpStatus, 200);
    QVERIFY(!raw.serverCertificate.isNull());
    const auto answer = AnswerParser::parse(raw.soap, raw.version, m_query.agencies);
    QVERIFY(answer.hasValue());
    QCOMPARE(answer->correlationId, raw.correlationId);
    QCOMPARE(answer->outcome(Agency::TNS).state, AgencyOutcome::State::Data);
}

void TestMutualTls::pemCertificateAndKeyWorkToo()
{
    const auto server = startServer({});
    ClientSettings c = clientFor(server->url());
    c.tls.pkcs12Path.clear();
    c.tls.certificatePath = test::cert(u"client.pem"_s);
    c.tls.keyPath = test::cert(u"client.key"_s);
    SsbtekClient client(c);
    const auto failure = run(client, [&] { client.test(); });
    QVERIFY2(!failure, failure ? qPrintable(failure->message()) : "");
}

void TestMutualTls::failuresAreToldApart_data()
{
    QTest::addColumn<QString>("serverCert");
    QTest::addColumn<int>("fault");
    QTest::addColumn<QString>("clientSetup");
    QTest::addColumn<ssbtek::ClientFailure::Kind>("kind");
    QTest::newRow("untrusted server certificate") << "untrusted" << int(sim::Fault::None) << "" << K::TlsUntrusted;
    // No CA file: the system's CAs are trusted, and the test CA is none of them.
    QTest::newRow("no CA file: the system's trust")
        << "server" << int(sim::Fault::None) << "system-cas" << K::TlsUntrusted;
    QTest::newRow("expired server certificate") << "expired" << int(sim::Fault::None) << "" << K::TlsExpired;
    QTest::newRow("wrong host name") << "wronghost" << int(sim::Fault::None) << "" << K::TlsHostMismatch;
    QTest::newRow("no client certificate")
        << "server" << int(sim::Fault::None) << "no-client-cert" << K::ClientCertificateRejected;
    QTest::newRow("client certificate from another CA")
        << "server" << int(sim::Fault::None) << "other-client" << K::ClientCertificateRejected;
    QTest::newRow("server not listening") << "server" << int(sim::Fault::None) << "closed-port" << K::ConnectionRefused;
    QTest::newRow("server never answers") << "server" << int(sim::Fault::Silent) << "short-timeout" << K::Timeout;
    QTest::newRow("SOAP fault: other version") << "server" << int(sim::Fault::None) << "v10" << K::SoapFault;
    QTest::newRow("HTTP 500 with HTML") << "server" << int(sim::Fault::Http500Html) << "" << K::HttpStatus;
    QTest::newRow("HTTP 200, empty body") << "server" << int(sim::Fault::EmptyBody) << "" << K::EmptyAnswer;
    QTest::newRow("closed mid-answer") << "server" << int(sim::Fault::CloseMidAnswer) << "" << K::ConnectionClosed;
}

void TestMutualTls::failuresAreToldApart()
{
    QFETCH(QString, serverCert);
    QFETCH(int, fault);
    QFETCH(QString, clientSetup);
    QFETCH(ssbtek::ClientFailure::Kind, kind);

    Server s;
    s.cert = serverCert;
    s.fault = sim::Fault(fault);
    auto server = startServer(s);
    ClientSettings c = clientFor(server->url());
    if (clientSetup == u"no-client-cert") {
        c.tls.pkcs12Path.clear();
    } else if (clientSetup == u"other-client") {
        c.tls.pkcs12Path.clear();
        c.tls.certificatePath = test::cert(u"other-client.pem"_s);
        c.tls.keyPath = test::cert(u"other-client.key"_s);
    } else if (clientSetup == u"system-cas") {
        c.tls.caPath.clear();
    } else if (clientSetup == u"closed-port") {
        server.reset(); // the port is free again: nothing listens
    } else if (clientSetup == u"short-timeout") {
        c.answerTimeoutMs = 1500;
    } else if (clientSetup == u"v10") {
        c.version = *ProtocolVersion::byNumber(10);
    }
    SsbtekClient client(c);
    const auto failure = run(client, [&] { client.fetch(m_query); });
    QVERIFY2(failure.has_value(), "the call should have failed");
    QVERIFY2(failure->kind == kind, qPrintable(u"got %1: %2"_s.arg(failure->key(), failure->message())));
    QVERIFY(!failure->message().isEmpty());
    if (kind == K::SoapFault) {
        QCOMPARE(failure->fault.errorMessages, QStringList({ u"Internal error"_s }));
        QVERIFY(!failure->fault.errorCode.isEmpty());
    }
    if (kind == K::HttpStatus)
        QCOMPARE(failure->httpStatus, 500);
}

void TestMutualTls::aLookupIsSentAtMostOnce_data()
{
    QTest::addColumn<bool>("tls");
    QTest::newRow("mutual TLS") << true;
    QTest::newRow("plain HTTP") << false;
}

void TestMutualTls::aLookupIsSentAtMostOnce()
{
    // The service reads the whole lookup and closes without a word. Qt re-sends such a POST
    // on its own (KDSoap's transport did: the service saw it twice); ours must not.
    QFETCH(bool, tls);
    Server s;
    s.fault = sim::Fault::CloseAfterRequest;
    s.tls = tls;
    const auto server = startServer(s);
    SsbtekClient client(clientFor(server->url()));
    const auto failure = run(client, [&] { client.fetch(m_query); });
    QVERIFY(failure.has_value());
    QVERIFY2(failure->kind == (tls ? K::ClientCertificateRejected : K::ConnectionClosed), qPrintable(failure->key()));
    QVERIFY(failure->requestSent); // it may have been received: said so
    QVERIFY(failure->message().contains(u"not sent again"));
    QTest::qWait(300); // a second POST, were there one, would arrive now
    QCOMPARE(server->requestCount(), 1);
}

void TestMutualTls::redirectsAreNotFollowed()
{
    // A redirect to another server (which would answer) is an HTTP status, not a new request.
    const auto elsewhere = startServer({});
    Server s;
    s.fault = sim::Fault::Redirect;
    s.redirectTo = elsewhere->url();
    const auto server = startServer(s);
    SsbtekClient client(clientFor(server->url()));
    const auto failure = run(client, [&] { client.fetch(m_query); });
    QVERIFY(failure.has_value());
    QCOMPARE(failure->kind, K::HttpStatus);
    QCOMPARE(failure->httpStatus, 302);
    QCOMPARE(server->requestCount(), 1);
    QCOMPARE(elsewhere->requestCount(), 0);
}

void TestMutualTls::consecutiveLookupsReuseOneConnection()
{
    // One client, several lookups: one TCP connection and one TLS handshake for all of them.
    const auto server = startServer({});
    SsbtekClient client(clientFor(server->url()));
    for (int i = 0; i < 3; ++i) {
        const auto failure = run(client, [&] { client.fetch(m_query); });
        QVERIFY2(!failure, failure ? qPrintable(failure->message()) : "");
    }
    QCOMPARE(server->requestCount(), 3);
    QCOMPARE(server->connectionCount(), 1);
}

void TestMutualTls::serverThatAcceptsButNeverHandshakesTimesOut()
{
    QTcpServer mute; // accepts TCP, never speaks TLS
    QVERIFY(mute.listen(QHostAddress::LocalHost));
    ClientSettings c = clientFor(QUrl(u"https://127.0.0.1:%1/ssbtek"_s.arg(mute.serverPort())));
    c.connectTimeoutMs = 1000;
    SsbtekClient client(c);
    const auto failure = run(client, [&] { client.test(); });
    QVERIFY(failure.has_value());
    QCOMPARE(failure->kind, K::Timeout);
}

void TestMutualTls::cancelStopsARunningCall()
{
    Server s;
    s.fault = sim::Fault::Silent;
    const auto server = startServer(s);
    SsbtekClient client(clientFor(server->url()));
    const auto failure = run(client, [&] {
        client.fetch(m_query);
        QVERIFY(client.isBusy());
        QTimer::singleShot(300, &client, &SsbtekClient::cancel);
    });
    QVERIFY(failure.has_value());
    QCOMPARE(failure->kind, K::Cancelled);
    QVERIFY(!client.isBusy());
}

void TestMutualTls::refusesAnAnswerAboveTheLimitBeforeItIsBufferedWhole()
{
    const auto server = startServer({});
    ClientSettings c = clientFor(server->url());
    // The medium test person's answer (two years of daily payments) is about 450 KB; the
    // large one's 11 MB took the simulator longer than the answer timeout under ASan on a
    // busy machine.
    c.maxAnswerBytes = 256 * 1024;
    SsbtekClient client(c);
    QSignalSpy receiving(&client, &SsbtekClient::receiving);
    Query q = m_query;
    q.person = *Personnummer::parse(u"199404049844");
    const auto failure = run(client, [&] { client.fetch(q); });
    QVERIFY(failure.has_value());
    QCOMPARE(failure->kind, K::AnswerTooLarge);
    QVERIFY2(failure->message().contains(u"256.00 KiB"), qPrintable(failure->message())); // the limit, as set
    // Stopped from the headers or while streaming: never more than the limit was taken in.
    for (const QList<QVariant> &progress : receiving)
        QVERIFY(progress.at(0).toLongLong() <= c.maxAnswerBytes);
}

void TestMutualTls::refusesPlainHttpBeyondLoopback()
{
    ClientSettings c;
    c.endpoint = QUrl(u"http://192.0.2.10/ssbtek"_s); // never contacted: refused before sending
    QCOMPARE(SsbtekClient::checkSettings(c)->kind, K::InsecureUrl);
    c.endpoint = QUrl(u"http://127.0.0.1:1/ssbtek"_s);
    QVERIFY(!SsbtekClient::checkSettings(c).has_value());
    c.endpoint = QUrl(u"ftp://127.0.0.1/"_s);
    QCOMPARE(SsbtekClient::checkSettings(c)->kind, K::Configuration);
}

void TestMutualTls::certificateProblemsAreExplainedBeforeSending_data()
{
    QTest::addColumn<QString>("p12");
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<int>("kind");
    QTest::newRow("wrong passphrase") << "client.p12" << QByteArray("wrong")
                                      << int(TlsLoadError::Kind::WrongPassphrase);
    QTest::newRow("legacy PKCS#12") << "client-legacy.p12" << QByteArray("test-only")
                                    << int(TlsLoadError::Kind::LegacyPkcs12);
    QTest::newRow("missing file") << "nope.p12" << QByteArray() << int(TlsLoadError::Kind::FileUnreadable);
}

void TestMutualTls::certificateProblemsAreExplainedBeforeSending()
{
    QFETCH(QString, p12);
    QFETCH(QByteArray, passphrase);
    QFETCH(int, kind);
    TlsSettings tls;
    tls.pkcs12Path = test::cert(p12);
    tls.pkcs12Passphrase = passphrase;
    const auto loaded = tls.toSslConfiguration();
    QVERIFY(!loaded.hasValue());
    QCOMPARE(int(loaded.error().kind), kind);
    QVERIFY(!loaded.error().message.isEmpty());
    // The client refuses to start with them, with the same explanation.
    ClientSettings c;
    c.endpoint = QUrl(u"https://127.0.0.1:1/"_s);
    c.tls = tls;
    const auto problem = SsbtekClient::checkSettings(c);
    QVERIFY(problem.has_value());
    QCOMPARE(problem->kind, K::Configuration);
    QVERIFY(problem->message().contains(loaded.error().message));
}

QTEST_GUILESS_MAIN(TestMutualTls)
#include "tst_mtls.moc"
