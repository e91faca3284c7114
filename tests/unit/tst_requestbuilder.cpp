#include "client/requestbuilder.h"
#include "client/requestsummary.h"
#include "client/ssbtekclient.h"
#include "testsupport.h"
#include "xsd/xsdvalidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QXmlStreamReader>

using namespace ssbtek;
using namespace Qt::StringLiterals;

namespace {

Query sampleQuery()
{
    Query q;
    q.person = *Personnummer::parse(u"198504129829");
    q.period = { QDate(2026, 1, 1), QDate(2026, 6, 30) };
    q.purpose = u"Beslut om ekonomiskt bistånd"_s;
    q.legalBasis = u"11 kap. 11 a § SoL"_s;
    q.organisationNumber = u"555000-0003"_s;
    q.organisationName = u"Testkommunen"_s;
    q.caseworker = u"hl0001"_s;
    q.lefi = LefiQuery::standard(u"000-00"_s);
    q.askedAt = QDateTime(QDate(2026, 7, 1), QTime(9, 30), Qt::OffsetFromUTC, 7200);
    q.correlationId = u"corr-1"_s;
    return q;
}

// Local names of the children of the first element called `parent`.
QStringList childNames(const QByteArray &xml, const QString &parent)
{
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        if (r.readNext() == QXmlStreamReader::StartElement && r.name() == parent) {
            QStringList names;
            while (r.readNextStartElement()) {
                names << r.name().toString();
                r.skipCurrentElement();
            }
            return names;
        }
    }
    return {};
}

QString textOf(const QByteArray &xml, const QString &element)
{
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        if (r.readNext() == QXmlStreamReader::StartElement && r.name() == element)
            return r.readElementText();
    }
    return {};
}

QByteArray xmlOf(const Query &q, const ProtocolVersion &v)
{
    const auto built = RequestBuilder::build(q, v);
    if (!built)
        return {};
    return built->message.toXml();
}

} // namespace

class TestRequestBuilder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theGatewaySetsTheCaseworkerAndNothingElse();
    void theGatewayRefusesARequestItCannotReadOneWay_data();
    void theGatewayRefusesARequestItCannotReadOneWay();
    void writesGeneralParametersInSchemaOrder();
    void writesEveryAgencyWithInkludera();
    void v11AddsSkatteverketQueryOnlyThere();
    void generatesCaseIdsThatCsnAccepts();
    void refusesIncompleteQueriesSayingWhy_data();
    void refusesIncompleteQueriesSayingWhy();
    void carriesTheLefiQueryAsBase64Json();
    void addsAgencyPeriodsAndDataProcessors();
    void requestsValidateAgainstTheOfficialSchema_data();
    void requestsValidateAgainstTheOfficialSchema();
    void schemaValidationCatchesABrokenRequest();
};

void TestRequestBuilder::writesGeneralParametersInSchemaOrder()
{
    const QByteArray xml = xmlOf(sampleQuery(), *ProtocolVersion::byNumber(10));
    QCOMPARE(childNames(xml, u"hamtaBastjanstInformation"_s),
        QStringList({ u"generellaFrageparametrar"_s, u"specifikaFrageparametrar"_s }));
    QCOMPARE(childNames(xml, u"generellaFrageparametrar"_s),
        QStringList({ u"frageTidpunkt"_s, u"korrelationsid"_s, u"fraganSkallInkluderasISvaret"_s, u"ingivare"_s,
            u"personidentitet"_s, u"arendeidentitet"_s, u"tidsperiod"_s, u"syfte"_s, u"lagtext"_s }));
    QCOMPARE(childNames(xml, u"ingivare"_s), QStringList({ u"organisationsnummer"_s, u"namn"_s, u"handlaggare"_s }));
    QCOMPARE(textOf(xml, u"organisationsnummer"_s), u"165550000003"_s);
    QCOMPARE(textOf(xml, u"personidentitet"_s), u"198504129829"_s);
    QCOMPARE(textOf(xml, u"frageTidpunkt"_s), u"2026-07-01T09:30:00+02:00"_s);
    QCOMPARE(textOf(xml, u"fraganSkallInkluderasISvaret"_s), u"false"_s);
}

void TestRequestBuilder::writesEveryAgencyWithInkludera()
{
    Query q = sampleQuery();
    q.agencies = { Agency::AF, Agency::TNS };
    const QByteArray xml = xmlOf(q, *ProtocolVersion::byNumber(11));
    QCOMPARE(childNames(xml, u"specifikaFrageparametrar"_s),
        QStringList({ u"AF"_s, u"CSN"_s, u"FK"_s, u"SKV"_s, u"SO"_s, u"TNS"_s, u"MIV"_s }));
    QXmlStreamReader r(xml);
    QMap<QString, QString> inkludera;
    while (!r.atEnd()) {
        if (r.readNext() == QXmlStreamReader::StartElement && r.attributes().hasAttribute(u"inkludera"_s)) {
            // The attribute is unqualified (attributeFormDefault="unqualified").
            QVERIFY(r.attributes().at(0).namespaceUri().isEmpty());
            inkludera[r.name().toString()] = r.attributes().value(u"inkludera"_s).toString();
            QCOMPARE(r.namespaceUri().toString(), ProtocolVersion::byNumber(11)->namespaceUri);
        }
    }
    QCOMPARE(inkludera.value(u"AF"_s), u"true"_s);
    QCOMPARE(inkludera.value(u"TNS"_s), u"true"_s);
    QCOMPARE(inkludera.value(u"FK"_s), u"false"_s);
    QCOMPARE(inkludera.size(), 7);
    // An excluded agency carries no children: the FK query is absent.
    QVERIFY(!xml.contains("lefiJsonFraga"));
}

void TestRequestBuilder::v11AddsSkatteverketQueryOnlyThere()
{
    const Query q = sampleQuery();
    const QByteArray v10 = xmlOf(q, *ProtocolVersion::byNumber(10));
    const QByteArray v11 = xmlOf(q, *ProtocolVersion::byNumber(11));
    QVERIFY(childNames(v10, u"SKV"_s).isEmpty());
    QCOMPARE(childNames(v11, u"SKV"_s), QStringList({ u"fraga"_s }));
    // Two latest completed taxation years before the period's end, and all five parts.
    QXmlStreamReader r(v11);
    QStringList years;
    while (!r.atEnd()) {
        if (r.readNext() == QXmlStreamReader::StartElement && r.name() == u"ar")
            years << r.readElementText();
    }
    QCOMPARE(years, QStringList({ u"2024"_s, u"2025"_s }));
    QVERIFY(v10.contains(ProtocolVersion::byNumber(10)->namespaceUri.toUtf8()));
    QVERIFY(!v10.contains("integration/ssbt/11"));
    QVERIFY(v11.contains("integration/ssbt/11"));
}

void TestRequestBuilder::generatesCaseIdsThatCsnAccepts()
{
    QSet<QString> seen;
    for (int i = 0; i < 50; ++i) {
        const auto built = RequestBuilder::build(sampleQuery(), ProtocolVersion::latest());
        QVERIFY(built.hasValue());
        QCOMPARE(built->caseId.size(), RequestBuilder::MaxCaseIdLength);
        seen.insert(built->caseId);
    }
    QCOMPARE(seen.size(), 50);
    Query q = sampleQuery();
    q.caseId = QString(31, u'x');
    QCOMPARE(RequestBuilder::build(q, ProtocolVersion::latest())->caseId, q.caseId);
    q.caseId = QString(32, u'x');
    const auto refused = RequestBuilder::build(q, ProtocolVersion::latest());
    QVERIFY(!refused.hasValue());
    QCOMPARE(refused.error().first().field, RequestProblem::Field::CaseId);
}

void TestRequestBuilder::refusesIncompleteQueriesSayingWhy_data()
{
    QTest::addColumn<int>("mutation");
    QTest::addColumn<int>("field");
    using F = RequestProblem::Field;
    QTest::newRow("no person") << 0 << int(F::Person);
    QTest::newRow("period backwards") << 1 << int(F::Period);
    QTest::newRow("no agencies") << 2 << int(F::Agencies);
    QTest::newRow("no purpose") << 3 << int(F::Purpose);
    QTest::newRow("no legal basis") << 4 << int(F::LegalBasis);
    QTest::newRow("bad organisation number") << 5 << int(F::Organisation);
    QTest::newRow("no caseworker") << 6 << int(F::Caseworker);
    QTest::newRow("FK without actor id") << 7 << int(F::Lefi);
    QTest::newRow("FK period over two years") << 8 << int(F::Period);
    QTest::newRow("period for MIV") << 9 << int(F::AgencyPeriod);
    QTest::newRow("v11 SKV without years") << 10 << int(F::Skv);
}

void TestRequestBuilder::refusesIncompleteQueriesSayingWhy()
{
    QFETCH(int, mutation);
    QFETCH(int, field);
    Query q = sampleQuery();
    switch (mutation) {
    case 0:
        q.person.reset();
        break;
    case 1:
        q.period = { QDate(2026, 2, 1), QDate(2026, 1, 1) };
        break;
    case 2:
        q.agencies = {};
        break;
    case 3:
        q.purpose = u"  "_s;
        break;
    case 4:
        q.legalBasis.clear();
        break;
    case 5:
        q.organisationNumber = u"555000-0004"_s;
        break;
    case 6:
        q.caseworker.clear();
        break;
    case 7:
        q.lefi.actorId.clear();
        break;
    case 8:
        q.period = { QDate(2023, 1, 1), QDate(2026, 1, 1) };
        break;
    case 9:
        q.agencyPeriods.insert(Agency::MIV, q.period);
        break;
    case 10:
        q.skv = SkvQuery {};
        break;
    }
    const auto built = RequestBuilder::build(q, *ProtocolVersion::byNumber(11));
    QVERIFY(!built.hasValue());
    QCOMPARE(built.error().size(), 1);
    QCOMPARE(int(built.error().first().field), field);
    QVERIFY(!built.error().first().message.isEmpty());
}

void TestRequestBuilder::carriesTheLefiQueryAsBase64Json()
{
    const QByteArray xml = xmlOf(sampleQuery(), ProtocolVersion::latest());
    QCOMPARE(childNames(xml, u"fraga"_s).first(), u"version"_s);
    QCOMPARE(textOf(xml, u"aktorsid"_s), u"000-00"_s);
    const QByteArray json = QByteArray::fromBase64(textOf(xml, u"lefiJsonFraga"_s).toLatin1());
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    QCOMPARE(o.value(u"personnummer").toString(), u"198504129829"_s);
    QCOMPARE(o.value(u"period").toObject().value(u"from").toString(), u"2026-01-01"_s);
    QCOMPARE(o.value(u"period").toObject().value(u"tom").toString(), u"2026-06-30"_s);
    QCOMPARE(o.value(u"formansinformation").toArray().size(), 27);
    QCOMPARE(o.value(u"ansprak").toArray().size(), 3);
    QCOMPARE(o.value(u"utbetalningar").toArray().size(), 30);
    QCOMPARE(o.value(u"preliminaraUtbetalningar").toArray().size(), 30);
    QCOMPARE(o.value(u"ovrigInformation").toArray(), QJsonArray({ u"FK:GEPI"_s }));
    QVERIFY(o.value(u"formansinformation").toArray().contains(u"FK:PJOB"_s));
}

void TestRequestBuilder::addsAgencyPeriodsAndDataProcessors()
{
    Query q = sampleQuery();
    q.agencyPeriods.insert(Agency::CSN, { QDate(2025, 1, 1), QDate(2025, 12, 31) });
    q.dataProcessors.append({ 3, u"555000-0003"_s, u"Biträdet"_s });
    const QByteArray xml = xmlOf(q, ProtocolVersion::latest());
    QCOMPARE(childNames(xml, u"CSN"_s), QStringList({ u"tidsperiod"_s }));
    QCOMPARE(childNames(xml, u"personuppgiftsbitrade"_s),
        QStringList({ u"ordningsnummer"_s, u"organisationsnummer"_s, u"namn"_s }));
    QCOMPARE(childNames(xml, u"generellaFrageparametrar"_s).at(7), u"personuppgiftsbitrade"_s);
}

void TestRequestBuilder::requestsValidateAgainstTheOfficialSchema_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<int>("variant");
    for (int v : { 10, 11 }) {
        QTest::addRow("v%d all agencies", v) << v << 0;
        QTest::addRow("v%d some agencies, periods, processor", v) << v << 1;
        QTest::addRow("v%d test operation", v) << v << 2;
    }
}

void TestRequestBuilder::requestsValidateAgainstTheOfficialSchema()
{
    QFETCH(int, version);
    QFETCH(int, variant);
    const QString xsd = test::wrapperXsd(version);
    if (xsd.isEmpty())
        QSKIP("The SSBTEK contract (../shared/ssbtek-contract or $SSBTEK_CONTRACT_DIR) is absent: schema "
              "validation skipped.");
    XsdValidator validator(xsd);
    QVERIFY2(validator.isLoaded(), qPrintable(validator.loadError()));
    const ProtocolVersion v = *ProtocolVersion::byNumber(version);
    QByteArray xml;
    if (variant == 2) {
        xml = RequestBuilder::buildTest(v).toXml();
    } else {
        Query q = sampleQuery();
        if (variant == 1) {
            q.agencies = { Agency::AF, Agency::CSN, Agency::SO, Agency::SKV };
            q.agencyPeriods.insert(Agency::SO, { QDate(2025, 6, 1), QDate(2025, 12, 31) });
            q.dataProcessors.append({ 3, u"555000-0003"_s, u"Biträdet"_s });
            q.echoQuestion = true;
        }
        xml = xmlOf(q, v);
    }
    QVERIFY(!xml.isEmpty());
    const QStringList problems = validator.validate(xml);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestRequestBuilder::schemaValidationCatchesABrokenRequest()
{
    const QString xsd = test::wrapperXsd(10);
    if (xsd.isEmpty())
        QSKIP("The SSBTEK contract is absent: schema validation skipped.");
    XsdValidator validator(xsd);
    QByteArray xml = xmlOf(sampleQuery(), *ProtocolVersion::byNumber(10));
    // Swap two elements of the strict sequence: the validator must notice.
    const QByteArray fixed = xml;
    xml.replace("syfte>", "SYFTE_TMP>").replace("lagtext>", "syfte>").replace("SYFTE_TMP>", "lagtext>");
    QVERIFY(xml != fixed);
    QVERIFY(!validator.validate(xml).isEmpty());
}

void TestRequestBuilder::theGatewaySetsTheCaseworkerAndNothingElse()
{
    const ProtocolVersion &v = ProtocolVersion::latest();
    const QByteArray sent = SsbtekClient::envelope(RequestBuilder::build(sampleQuery(), v)->message, v);
    const RequestSummary before = RequestSummary::read(sent);
    QCOMPARE(before.caseworkerElements, 1);
    QVERIFY(before.caseworker != u"anna <& co>");
    const QByteArray rewritten = withCaseworker(sent, u"anna <& co>"_s);
    QVERIFY(!rewritten.isEmpty());
    const RequestSummary after = RequestSummary::read(rewritten);
    QCOMPARE(after.caseworker, u"anna <& co>"_s);
    QCOMPARE(after.personnummer, before.personnummer);
    QCOMPARE(after.purpose, before.purpose);
    QCOMPARE(after.included.toString(), before.included.toString());
    // Byte for byte outside the element's text.
    const qsizetype start = sent.indexOf(before.caseworker.toUtf8());
    QVERIFY(start > 0);
    QCOMPARE(rewritten.left(start), sent.left(start));
    QCOMPARE(rewritten.mid(rewritten.size() - (sent.size() - start - before.caseworker.toUtf8().size())),
        sent.mid(start + before.caseworker.toUtf8().size()));
}

void TestRequestBuilder::theGatewayRefusesARequestItCannotReadOneWay_data()
{
    const ProtocolVersion &v = ProtocolVersion::latest();
    const QByteArray sent = SsbtekClient::envelope(RequestBuilder::build(sampleQuery(), v)->message, v);
    const qsizetype body = sent.indexOf("<soap:Body>") + 11;
    QTest::addColumn<QByteArray>("request");
    QByteArray inComment = sent;
    inComment.insert(body, "<!-- <x:handlaggare>mallory</x:handlaggare> -->");
    QTest::newRow("a look-alike in a comment") << inComment;
    QByteArray twice = sent;
    const qsizetype at = twice.indexOf("handlaggare>");
    twice.insert(twice.indexOf("</", at), "</handlaggare><handlaggare>x"); // two elements
    QTest::newRow("two handlaggare") << twice;
    QByteArray cdata = sent;
    const qsizetype open = cdata.indexOf("handlaggare>") + 12;
    cdata.replace(open, cdata.indexOf("</", open) - open, "<![CDATA[mallory]]>");
    QTest::newRow("CDATA") << cdata;
    QTest::newRow("none") << QByteArray(sent).replace("handlaggare", "handlaggarX");
}

void TestRequestBuilder::theGatewayRefusesARequestItCannotReadOneWay()
{
    QFETCH(QByteArray, request);
    QVERIFY(withCaseworker(request, u"anna"_s).isEmpty());
}

QTEST_GUILESS_MAIN(TestRequestBuilder)
#include "tst_requestbuilder.moc"
