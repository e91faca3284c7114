// Every agency's answer into the domain model, from fixtures written here (fictitious
// persons): data, errors, absence, and each leniency rule of the domain brief.

#include "answer/answerjson.h"
#include "answer/answerparser.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ssbtek;
using namespace Qt::StringLiterals;
using State = AgencyOutcome::State;

namespace {

const ProtocolVersion V10 = *ProtocolVersion::byNumber(10);
const ProtocolVersion V11 = *ProtocolVersion::byNumber(11);

QByteArray fixture(const QString &name)
{
    return test::fixture(QStringLiteral(FIXTURES), name);
}

Answer parsed(const QString &name, const ProtocolVersion &version, const AgencySet &asked = AgencySet::all())
{
    const auto answer = AnswerParser::parse(fixture(name), version, asked);
    if (!answer)
        qFatal("%s: %s", qPrintable(name), qPrintable(answer.error().message));
    return *answer;
}

QString money(const Amount &m)
{
    if (m.isUnreadable())
        return u"unreadable: "_s + m.raw();
    return m.exact() ? m.exact()->toDecimalString() : u"none"_s;
}

} // namespace

class TestAnswerParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void echoesCorrelationAndTime();
    void readsArbetsformedlingen();
    void readsCsnCasesAndPaymentPlans();
    void readsCsnV3AndNotFound();
    void readsLefiPaymentsAndPreliminaryPayments();
    void readsJobDaysPensionHoldingsAndDecisions();
    void readsLefiProvidersAndDeviations();
    void readsSkatteverketV10EscapedDocument();
    void readsSkatteverketV11PartsWithOneFailing();
    void readsAkassorPaymentsAndSuspensions();
    void readsVehiclesAndTnsErrors();
    void readsPermits();
    void errorsKeepEveryMessageAndTheirSource();
    void absentAndNotAskedAreDistinct();
    void lenientWhereTheServiceIsLoose();
    void unreadablePayloadIsThatAgencysErrorOnly();
    void keepsEachAgencysRawPayload();
    void aLargePayloadReadsTheSameStraightFromTheBytes();
    void everyFixtureReadsTheSameReadInRuns();
    void refusesAnAnswerAboveTheSizeLimit();
    void jsonCarriesTheDocumentedFields();
};

void TestAnswerParser::echoesCorrelationAndTime()
{
    const Answer a = parsed(u"answer-v10-all.xml"_s, V10);
    QCOMPARE(a.correlationId, u"fixture-corr-1"_s);
    QCOMPARE(a.askedAt, u"2026-07-01T09:30:00+02:00"_s);
    QVERIFY(a.complete());
    for (Agency agency : AllAgencies)
        QCOMPARE(a.outcome(agency).state, State::Data);
}

void TestAnswerParser::readsArbetsformedlingen()
{
    const Answer afAnswer = parsed(u"answer-v10-all.xml"_s, V10);
    const AfData *af = afAnswer.outcome(Agency::AF).get<AfData>();
    QVERIFY(af);
    QCOMPARE(af->lastName, u"Testsson-Åström"_s);
    QCOMPARE(af->registered, std::optional<bool>(true));
    QCOMPARE(af->registeredFrom, QDate(2025, 1, 13)); // zone suffix dropped
    QCOMPARE(af->extentPercent, std::optional<int>(75));
    QVERIFY(af->activityReport.has_value());
    QCOMPARE(af->activityReport->code, u"200"_s);
    QCOMPARE(af->activityReport->latestDate, QDate(2026, 6, 14));
    QCOMPARE(af->decisions.size(), 1);
    QCOMPARE(af->decisions.first().compensationType, u"Aktivitetsstöd"_s);
    QCOMPARE(af->decisions.first().to, QDate(2026, 6, 30));
    QCOMPARE(af->unemploymentFund, u"Testkassan"_s);
    QCOMPARE(af->statusCode, std::optional<int>(0));
    QCOMPARE(af->protectedIdentity, std::optional<bool>(false));
}

void TestAnswerParser::readsCsnCasesAndPaymentPlans()
{
    const Answer csnAnswer = parsed(u"answer-v10-all.xml"_s, V10);
    const CsnData *csn = csnAnswer.outcome(Agency::CSN).get<CsnData>();
    QVERIFY(csn);
    QCOMPARE(csn->resultCode, u"0"_s);
    QCOMPARE(csn->persons.size(), 1);
    const CsnPerson &p = csn->persons.first();
    QVERIFY(p.hit);
    QCOMPARE(p.cases.size(), 1);
    const CsnCase &c = p.cases.first();
    QCOMPARE(c.kind, StudySupportKind::Studiemedel);
    QCOMPARE(c.number, u"3"_s);
    QCOMPARE(c.status, u"BESLUTAD"_s);
    QCOMPARE(c.applied.first().from, QDate(2026, 1, 12));
    QVERIFY(c.applied.first().loanApplied);
    QCOMPARE(c.granted.first().amounts.size(), 2);
    QCOMPARE(money(c.granted.first().total), u"60180.00"_s);
    QCOMPARE(c.payments.size(), 3);
    QVERIFY(c.payments[0].isPaid());
    QVERIFY(c.payments[1].isPaid()); // UTBETALAD, upper case
    QVERIFY(!c.payments[2].isPaid());
    QVERIFY(!c.payments[2].date.isValid()); // "0": not decided yet
    QCOMPARE(money(c.payments[2].total), u"-250.00"_s);
}

void TestAnswerParser::readsCsnV3AndNotFound()
{
    const Answer csnAnswer = parsed(u"answer-v10-csn-v3.xml"_s, V10, { Agency::CSN });
    const CsnData *csn = csnAnswer.outcome(Agency::CSN).get<CsnData>();
    QVERIFY(csn);
    QCOMPARE(csn->schemaVersion, u"3.0"_s);
    QCOMPARE(csn->persons.size(), 1);
    QVERIFY(!csn->persons.first().hit);
}

void TestAnswerParser::readsLefiPaymentsAndPreliminaryPayments()
{
    const Answer lefiAnswer = parsed(u"answer-v10-all.xml"_s, V10);
    const LefiData *lefi = lefiAnswer.outcome(Agency::FK).get<LefiData>();
    QVERIFY(lefi);
    // Two from Försäkringskassan's model, one from Pensionsmyndigheten's.
    QCOMPARE(lefi->payments.size(), 3);
    const BenefitPayment &as = lefi->payments[0];
    QCOMPARE(as.provider, u"FK"_s);
    QCOMPARE(as.benefit, u"Aktivitetsstöd"_s);
    QCOMPARE(as.date, QDate(2026, 2, 24));
    QCOMPARE(as.periodFrom, u"2026-01-01"_s);
    QCOMPARE(money(as.gross), u"10450.50"_s);
    QCOMPARE(money(as.net), u"8360.50"_s);
    QCOMPARE(as.details.size(), 2);
    QCOMPARE(money(as.details[1].tax), u"2090.00"_s); // a numeric string
    QCOMPARE(as.details[0].days, std::optional<int>(22));
    QCOMPARE(lefi->payments[1].periodFrom, u"2026-02"_s); // month period, open end
    QVERIFY(lefi->payments[1].periodTo.isEmpty());
    const BenefitPayment &pm = lefi->payments[2];
    QCOMPARE(pm.provider, u"PM"_s);
    QCOMPARE(money(pm.net), u"3100.00"_s);
    QCOMPARE(money(pm.deductions), u"900.00"_s);
    QCOMPARE(pm.benefitCode, u"PM:AP"_s);
    QCOMPARE(lefi->preliminaryPayments.size(), 1);
    QCOMPARE(money(lefi->preliminaryPayments.first().net), u"7990.00"_s);
}

void TestAnswerParser::readsJobDaysPensionHoldingsAndDecisions()
{
    const Answer lefiAnswer = parsed(u"answer-v10-all.xml"_s, V10);
    const LefiData *lefi = lefiAnswer.outcome(Agency::FK).get<LefiData>();
    QVERIFY(lefi->jobDays.has_value());
    QCOMPARE(lefi->jobDays->used, 450); // the highest count of several rows
    QVERIFY(lefi->jobDays->allUsed);
    // Pensionsmyndigheten's own figures: the latest value of each account.
    QVERIFY(lefi->pensionHoldings.has_value());
    QCOMPARE(lefi->pensionHoldings->source, u"PM"_s);
    QCOMPARE(money(lefi->pensionHoldings->incomePension), u"500000.00"_s);
    QCOMPARE(money(lefi->pensionHoldings->premiumPension), u"110000.00"_s);
    QCOMPARE(money(lefi->pensionHoldings->total), u"610000.00"_s);
    QCOMPARE(lefi->decisions.size(), 2);
    QCOMPARE(lefi->decisions[0].caseKind, u"aktivitetsstodsarende"_s);
    QCOMPARE(lefi->decisions[0].days, std::optional<int>(120));
    QCOMPARE(money(lefi->decisions[0].amount), u"560.00"_s);
    // beslut as a single object (merkostnadsersättning), ersattning as the benefit.
    QCOMPARE(lefi->decisions[1].caseKind, u"merkostnadsersattningsarende"_s);
    QCOMPARE(lefi->decisions[1].benefit, u"Beviljad"_s);
    QCOMPARE(lefi->decisions[1].definitive, std::optional<bool>(false));
    QCOMPARE(lefi->persons.first().protectedIdentity, std::optional<bool>(true));
    QCOMPARE(lefi->persons.first().addresses.first(), u"Provgatan 1, 12345 TESTSTAD"_s);
}

void TestAnswerParser::readsLefiProvidersAndDeviations()
{
    const Answer lefiAnswer = parsed(u"answer-v10-all.xml"_s, V10);
    const LefiData *lefi = lefiAnswer.outcome(Agency::FK).get<LefiData>();
    QCOMPARE(lefi->providers.size(), 2);
    QVERIFY(lefi->providers[0].isOk());
    QCOMPARE(lefi->providers[1].state, u"OTILLGANGLIG"_s);
    QVERIFY(lefi->anyProviderUnavailable());
    QCOMPARE(lefi->deviations.size(), 2);
    QCOMPARE(lefi->deviations[0].area, u"formansinformation"_s);
    QCOMPARE(lefi->deviations[0].code, u"OBEHORIG"_s);
    QCOMPARE(lefi->deviations[0].groupCode, u"FK:US"_s);
    QCOMPARE(lefi->deviations[1].groupCode, u"FK:GEPI"_s);
}

void TestAnswerParser::readsSkatteverketV10EscapedDocument()
{
    const Answer skvAnswer = parsed(u"answer-v10-all.xml"_s, V10);
    const SkvData *skv = skvAnswer.outcome(Agency::SKV).get<SkvData>();
    QVERIFY(skv);
    QVERIFY(!skv->perPart);
    QCOMPARE(skv->statusCode, u"999"_s);
    QCOMPARE(skv->capital.size(), 1);
    QCOMPARE(skv->capital.first().taxationYear, u"2025"_s);
    QCOMPARE(money(skv->capital.first().income), u"2500.00"_s);
    QCOMPARE(money(skv->capital.first().surplus), u"1800.00"_s);
}

void TestAnswerParser::readsSkatteverketV11PartsWithOneFailing()
{
    const Answer a = parsed(u"answer-v11-mixed.xml"_s, V11);
    QCOMPARE(a.outcome(Agency::SKV).state, State::Data);
    const SkvData *skv = a.outcome(Agency::SKV).get<SkvData>();
    QVERIFY(skv && skv->perPart);
    QCOMPARE(skv->parts.size(), 3);
    QCOMPARE(skv->parts[0].name, u"foretagsinformation"_s);
    QVERIFY(!skv->parts[0].error);
    QVERIFY(skv->parts[0].fields.contains({ u"foretag.godkandFskatt"_s, u"true"_s }));
    QCOMPARE(skv->parts[1].name, u"individuppgifter"_s);
    QVERIFY(skv->parts[1].error.has_value());
    QCOMPARE(skv->parts[1].error->code, u"404"_s);
    QVERIFY(
        skv->parts[2].fields.contains({ u"beslutadeSkatteuppgifter[0].uppgifter.summaSlutligSkatt"_s, u"39712"_s }));
}

void TestAnswerParser::readsAkassorPaymentsAndSuspensions()
{
    const Answer soAnswer = parsed(u"answer-v10-all.xml"_s, V10);
    const SoData *so = soAnswer.outcome(Agency::SO).get<SoData>();
    QVERIFY(so);
    QCOMPARE(so->funds.size(), 1);
    const UnemploymentFundAnswer &f = so->funds.first();
    QCOMPARE(f.fund, u"Testkassan"_s);
    QCOMPARE(f.payments.size(), 2);
    QCOMPARE(money(f.payments[0].netAfterTax), u"8420.50"_s);
    QCOMPARE(money(f.payments[0].netAfterDeductions), u"8000.25"_s);
    QCOMPARE(f.payments[0].days, u"11.5"_s);
    QCOMPARE(money(f.payments[1].netAfterTax), u"9100.00"_s);
    QCOMPARE(f.suspensions.size(), 1);
    QCOMPARE(f.suspensions.first().from, QDate(2026, 4, 1));
    QVERIFY(f.hasApplication);
    QVERIFY(!f.entitlementDecided.has_value()); // xsi:nil
    QCOMPARE(f.paymentApplicationSubmitted, std::optional<bool>(true));
}

void TestAnswerParser::readsVehiclesAndTnsErrors()
{
    const Answer tnsAnswer = parsed(u"answer-v10-all.xml"_s, V10);
    const TnsData *tns = tnsAnswer.outcome(Agency::TNS).get<TnsData>();
    QVERIFY(tns && tns->ok());
    QCOMPARE(tns->vehicles.size(), 2);
    QCOMPARE(tns->vehicles[1].registrationNumber, u"FIX202"_s);
    QCOMPARE(tns->vehicles[1].make, u"SÄFFLE"_s);
    QCOMPARE(tns->vehicles[1].kind, u"SLÄPVAGN"_s);
    const Answer felAnswer = parsed(u"answer-v11-mixed.xml"_s, V11);
    const TnsData *fel = felAnswer.outcome(Agency::TNS).get<TnsData>();
    QVERIFY(fel && !fel->ok());
    QCOMPARE(fel->errors.size(), 1);
    QCOMPARE(fel->errors.first().code, 17);
}

void TestAnswerParser::readsPermits()
{
    const Answer mivAnswer = parsed(u"answer-v10-all.xml"_s, V10);
    const MivData *miv = mivAnswer.outcome(Agency::MIV).get<MivData>();
    QVERIFY(miv);
    QCOMPARE(miv->homeCountry, u"Testland"_s);
    QCOMPARE(miv->entryDate, QDate(2021, 9, 1));
    QCOMPARE(miv->permits.size(), 1); // the nil svar is no decision
    const PermitDecision &p = miv->permits.first();
    QCOMPARE(p.permitType, u"TUT"_s);
    QVERIFY(!p.isPermanent());
    QCOMPARE(p.validFrom, QDate(2024, 3, 1));
    QCOMPARE(p.validTo, QDate(2027, 2, 28));
    QCOMPARE(p.decided, QDate(2024, 2, 15));
}

void TestAnswerParser::errorsKeepEveryMessageAndTheirSource()
{
    const Answer a = parsed(u"answer-v11-mixed.xml"_s, V11);
    const AgencyOutcome af = a.outcome(Agency::AF);
    QCOMPARE(af.state, State::Error);
    QCOMPARE(af.error.source, AgencyError::Source::Ssbtek);
    QCOMPARE(af.error.code, u"TIMEOUT"_s);
    QCOMPARE(af.error.messages.size(), 3);
    QCOMPARE(af.error.messages[2], u"Referens 42"_s);
    const AgencyOutcome csn = a.outcome(Agency::CSN);
    QCOMPARE(csn.error.source, AgencyError::Source::Agency);
    QCOMPARE(csn.error.code, u"-1005"_s);
    QVERIFY(std::holds_alternative<std::monostate>(csn.data)); // an error never looks like data
}

void TestAnswerParser::absentAndNotAskedAreDistinct()
{
    AgencySet asked = AgencySet::all();
    asked.remove(Agency::MIV);
    const Answer a = parsed(u"answer-v11-mixed.xml"_s, V11, asked);
    QCOMPARE(a.outcome(Agency::SO).state, State::Absent); // an empty block
    QCOMPARE(a.outcome(Agency::MIV).state, State::NotAsked); // not asked, not there
    const Answer all = parsed(u"answer-v11-mixed.xml"_s, V11);
    QCOMPARE(all.outcome(Agency::MIV).state, State::Absent); // asked, not there
    QVERIFY(!all.complete());
}

void TestAnswerParser::lenientWhereTheServiceIsLoose()
{
    const Answer a = parsed(u"answer-v11-mixed.xml"_s, V11);
    // Base64 broken into lines and surrounded by white space; avvikelser as an array;
    // ersattning as an object; the answer key preliminarautbetalningar in FK's casing.
    const LefiData *lefi = a.outcome(Agency::FK).get<LefiData>();
    QVERIFY(lefi);
    QCOMPARE(lefi->providers.first().state, u"FELANDE"_s);
    QVERIFY(lefi->deviations.isEmpty());
    QCOMPARE(lefi->decisions.first().benefit, u"Sjukpenning"_s);
    QCOMPARE(lefi->decisions.first().benefitCode, u"101"_s);
    QCOMPARE(lefi->preliminaryPayments.size(), 1);
    QCOMPARE(money(lefi->preliminaryPayments.first().net), u"1234.50"_s);
    // Unknown agencies, elements and keys are ignored (answer-v10-all has all three).
    QVERIFY(parsed(u"answer-v10-all.xml"_s, V10).complete());
}

void TestAnswerParser::unreadablePayloadIsThatAgencysErrorOnly()
{
    const Answer a
        = parsed(u"answer-v10-bad-payloads.xml"_s, V10, { Agency::CSN, Agency::FK, Agency::SKV, Agency::MIV });
    for (Agency broken : { Agency::CSN, Agency::FK, Agency::SKV }) {
        const AgencyOutcome o = a.outcome(broken);
        QCOMPARE(o.state, State::Error);
        QCOMPARE(o.error.source, AgencyError::Source::Client);
        QVERIFY(!o.error.messages.isEmpty());
    }
    QCOMPARE(a.outcome(Agency::MIV).state, State::Data);
    QVERIFY(a.outcome(Agency::MIV).get<MivData>()->permits.first().isPermanent());
}

void TestAnswerParser::keepsEachAgencysRawPayload()
{
    const Answer a = parsed(u"answer-v10-all.xml"_s, V10);
    // XML agencies: the exact bytes inside `data`, Swedish characters and all.
    const QByteArray af = a.outcome(Agency::AF).raw;
    QVERIFY(af.trimmed().startsWith("<af:Fraga>"));
    QVERIFY(af.trimmed().endsWith("</af:Svar>"));
    QVERIFY(af.contains("Testsson-Åström"));
    QVERIFY(a.outcome(Agency::MIV).raw.trimmed().endsWith("</response>"));
    QCOMPARE(a.outcome(Agency::TNS).rawFormat, AgencyOutcome::RawFormat::Xml);
    // Base64 agencies: the decoded document.
    QCOMPARE(a.outcome(Agency::CSN).raw, test::readFile(QStringLiteral(FIXTURES) + u"/csn-v4.xml"_s));
    QCOMPARE(a.outcome(Agency::FK).raw, test::readFile(QStringLiteral(FIXTURES) + u"/lefi-rich.json"_s));
    QCOMPARE(a.outcome(Agency::FK).rawFormat, AgencyOutcome::RawFormat::Json);
    QVERIFY(a.outcome(Agency::SKV).raw.startsWith("<?xml"));
}

void TestAnswerParser::aLargePayloadReadsTheSameStraightFromTheBytes()
{
    // Years of payments: the LEFI payload is cut out of what the XML reader sees and decoded
    // from the received bytes, its payments read one at a time. However it is written —
    // one line, wrapped base64, or in CDATA (read the ordinary way) — the answer is the same.
    QJsonObject lefi
        = QJsonDocument::fromJson(test::readFile(QStringLiteral(FIXTURES) + u"/lefi-rich.json"_s)).object();
    QJsonObject fi = lefi.value(u"formansinformation").toObject();
    QJsonArray payments;
    for (int i = 0; i < 800; ++i) {
        for (const QJsonValue &p : fi.value(u"utbetalningsuppgift").toArray())
            payments.append(p);
    }
    fi.insert(u"utbetalningsuppgift"_s, payments);
    lefi.insert(u"formansinformation"_s, fi);
    const QByteArray json = QJsonDocument(lefi).toJson(QJsonDocument::Compact);
    QVERIFY(json.size() > 400 * 1024);
    const QByteArray soap = fixture(u"answer-v10-all.xml"_s);
    const qsizetype begin = soap.indexOf("<ns2:lefiJsonSvar>") + qsizetype(sizeof("<ns2:lefiJsonSvar>") - 1);
    const qsizetype end = soap.indexOf("</ns2:lefiJsonSvar>");
    QVERIFY(begin > 0 && end > begin);
    auto withPayload = [&](const QByteArray &text) { return soap.left(begin) + text + soap.mid(end); };
    const QByteArray base64 = json.toBase64();
    QByteArray wrapped;
    for (qsizetype i = 0; i < base64.size(); i += 76)
        wrapped += base64.mid(i, 76) + "\r\n";
    QList<QJsonObject> seen;
    for (const QByteArray &text : { base64, wrapped, "<![CDATA[" + base64 + "]]>" }) {
        const auto answer = AnswerParser::parse(withPayload(text), V10, AgencySet::all());
        QVERIFY2(answer.hasValue(), answer ? "" : qPrintable(answer.error().message));
        const LefiData *read = answer->outcome(Agency::FK).get<LefiData>();
        QVERIFY(read);
        QCOMPARE(read->payments.size(), 1600 + 1); // and Pensionsmyndigheten's one
        QCOMPARE(answer->outcome(Agency::FK).raw, json); // the decoded document, for the raw view
        QCOMPARE(answer->outcome(Agency::CSN).state, State::Data); // the other agencies as before
        seen.append(answerToJson(*answer));
    }
    QCOMPARE(seen.at(1), seen.at(0));
    QCOMPARE(seen.at(2), seen.at(0));
    // A payload that is not base64 stays that agency's error, however large.
    const auto broken = AnswerParser::parse(
        withPayload(base64.left(base64.size() / 2) + "%%" + base64.mid(base64.size() / 2)), V10, AgencySet::all());
    QVERIFY(broken.hasValue());
    QCOMPARE(broken->outcome(Agency::FK).state, State::Error);
    QCOMPARE(broken->outcome(Agency::AF).state, State::Data);
}

void TestAnswerParser::everyFixtureReadsTheSameReadInRuns()
{
    // With the threshold at a byte, every payload is cut out and every LEFI array read in
    // runs: each answer must read exactly as it does the ordinary way.
    const QDir dir(QStringLiteral(FIXTURES));
    const QStringList names = dir.entryList({ u"answer-*.xml"_s });
    QVERIFY(names.size() >= 4);
    for (const QString &name : names) {
        const QByteArray soap = fixture(name);
        const ProtocolVersion &v = soap.contains("ssbt/10") ? V10 : V11;
        ParseOptions runs;
        runs.largeBytes = 1;
        const auto ordinary = AnswerParser::parse(soap, v, AgencySet::all());
        const auto inRuns = AnswerParser::parse(soap, v, AgencySet::all(), runs);
        QCOMPARE(inRuns.hasValue(), ordinary.hasValue());
        if (!ordinary)
            continue;
        const QByteArray x = QJsonDocument(answerToJson(*inRuns)).toJson(),
                         y = QJsonDocument(answerToJson(*ordinary)).toJson();
        qsizetype at = 0;
        while (at < std::min(x.size(), y.size()) && x.at(at) == y.at(at))
            ++at;
        QVERIFY2(x == y,
            qPrintable(name + u": "_s + QString::fromUtf8(x.mid(at - 200, 400)) + u"\n----\n"_s
                + QString::fromUtf8(y.mid(at - 200, 400))));
        for (Agency a : AllAgencies)
            QVERIFY2(inRuns->outcome(a).raw == ordinary->outcome(a).raw, qPrintable(name + u' ' + agencyCode(a)));
    }
}

void TestAnswerParser::refusesAnAnswerAboveTheSizeLimit()
{
    ParseOptions small;
    small.maxBytes = 1000;
    const auto refused = AnswerParser::parse(fixture(u"answer-v10-all.xml"_s), V10, AgencySet::all(), small);
    QVERIFY(!refused.hasValue());
    QVERIFY(refused.error().message.contains(u"limit"));
    // A 200 MB answer under the default limit: refused at once, not read.
    const QByteArray huge(200 * 1024 * 1024, ' ');
    QVERIFY(!AnswerParser::parse(huge, V10, AgencySet::all()).hasValue());
}

void TestAnswerParser::jsonCarriesTheDocumentedFields()
{
    const QJsonObject json = answerToJson(parsed(u"answer-v10-all.xml"_s, V10));
    const QJsonObject agencies = json.value(u"agencies").toObject();
    auto agency = [&](const char *code) { return agencies.value(QLatin1String(code)).toObject(); };
    QCOMPARE(agency("TNS").value(u"status").toString(), u"data"_s);
    QCOMPARE(agency("TNS").value(u"vehicles").toArray().at(0).toObject().value(u"registrationNumber").toString(),
        u"FIX101"_s);
    QCOMPARE(agency("MIV").value(u"permits").toArray().at(0).toObject().value(u"validTo").toString(), u"2027-02-28"_s);
    const QJsonObject report = agency("AF").value(u"activityReport").toObject();
    QCOMPARE(report.value(u"code").toString(), u"200"_s);
    QCOMPARE(report.value(u"latestDate").toString(), u"2026-06-14"_s);
    QVERIFY(!report.value(u"explanation").toString().isEmpty());
    QCOMPARE(agency("FK").value(u"payments").toArray().at(0).toObject().value(u"net").toString(), u"8360.50"_s);
    QCOMPARE(agency("FK").value(u"preliminaryPayments").toArray().size(), 1);
    QCOMPARE(agency("FK").value(u"jobDays").toObject().value(u"allUsed").toBool(), true);
    QCOMPARE(agency("FK").value(u"pensionHoldings").toObject().value(u"incomePension").toString(), u"500000.00"_s);
    QCOMPARE(agency("SO").value(u"payments").toArray().at(0).toObject().value(u"netAfterTax").toString(), u"8420.50"_s);
    QCOMPARE(agency("CSN").value(u"payments").toArray().size(), 3);
    QCOMPARE(agency("CSN").value(u"payments").toArray().at(2).toObject().value(u"date").type(), QJsonValue::Null);
    const QJsonObject errors = answerToJson(parsed(u"answer-v11-mixed.xml"_s, V11)).value(u"agencies").toObject();
    const QJsonObject afError = errors.value(u"AF").toObject().value(u"error").toObject();
    QCOMPARE(errors.value(u"AF").toObject().value(u"status").toString(), u"error"_s);
    QCOMPARE(afError.value(u"source").toString(), u"SSBT"_s);
    QCOMPARE(afError.value(u"code").toString(), u"TIMEOUT"_s);
    QCOMPARE(afError.value(u"messages").toArray().size(), 3);
    QCOMPARE(errors.value(u"MIV").toObject().value(u"status").toString(), u"absent"_s);
}

QTEST_GUILESS_MAIN(TestAnswerParser)
#include "tst_answerparser.moc"
