// The simulator as the product's test environment: every catalogue person answers as the
// catalogue documents, in both versions, with answers valid against the official schema;
// requests are checked as strictly as the real service does; it holds up under load.

#include "answer/answerparser.h"
#include "client/requestbuilder.h"
#include "client/ssbtekclient.h"
#include "core/personnummer.h"
#include "lookup/household.h"
#include "simulator/simulatorserver.h"
#include "store/storethread.h"
#include "testsupport.h"
#include "xsd/xsdvalidator.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ssbtek;
using namespace Qt::StringLiterals;
using State = AgencyOutcome::State;

namespace {

}

class TestSimulator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void catalogueNumbersAreValidAndUnique();
    void eachPersonAnswersAsDocumented_data();
    void eachPersonAnswersAsDocumented();
    void answersOnlyTheAgenciesAsked();
    void aCataloguePersonChangesFromTheSecondFetch();
    void aHouseholdRunsAtMostTheConfiguredCallsAtOnce();
    void aCancelledHouseholdSendsNoMore();
    void caseIdOf32CharactersFailsCsnOnly();
    void refusesRequestsOutOfSchemaOrder_data();
    void refusesRequestsOutOfSchemaOrder();
    void v11WithSkvButNoSkvQueryIsAnInternalError();
    void testOperationReportsPerAgency();
    void serves200QueriesFrom4ConcurrentClients();
    void aLookupIsOnRecordBeforeItIsSentOrNotSentAtAll();
    void aSessionClosedMidCallRecordsTheCancellation();
    void aLookupCancelledWhileItsRecordIsWrittenIsNeverSent();

private:
    std::unique_ptr<sim::SimulatorServer> server(
        const QList<ProtocolVersion> &versions, bool tls = false, const QJsonObject &pingErrors = {}, int delayMs = 0);
    Query query(const QString &personnummer) const;
    struct Outcome
    {
        std::optional<RawAnswer> raw;
        std::optional<ClientFailure> failure;
        qint64 ms = 0;
    };
    Outcome fetch(const ClientSettings &settings, const Query &q);
    // A store in `dir`, and rules that let the test queries through (checked in full elsewhere).
    static std::unique_ptr<store::Store> openStore(const QTemporaryDir &dir);
    // Where the sessions write their records: the store's thread, over a connection of its own.
    static std::unique_ptr<store::StoreThread> recorderFor(const store::Store &store);
    AccessPolicy openPolicy() const;
    QPair<int, QByteArray> post(const QUrl &url, const QByteArray &body);

    sim::PersonCatalogue m_catalogue;
};

void TestSimulator::initTestCase()
{
    test::fixClock();
    m_catalogue = *sim::PersonCatalogue::load();
}

std::unique_ptr<sim::SimulatorServer> TestSimulator::server(
    const QList<ProtocolVersion> &versions, bool tls, const QJsonObject &pingErrors, int delayMs)
{
    sim::SimulatorOptions o;
    o.delayMs = delayMs;
    o.versions = versions;
    o.today = test::today();
    o.contractDir = test::contractDir();
    o.pingErrors = pingErrors;
    if (tls) {
        o.tls = true;
        o.ssl = *sim::SimulatorOptions::serverSsl(
            test::cert(u"server.pem"_s), test::cert(u"server.key"_s), test::cert(u"ca.pem"_s));
    }
    auto s = std::make_unique<sim::SimulatorServer>(o, m_catalogue);
    if (!s->start().hasValue())
        qFatal("simulator did not start");
    return s;
}

Query TestSimulator::query(const QString &personnummer) const
{
    Query q;
    q.person = *Personnummer::parse(personnummer, test::today());
    q.period = Period::lastMonths(6, test::today());
    q.purpose = u"Test"_s;
    q.legalBasis = u"Test"_s;
    q.organisationNumber = u"555000-0003"_s;
    q.organisationName = u"Testkommunen"_s;
    q.caseworker = u"tester"_s;
    q.lefi = LefiQuery::standard(u"000-00"_s);
    return q;
}

std::unique_ptr<store::StoreThread> TestSimulator::recorderFor(const store::Store &store)
{
    auto started = store::StoreThread::start(store);
    return started ? std::move(started).value() : nullptr;
}

std::unique_ptr<store::Store> TestSimulator::openStore(const QTemporaryDir &dir)
{
    store::StoreSettings s;
    s.sqlitePath = dir.filePath(u"audit.sqlite"_s);
    auto opened = store::Store::open(s);
    if (!opened)
        return nullptr;
    return std::move(opened.value());
}

AccessPolicy TestSimulator::openPolicy() const
{
    AccessPolicy p;
    p.requireCase = false; // the case rule has tests of its own (tst_config, tst_cli)
    p.legalBases = { LegalBasisPreset::ofText(query(u"198504129829"_s).legalBasis) };
    return p;
}

TestSimulator::Outcome TestSimulator::fetch(const ClientSettings &settings, const Query &q)
{
    SsbtekClient client(settings);
    QSignalSpy fetched(&client, &SsbtekClient::fetched);
    QSignalSpy failed(&client, &SsbtekClient::failed);
    QElapsedTimer clock;
    clock.start();
    client.fetch(q);
    [&] { QTRY_VERIFY_WITH_TIMEOUT(fetched.size() + failed.size() == 1, 30000); }();
    Outcome o;
    o.ms = clock.elapsed();
    if (!fetched.isEmpty())
        o.raw = fetched.first().first().value<RawAnswer>();
    else
        o.failure = failed.first().first().value<ClientFailure>();
    return o;
}

QPair<int, QByteArray> TestSimulator::post(const QUrl &url, const QByteArray &body)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("text/xml; charset=utf-8"));
    request.setRawHeader("SOAPAction", "\"\"");
    QNetworkReply *reply = nam.post(request, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(10000);
    const QPair<int, QByteArray> result { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
        reply->readAll() };
    reply->deleteLater();
    return result;
}

void TestSimulator::catalogueNumbersAreValidAndUnique()
{
    QSet<QString> seen;
    QVERIFY(m_catalogue.persons().size() >= 20);
    for (const sim::TestPerson &p : m_catalogue.persons()) {
        const auto pnr = Personnummer::parse(p.personnummer, test::today());
        QVERIFY2(pnr.hasValue(), qPrintable(p.personnummer));
        QVERIFY2(p.personnummer.mid(8, 2) == u"98", qPrintable(p.personnummer)); // the 98x birth-number series
        QVERIFY(!p.shows.isEmpty());
        QVERIFY(!p.expect.isEmpty());
        QVERIFY(!seen.contains(p.personnummer));
        seen.insert(p.personnummer);
    }
}

void TestSimulator::eachPersonAnswersAsDocumented_data()
{
    QTest::addColumn<QString>("personnummer");
    QTest::addColumn<int>("version");
    for (const sim::TestPerson &p : m_catalogue.persons()) {
        for (int v : { 10, 11 })
            QTest::addRow("%s %s v%d", qPrintable(p.firstName), qPrintable(p.lastName), v) << p.personnummer << v;
    }
}

void TestSimulator::eachPersonAnswersAsDocumented()
{
    QFETCH(QString, personnummer);
    QFETCH(int, version);
    const sim::TestPerson *person = m_catalogue.find(personnummer);
    const QJsonObject expect = person->expect;
    const ProtocolVersion v = *ProtocolVersion::byNumber(version);
    const auto sim = server({ v });
    ClientSettings settings;
    settings.endpoint = sim->url();
    settings.version = v;
    const Outcome o = fetch(settings, query(personnummer));

    if (expect.contains(u"failure")) {
        QVERIFY2(o.failure || o.raw, "no outcome");
        QString key;
        if (o.failure) {
            key = o.failure->key();
        } else if (!AnswerParser::parse(o.raw->soap, v, AgencySet::all())) {
            key = u"unreadable_answer"_s; // the runner's name for an answer that does not parse
        }
        QCOMPARE(key, expect.value(u"failure").toString());
        return;
    }
    QVERIFY2(o.raw, o.failure ? qPrintable(o.failure->message()) : "");
    // Valid against Försäkringskassan's own wrapper schema (with the agency schemas it imports).
    const QString xsd = test::wrapperXsd(version);
    if (!xsd.isEmpty()) {
        static QMap<int, std::shared_ptr<XsdValidator>> validators;
        if (!validators.contains(version))
            validators.insert(version, std::make_shared<XsdValidator>(xsd));
        const QStringList problems = validators.value(version)->validate(o.raw->soap, true);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
    const auto parsed = AnswerParser::parse(o.raw->soap, v, AgencySet::all());
    QVERIFY(parsed.hasValue());
    const Answer &a = *parsed;
    for (const QJsonValue &code : expect.value(u"data").toArray())
        QCOMPARE(a.outcome(*agencyFromCode(code.toString())).state, State::Data);
    for (const QJsonValue &code : expect.value(u"absent").toArray())
        QCOMPARE(a.outcome(*agencyFromCode(code.toString())).state, State::Absent);
    for (const QJsonValue &code : expect.value(u"error").toArray())
        QCOMPARE(a.outcome(*agencyFromCode(code.toString())).state, State::Error);
    if (expect.contains(u"vehicles"))
        QCOMPARE(a.outcome(Agency::TNS).get<TnsData>()->vehicles.size(), expect.value(u"vehicles").toInt());
    if (expect.contains(u"permits"))
        QCOMPARE(a.outcome(Agency::MIV).get<MivData>()->permits.size(), expect.value(u"permits").toInt());
    if (expect.contains(u"activityReport"))
        QCOMPARE(a.outcome(Agency::AF).get<AfData>()->activityReport->code, expect.value(u"activityReport").toString());
    if (expect.contains(u"protectedIdentity"))
        QCOMPARE(a.outcome(Agency::AF).get<AfData>()->protectedIdentity, std::optional<bool>(true));
    const LefiData *lefi = a.outcome(Agency::FK).get<LefiData>();
    if (expect.contains(u"jobDaysAllUsed"))
        QCOMPARE(lefi->jobDays->allUsed, expect.value(u"jobDaysAllUsed").toBool());
    if (expect.contains(u"pensionIncome")) {
        QCOMPARE(
            lefi->pensionHoldings->incomePension.exact()->toDecimalString(), expect.value(u"pensionIncome").toString());
        QCOMPARE(lefi->pensionHoldings->premiumPension.exact()->toDecimalString(),
            expect.value(u"pensionPremium").toString());
    }
    if (expect.contains(u"providerUnavailable")) {
        QVERIFY(lefi->anyProviderUnavailable());
        QCOMPARE(lefi->deviations.size(), expect.value(u"deviations").toInt());
    }
    if (expect.contains(u"soFunds"))
        QCOMPARE(a.outcome(Agency::SO).get<SoData>()->funds.size(), expect.value(u"soFunds").toInt());
    if (expect.contains(u"csnPayments"))
        QCOMPARE(a.outcome(Agency::CSN).get<CsnData>()->persons.first().cases.first().payments.size(),
            expect.value(u"csnPayments").toInt());
    if (expect.contains(u"csnFound"))
        QCOMPARE(a.outcome(Agency::CSN).get<CsnData>()->persons.first().hit, expect.value(u"csnFound").toBool());
    if (expect.contains(u"skvFailingPart") && version == 11) {
        const SkvData *skv = a.outcome(Agency::SKV).get<SkvData>();
        for (const SkvPart &part : skv->parts)
            QCOMPARE(part.error.has_value(), part.name == expect.value(u"skvFailingPart").toString());
    }
    if (expect.contains(
            u"unreadableNetAfterTax")) { // every a-kassa payment's, kept as received: never a number of ours
        const SoData *so = a.outcome(Agency::SO).get<SoData>();
        QVERIFY(!so->funds.first().payments.isEmpty());
        for (const UnemploymentPayment &p : so->funds.first().payments)
            QVERIFY(p.netAfterTax.isUnreadable() && p.netAfterDeductions.isExact());
        QCOMPARE(a.outcome(Agency::SO).unreadableAmounts(), int(so->funds.first().payments.size()));
        QVERIFY(!a.fullyReadable());
    } else {
        QVERIFY(a.fullyReadable());
    }
    if (expect.contains(u"minimumBytes"))
        QVERIFY(o.raw->soap.size() >= expect.value(u"minimumBytes").toInt());
    if (expect.contains(u"minimumSeconds"))
        QVERIFY2(o.ms >= expect.value(u"minimumSeconds").toInt() * 1000, qPrintable(QString::number(o.ms)));
}

void TestSimulator::answersOnlyTheAgenciesAsked()
{
    const auto sim = server({ ProtocolVersion::latest() });
    ClientSettings settings;
    settings.endpoint = sim->url();
    Query q = query(u"198504129829"_s);
    q.agencies = { Agency::TNS, Agency::MIV };
    const Outcome o = fetch(settings, q);
    QVERIFY(o.raw);
    QCOMPARE(sim->lastRequest().included, q.agencies);
    const Answer a = *AnswerParser::parse(o.raw->soap, ProtocolVersion::latest(), q.agencies);
    QCOMPARE(a.outcome(Agency::TNS).state, State::Data);
    QCOMPARE(a.outcome(Agency::AF).state, State::NotAsked);
    QVERIFY(!o.raw->soap.contains(":AF>"));
}

void TestSimulator::aCataloguePersonChangesFromTheSecondFetch()
{
    // "Ändrad": a month passes between the first lookup and the next (the diff's test person).
    const auto sim = server({ ProtocolVersion::latest() });
    ClientSettings settings;
    settings.endpoint = sim->url();
    auto lookUp = [&] {
        const Outcome o = fetch(settings, query(u"198706069823"_s));
        return o.raw ? *AnswerParser::parse(o.raw->soap, ProtocolVersion::latest(), AgencySet::all()) : Answer();
    };
    auto registrations = [](const Answer &a) {
        QStringList regnr;
        for (const VehicleHolding &v : a.outcome(Agency::TNS).get<TnsData>()->vehicles)
            regnr << v.registrationNumber;
        return regnr;
    };
    const Answer first = lookUp();
    const Answer second = lookUp();
    const Answer third = lookUp();
    QCOMPARE(registrations(first), QStringList({ u"TST303"_s, u"TST404"_s }));
    QCOMPARE(first.outcome(Agency::AF).get<AfData>()->activityReport->code, u"200"_s);
    QCOMPARE(registrations(second), QStringList({ u"TST404"_s, u"TST505"_s }));
    QCOMPARE(second.outcome(Agency::AF).get<AfData>()->activityReport->code, u"501"_s);
    QCOMPARE(second.outcome(Agency::SO).get<SoData>()->funds.size(), 2);
    QCOMPARE(registrations(third), registrations(second)); // it changed once, and stays changed
    // Another person's lookups are counted on their own.
    const Outcome other = fetch(settings, query(u"198504129829"_s));
    QVERIFY(other.raw && other.raw->soap.contains("TST101"));
}

void TestSimulator::aHouseholdRunsAtMostTheConfiguredCallsAtOnce()
{
    // Each answer takes 400 ms, so five members overlap as much as they are allowed to.
    const auto sim = server({ ProtocolVersion::latest() }, false, {}, 400);
    ClientSettings settings;
    settings.endpoint = sim->url();
    QList<HouseholdMember> members;
    for (const QString &p :
        { u"198504129829"_s, u"199109099862"_s, u"200104179841"_s, u"195802149822"_s, u"199209309849"_s })
        members.append({ members.isEmpty() ? HouseholdMember::Role::Applicant : HouseholdMember::Role::Child,
            *Personnummer::parse(p, test::today()) });
    QTemporaryDir dir;
    const auto store = openStore(dir);
    const auto recorder = recorderFor(*store);
    for (int limit : { 3, 1 }) {
        HouseholdRun run(settings, openPolicy(), recorder.get(), limit);
        QSignalSpy finished(&run, &HouseholdRun::finished);
        QSignalSpy each(&run, &HouseholdRun::memberFinished);
        const int before = sim->requestCount();
        QVERIFY(run.start(query(u"198504129829"_s), members, true).isEmpty());
        QVERIFY(!run.start(query(u"198504129829"_s), members, true).isEmpty()); // one household at a time
        QVERIFY(finished.wait(20000));
        QCOMPARE(each.size(), 5);
        QCOMPARE(run.peakConcurrent(), limit);
        QCOMPARE(sim->requestCount() - before, 5);
        QCOMPARE(run.caseId().size(), 31);
        for (qsizetype i = 0; i < members.size(); ++i) {
            const MemberResult &r = run.results().at(i);
            QVERIFY2(r.answer && r.raw, r.failure ? qPrintable(r.failure->message()) : "");
            QCOMPARE(r.raw->caseId, run.caseId()); // one case id for the household
            QCOMPARE(r.query.person->wire(), members.at(i).person.wire());
        }
        QCOMPARE(sim->lastRequest().caseId, run.caseId());
        // Each member is one lookup: asked before it was sent, its outcome linked to it.
        store::AuditFilter household;
        household.caseId = run.caseId();
        const auto records = store->audit(household);
        QCOMPARE(records->size(), 10);
        QSet<qint64> asked;
        for (const store::AuditRecord &r : *records) {
            if (r.kind == u"asked")
                asked.insert(r.id);
        }
        QCOMPARE(asked.size(), 5);
        for (const store::AuditRecord &r : *records) {
            if (r.kind == u"query")
                QVERIFY(
                    asked.contains(QJsonDocument::fromJson(r.detail.toUtf8()).object().value(u"asked"_s).toInteger()));
        }
    }
}

void TestSimulator::aCancelledHouseholdSendsNoMore()
{
    const auto sim = server({ ProtocolVersion::latest() }, false, {}, 600);
    ClientSettings settings;
    settings.endpoint = sim->url();
    const QList<HouseholdMember> members { { HouseholdMember::Role::Applicant,
                                               *Personnummer::parse(u"198504129829"_s, test::today()) },
        { HouseholdMember::Role::CoApplicant, *Personnummer::parse(u"199109099862"_s, test::today()) },
        { HouseholdMember::Role::Child, *Personnummer::parse(u"200104179841"_s, test::today()) } };
    QTemporaryDir dir;
    const auto store = openStore(dir);
    const auto recorder = recorderFor(*store);
    HouseholdRun run(settings, openPolicy(), recorder.get(), 1);
    QSignalSpy finished(&run, &HouseholdRun::finished);
    QVERIFY(run.start(query(u"198504129829"_s), members, true).isEmpty());
    QTest::qWait(100);
    run.cancel();
    QVERIFY(finished.wait(10000));
    QVERIFY(!run.isBusy());
    QCOMPARE(run.results().at(0).failure->kind, ClientFailure::Kind::Cancelled);
    QVERIFY(run.results().at(0).sent);
    for (int i : { 1, 2 }) {
        QVERIFY(!run.results().at(i).sent); // never asked, so never audited
        QCOMPARE(run.results().at(i).failure->kind, ClientFailure::Kind::Cancelled);
    }
    QTest::qWait(800);
    QCOMPARE(sim->requestCount(), 1);
}

void TestSimulator::caseIdOf32CharactersFailsCsnOnly()
{
    const auto sim = server({ ProtocolVersion::latest() });
    // Built by hand: our own builder refuses a 32-character case id.
    Query q = query(u"200104179841"_s);
    auto built = RequestBuilder::build(q, ProtocolVersion::latest());
    QByteArray body = "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>"
        + built->message.toXml().mid(built->message.toXml().indexOf("?>") + 2) + "</s:Body></s:Envelope>";
    body.replace(built->caseId.toUtf8(), QByteArray(32, 'x'));
    const auto [status, answer] = post(sim->url(), body);
    QCOMPARE(status, 200);
    const Answer a = *AnswerParser::parse(answer, ProtocolVersion::latest(), AgencySet::all());
    QCOMPARE(a.outcome(Agency::CSN).state, State::Error);
    QCOMPARE(a.outcome(Agency::CSN).error.code, u"-1005"_s);
    for (Agency other : { Agency::AF, Agency::FK, Agency::SO, Agency::TNS, Agency::MIV })
        QCOMPARE(a.outcome(other).state, State::Data);
}

void TestSimulator::refusesRequestsOutOfSchemaOrder_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::newRow("purpose and legal basis swapped") << QByteArray("syfte>") << QByteArray("lagtext>");
    QTest::newRow("personnummer with a hyphen")
        << QByteArray("<n1:personidentitet>198504129829") << QByteArray("<n1:personidentitet>19850412-9829");
    QTest::newRow("a boolean that is not") << QByteArray("inkludera=\"true\"") << QByteArray("inkludera=\"yes\"");
    QTest::newRow("another version's namespace")
        << QByteArray("integration/ssbt/11") << QByteArray("integration/ssbt/10");
}

void TestSimulator::refusesRequestsOutOfSchemaOrder()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    const auto sim = server({ ProtocolVersion::latest() });
    const auto built = RequestBuilder::build(query(u"198504129829"_s), ProtocolVersion::latest());
    const QByteArray xml = built->message.toXml();
    QByteArray body = "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>"
        + xml.mid(xml.indexOf("?>") + 2) + "</s:Body></s:Envelope>";
    QVERIFY2(body.contains(from), body.left(400).constData());
    if (from == "syfte>")
        body.replace("syfte>", "TMP>").replace("lagtext>", "syfte>").replace("TMP>", "lagtext>");
    else
        body.replace(from, to);
    const auto [status, answer] = post(sim->url(), body);
    QCOMPARE(status, 500);
    QVERIFY(answer.contains("Fault"));
}

void TestSimulator::v11WithSkvButNoSkvQueryIsAnInternalError()
{
    const auto sim = server({ ProtocolVersion::latest() });
    const auto built = RequestBuilder::build(query(u"198504129829"_s), ProtocolVersion::latest());
    QByteArray xml = built->message.toXml();
    const qsizetype start = xml.indexOf(":fraga>", xml.indexOf(":SKV "));
    const qsizetype open = xml.lastIndexOf('<', start);
    const qsizetype close = xml.indexOf(":fraga>", start + 7) + 7;
    xml.remove(open, close - open);
    const QByteArray body = "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>"
        + xml.mid(xml.indexOf("?>") + 2) + "</s:Body></s:Envelope>";
    QVERIFY(!body.contains("<n1:ar>") || body.indexOf("<n1:ar>") < body.indexOf(":SKV "));
    const auto [status, answer] = post(sim->url(), body);
    QCOMPARE(status, 500);
    QVERIFY(answer.contains("Internal error"));
}

void TestSimulator::testOperationReportsPerAgency()
{
    const auto sim = server({ ProtocolVersion::latest() }, false,
        { { u"FK"_s,
            QJsonObject { { u"source"_s, u"BT"_s }, { u"code"_s, u"LEFI-VERSION"_s },
                { u"messages"_s, QJsonArray { u"Angiven version stöds inte"_s } } } } });
    ClientSettings settings;
    settings.endpoint = sim->url();
    SsbtekClient client(settings);
    QSignalSpy tested(&client, &SsbtekClient::tested);
    client.test();
    QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 10000);
    const TestAnswer answer = tested.first().first().value<TestAnswer>();
    QCOMPARE(answer.result(Agency::FK).state, AgencyTestResult::State::Error);
    QCOMPARE(answer.result(Agency::FK).error.code, u"LEFI-VERSION"_s);
    QCOMPARE(answer.result(Agency::AF).state, AgencyTestResult::State::Called);
}

void TestSimulator::serves200QueriesFrom4ConcurrentClients()
{
    SSBTEK_REQUIRE(!test::certificates().isEmpty(), u"openssl could not make the test certificates"_s);
    const auto sim = server(ProtocolVersion::all(), true);
    const QStringList people { u"198504129829"_s, u"199209309849"_s, u"200104179841"_s, u"195802149822"_s };
    int answered = 0;
    int failed = 0;
    std::vector<std::unique_ptr<SsbtekClient>> clients;
    for (int c = 0; c < 4; ++c) {
        ClientSettings settings;
        settings.endpoint = sim->url();
        settings.version = c % 2 ? *ProtocolVersion::byNumber(10) : ProtocolVersion::latest();
        settings.tls.pkcs12Path = test::cert(u"client.p12"_s);
        settings.tls.pkcs12Passphrase = "test-only";
        settings.tls.caPath = test::cert(u"ca.pem"_s);
        clients.push_back(std::make_unique<SsbtekClient>(settings));
        SsbtekClient *client = clients.back().get();
        auto next = std::make_shared<int>(0);
        auto ask = [this, client, next, &people, c] {
            if ((*next)++ < 50)
                client->fetch(query(people.at(c)));
        };
        connect(client, &SsbtekClient::fetched, this, [&answered, ask](const RawAnswer &raw) {
            if (AnswerParser::parse(raw.soap, raw.version, AgencySet::all()))
                ++answered;
            QMetaObject::invokeMethod(QCoreApplication::instance(), ask, Qt::QueuedConnection);
        });
        connect(client, &SsbtekClient::failed, this, [&failed, ask](const ClientFailure &f) {
            qWarning() << "failed:" << f.key() << f.message();
            ++failed;
            QMetaObject::invokeMethod(QCoreApplication::instance(), ask, Qt::QueuedConnection);
        });
        ask();
    }
    QTRY_VERIFY_WITH_TIMEOUT(answered + failed == 200, 120000);
    QCOMPARE(failed, 0);
    QCOMPARE(answered, 200);
    QCOMPARE(sim->requestCount(), 200);
}

void TestSimulator::aLookupIsOnRecordBeforeItIsSentOrNotSentAtAll()
{
    const auto sim = server({ ProtocolVersion::latest() }, false, {}, 300);
    ClientSettings settings;
    settings.endpoint = sim->url();
    QTemporaryDir dir;
    const auto store = openStore(dir);
    // The "asked" record cannot be written (a full disk, say): nothing is sent.
    QSqlQuery q(store->database());
    QVERIFY(q.exec(u"CREATE TRIGGER no_asked BEFORE INSERT ON audit_log WHEN NEW.kind = 'asked' "
                   "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"_s));
    const auto recorder = recorderFor(*store);
    LookupSession session(settings, openPolicy(), recorder.get());
    QSignalSpy notSent(&session, &LookupSession::notSent);
    QVERIFY(session.start(query(u"198504129829"_s), true).isEmpty()); // the rules pass; the record is written next
    QVERIFY(notSent.wait(10000));
    QVERIFY(session.refusedForAuditLog());
    QVERIFY(notSent.first().first().toStringList().join(u' ').contains(u"not sent"));
    QTest::qWait(500);
    QCOMPARE(sim->requestCount(), 0);
    QVERIFY(!session.isBusy());
    // With it written, the record names what is then sent: its korrelationsid and case id.
    QVERIFY(q.exec(u"DROP TRIGGER no_asked"_s));
    QSignalSpy answered(&session, &LookupSession::answered);
    QVERIFY(session.start(query(u"198504129829"_s), true).isEmpty());
    QVERIFY(answered.wait(10000));
    QCOMPARE(sim->requestCount(), 1);
    QVERIFY(!session.refusedForAuditLog());
    const auto records = store->audit(); // newest first: the outcome, then what was asked
    QCOMPARE(records->size(), 2);
    const auto asked = records->mid(1);
    QCOMPARE(asked.first().kind, u"asked"_s);
    QCOMPARE(asked.first().id, session.askedRecordId());
    const QJsonObject detail = QJsonDocument::fromJson(asked.first().detail.toUtf8()).object();
    QCOMPARE(detail.value(u"korrelationsid"_s).toString(), sim->lastRequest().correlationId);
    QCOMPARE(asked.first().caseId, sim->lastRequest().caseId);
    QCOMPARE(detail.value(u"from"_s).toString(), query(u"198504129829"_s).period.from.toString(Qt::ISODate));
}

void TestSimulator::aSessionClosedMidCallRecordsTheCancellation()
{
    const auto sim = server({ ProtocolVersion::latest() }, false, {}, 1500);
    ClientSettings settings;
    settings.endpoint = sim->url();
    QTemporaryDir dir;
    const auto store = openStore(dir);
    auto recorder = recorderFor(*store);
    {
        LookupSession session(settings, openPolicy(), recorder.get());
        QVERIFY(session.start(query(u"198504129829"_s), true).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(sim->requestCount(), 1, 5000);
    } // the window closes mid-call
    recorder.reset(); // and with it the store's thread, which first writes what is queued
    const auto records = store->audit();
    QCOMPARE(records->size(), 2);
    QCOMPARE(records->at(0).kind, u"query"_s);
    QCOMPARE(records->at(0).outcome, u"cancelled"_s);
    QCOMPARE(QJsonDocument::fromJson(records->at(0).detail.toUtf8()).object().value(u"asked"_s).toInteger(),
        records->at(1).id);
    // Nothing is left for the next start to mark.
    QCOMPARE(*LookupSession::recoverInterrupted(*store, records->at(1).caseworker, 0), 0);
}

// The "asked" record is written in the store's thread; a cancel in that moment stops the call
// before it is sent, and the log says the lookup asked and was cancelled.
void TestSimulator::aLookupCancelledWhileItsRecordIsWrittenIsNeverSent()
{
    const auto sim = server({ ProtocolVersion::latest() }, false, {}, 0);
    ClientSettings settings;
    settings.endpoint = sim->url();
    QTemporaryDir dir;
    const auto store = openStore(dir);
    const auto recorder = recorderFor(*store);
    LookupSession session(settings, openPolicy(), recorder.get());
    QSignalSpy failed(&session, &LookupSession::failed);
    QVERIFY(session.start(query(u"198504129829"_s), true).isEmpty());
    QVERIFY(session.isBusy());
    QVERIFY(!session.start(query(u"198504129829"_s), true).isEmpty()); // one at a time, from the start
    session.cancel(); // before the record has come back: the event loop has not run
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().first().value<ClientFailure>().kind, ClientFailure::Kind::Cancelled);
    QVERIFY(!session.isBusy());
    QTest::qWait(300);
    QCOMPARE(sim->requestCount(), 0);
    const auto records = store->audit(); // newest first
    QCOMPARE(records->size(), 2);
    QCOMPARE(records->at(0).outcome, u"cancelled"_s);
    QCOMPARE(records->at(1).kind, u"asked"_s);
    QCOMPARE(QJsonDocument::fromJson(records->at(0).detail.toUtf8()).object().value(u"asked"_s).toInteger(),
        records->at(1).id);
}

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
