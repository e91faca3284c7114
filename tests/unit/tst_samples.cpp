// Försäkringskassan's published sample answers (../shared/ssbtek-contract/samples) parse
// without loss. Skipped, saying so, where the contract is absent.

#include "agencies/fk/lefiparser.h"
#include "answer/answerparser.h"
#include "client/testanswer.h"
#include "testsupport.h"

#include <QTest>

using namespace ssbtek;
using namespace Qt::StringLiterals;
using State = AgencyOutcome::State;

class TestSamples : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everySampleAnswerParses_data();
    void everySampleAnswerParses();
    void allAgenciesV10();
    void vehicles();
    void permanentPermit();
    void akassaPayment();
    void skatteverketV10AndV11();
    void csnV3();
    void lefiOpenapiExample();
    void testConnectionAnswer();

private:
    Answer parse(const QString &file, int version, const AgencySet &asked = AgencySet::all());
    QString m_samples;
};

void TestSamples::initTestCase()
{
    const QString contract = test::contractDir();
    if (contract.isEmpty())
        QSKIP("The SSBTEK contract (../shared/ssbtek-contract or $SSBTEK_CONTRACT_DIR) is absent: the official "
              "samples are not parsed.");
    m_samples = contract + u"/samples"_s;
}

Answer TestSamples::parse(const QString &file, int version, const AgencySet &asked)
{
    const auto answer
        = AnswerParser::parse(test::readFile(m_samples + u'/' + file), *ProtocolVersion::byNumber(version), asked);
    if (!answer)
        qFatal("%s: %s", qPrintable(file), qPrintable(answer.error().message));
    return *answer;
}

void TestSamples::everySampleAnswerParses_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("agency");
    const std::pair<const char *, const char *> singles[] = { { "af", "AF" }, { "csn", "CSN" }, { "fk", "FK" },
        { "skv", "SKV" }, { "so", "SO" }, { "tns", "TNS" }, { "miv", "MIV" } };
    for (const auto &[file, code] : singles)
        QTest::newRow(file) << u"v10-%1-response.xml"_s.arg(QLatin1String(file)) << 10 << QString::fromLatin1(code);
    for (const char *file : { "csn", "fk", "miv", "so" })
        QTest::addRow("v11 %s", file) << u"v11-%1-response.xml"_s.arg(QLatin1String(file)) << 11
                                      << QString::fromLatin1(file).toUpper();
    QTest::newRow("v11 skv parts") << u"v11-skv-parts-response.xml"_s << 11 << u"SKV"_s;
    QTest::newRow("v11 skv superseded") << u"v11-skv-xmlstring-response.superseded.xml"_s << 11 << u"SKV"_s;
}

void TestSamples::everySampleAnswerParses()
{
    QFETCH(QString, file);
    QFETCH(int, version);
    QFETCH(QString, agency);
    const Agency a = *agencyFromCode(agency);
    const Answer answer = parse(file, version, { a });
    QCOMPARE(answer.outcome(a).state, State::Data);
    QVERIFY(!std::holds_alternative<std::monostate>(answer.outcome(a).data));
    QVERIFY(!answer.outcome(a).raw.isEmpty());
    QVERIFY(answer.complete());
}

void TestSamples::allAgenciesV10()
{
    const Answer a = parse(u"v10-all-agencies-response.xml"_s, 10);
    QVERIFY(a.complete());
    const AfData *af = a.outcome(Agency::AF).get<AfData>();
    QCOMPARE(af->registered, std::optional<bool>(true));
    QCOMPARE(af->registeredFrom, QDate(2016, 11, 18));
    QCOMPARE(af->extentPercent, std::optional<int>(100));
    QVERIFY(!af->activityReport.has_value()); // the sample is trimmed: no AktivetetsRapportDatum
    QCOMPARE(a.outcome(Agency::TNS).get<TnsData>()->vehicles.size(), 1);
    QCOMPARE(a.outcome(Agency::FK).get<LefiData>()->providers.first().state, u"OK"_s);
}

void TestSamples::vehicles()
{
    const Answer tnsAnswer = parse(u"v10-tns-response.xml"_s, 10, { Agency::TNS });
    const TnsData *tns = tnsAnswer.outcome(Agency::TNS).get<TnsData>();
    QVERIFY(tns->ok());
    QCOMPARE(tns->vehicles.size(), 2);
    QCOMPARE(tns->vehicles[0].registrationNumber, u"ABC001"_s);
    QCOMPARE(tns->vehicles[0].model, u"V70"_s);
    QCOMPARE(tns->vehicles[1].registrationNumber, u"ABC002"_s);
    QCOMPARE(tns->vehicles[1].kind, u"MOTORCYKEL"_s);
}

void TestSamples::permanentPermit()
{
    const Answer mivAnswer = parse(u"v10-miv-response.xml"_s, 10, { Agency::MIV });
    const MivData *miv = mivAnswer.outcome(Agency::MIV).get<MivData>();
    QCOMPARE(miv->permits.size(), 1);
    QCOMPARE(miv->permits.first().permitType, u"PUT"_s);
    QVERIFY(miv->permits.first().isPermanent());
    QCOMPARE(miv->permits.first().decided, QDate(1998, 5, 12));
}

void TestSamples::akassaPayment()
{
    const Answer soAnswer = parse(u"v10-so-response.xml"_s, 10, { Agency::SO });
    const SoData *so = soAnswer.outcome(Agency::SO).get<SoData>();
    QCOMPARE(so->funds.size(), 1);
    QCOMPARE(so->funds.first().payments.size(), 1);
    QCOMPARE(so->funds.first().payments.first().netAfterTax.exact()->toDecimalString(), u"1250.50"_s);
    QCOMPARE(so->funds.first().payments.first().paid, QDate(2013, 11, 23));
}

void TestSamples::skatteverketV10AndV11()
{
    const Answer v10Answer = parse(u"v10-skv-response.xml"_s, 10, { Agency::SKV });
    const SkvData *v10 = v10Answer.outcome(Agency::SKV).get<SkvData>();
    QCOMPARE(v10->capital.size(), 1);
    QCOMPARE(v10->capital.first().income.exact()->toDecimalString(), u"12345.00"_s);
    QCOMPARE(v10->capital.first().surplus.exact()->toDecimalString(), u"666.00"_s);
    // Whom the document is about, from inside it.
    QCOMPARE(v10->personnummer, u"199001011234"_s);
    QCOMPARE(v10->firstName, u"Berit"_s);
    QCOMPARE(v10->lastName, u"Berg"_s);
    QCOMPARE(v10->identities(), QStringList { u"199001011234"_s });
    const Answer v11Answer = parse(u"v11-skv-parts-response.xml"_s, 11, { Agency::SKV });
    const SkvData *v11 = v11Answer.outcome(Agency::SKV).get<SkvData>();
    QCOMPARE(v11->parts.size(), 4);
    int failing = 0;
    for (const SkvPart &p : v11->parts) {
        if (p.error) {
            ++failing;
            QCOMPARE(p.name, u"individuppgifter"_s);
            QCOMPARE(p.error->code, u"404"_s);
        }
    }
    QCOMPARE(failing, 1);
    // Each part names the person under its own key: all the same one here.
    for (const SkvPart &p : v11->parts) {
        if (!p.error)
            QCOMPARE(p.identity, u"199001011234"_s);
    }
    QCOMPARE(v11->identities(), QStringList { u"199001011234"_s });
}

void TestSamples::csnV3()
{
    const Answer csnAnswer = parse(u"v10-csn-response.xml"_s, 10, { Agency::CSN });
    const CsnData *csn = csnAnswer.outcome(Agency::CSN).get<CsnData>();
    QCOMPARE(csn->schemaVersion, u"3.0"_s);
    QCOMPARE(csn->resultCode, u"0"_s);
    QCOMPARE(csn->persons.size(), 1);
    QVERIFY(csn->persons.first().hit);
    QVERIFY(csn->persons.first().cases.isEmpty());
}

void TestSamples::lefiOpenapiExample()
{
    const auto lefi = parseLefi(test::readFile(m_samples + u"/lefi-v9-openapi-example-svar.json"_s));
    QVERIFY(lefi.hasValue());
    QCOMPARE(lefi->decisions.size(), 1);
    QCOMPARE(lefi->decisions.first().caseKind, u"sjukpenningarende"_s);
    QCOMPARE(lefi->decisions.first().days, std::optional<int>(6));
    QCOMPARE(lefi->persons.size(), 1);
    QCOMPARE(lefi->persons.first().civilStatus, u"Änka/Änkeman"_s);
    QCOMPARE(lefi->persons.first().addresses.first(), u"Testgatan 7131 LGH 1433, 51994 BJÖRKETORP"_s);
}

void TestSamples::testConnectionAnswer()
{
    const auto answer = TestAnswer::parse(
        test::readFile(m_samples + u"/v11-test-connection-response.xml"_s), *ProtocolVersion::byNumber(11));
    QVERIFY(answer.hasValue());
    QCOMPARE(answer->result(Agency::FK).state, AgencyTestResult::State::Error);
    QCOMPARE(answer->result(Agency::FK).error.code, u"LEFI-VERSION"_s);
}

QTEST_GUILESS_MAIN(TestSamples)
#include "tst_samples.moc"
