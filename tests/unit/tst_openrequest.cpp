// A lookup handed over by the case system: the fields a link or the command line may carry, each
// checked, and everything else refused with the reason; what goes over the local socket is
// checked again on arrival.

#include "lookup/openrequest.h"
#include "testsupport.h"

#include <QTest>

using namespace ssbtek;
using namespace ssbtek::lookup;
using namespace Qt::StringLiterals;

class TestOpenRequest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::fixClock(); }
    void aLinkCarriesThePersonTheCaseAndTheHousehold();
    void theCommandLineCarriesTheSame();
    void malformedLinksAreRefusedWithTheReason_data();
    void malformedLinksAreRefusedWithTheReason();
    void whatArrivesOverTheSocketIsCheckedAgain();
};

void TestOpenRequest::aLinkCarriesThePersonTheCaseAndTheHousehold()
{
    const auto r = OpenRequest::fromLink(QUrl(u"ssbtek:lookup?person=19850412-9829&case=SOC-2026-0417"
                                              "&co-applicant=199109099862&child=19971212-9841&from=2026-08-01"
                                              "&to=2026-10-31&purpose=Beslut%20om%20bist%C3%A5nd"_s));
    QVERIFY2(r, r ? "" : qPrintable(r.error()));
    QCOMPARE(r->source, OpenRequest::Source::Link);
    QCOMPARE(r->sourceKey(), u"link"_s);
    QCOMPARE(r->person.wire(), u"198504129829"_s);
    QCOMPARE(r->caseId, u"SOC-2026-0417"_s);
    QVERIFY(r->coApplicant);
    QCOMPARE(r->coApplicant->wire(), u"199109099862"_s);
    QCOMPARE(r->children.size(), 1);
    QCOMPARE(r->children.first().wire(), u"199712129841"_s);
    QVERIFY(r->period);
    QCOMPARE(r->period->from, QDate(2026, 8, 1));
    QCOMPARE(r->period->to, QDate(2026, 10, 31));
    QCOMPARE(r->purpose, u"Beslut om bistånd"_s);
    // The person alone is enough.
    QVERIFY(OpenRequest::fromLink(QUrl(u"ssbtek:lookup?person=198504129829"_s)));
    QVERIFY(OpenRequest::isLink(u"ssbtek:lookup?person=198504129829"_s));
    QVERIFY(!OpenRequest::isLink(u"--person"_s));
}

void TestOpenRequest::theCommandLineCarriesTheSame()
{
    const auto r = OpenRequest::fromOptions({ { u"person"_s, { u"198504129829"_s } }, { u"case-id"_s, { u"SOC-1"_s } },
        { u"child"_s, { u"19971212-9841"_s, u"19850412-9829"_s } } });
    QVERIFY2(r, r ? "" : qPrintable(r.error()));
    QCOMPARE(r->sourceKey(), u"command-line"_s);
    QCOMPARE(r->children.size(), 2);
    QVERIFY(!r->period);
    const auto missing = OpenRequest::fromOptions({ { u"case-id"_s, { u"SOC-1"_s } } });
    QVERIFY(!missing);
    QVERIFY(missing.error().contains(u"person"));
}

void TestOpenRequest::malformedLinksAreRefusedWithTheReason_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("reason");
    QTest::newRow("another scheme") << u"https://ssbtek.example/lookup?person=198504129829"_s << u"Not a lookup link"_s;
    QTest::newRow("a host") << u"ssbtek://evil.example/lookup?person=198504129829"_s << u"Not a lookup link"_s;
    QTest::newRow("another action") << u"ssbtek:ask?person=198504129829"_s << u"Not a lookup link"_s;
    QTest::newRow("a field of its own") << u"ssbtek:lookup?person=198504129829&agencies=ALL"_s << u"Unknown field"_s;
    QTest::newRow("an endpoint smuggled in")
        << u"ssbtek:lookup?person=198504129829&endpoint=https://x"_s << u"Unknown field"_s;
    QTest::newRow("no person") << u"ssbtek:lookup?case=SOC-1"_s << u"person is missing"_s;
    QTest::newRow("a wrong check digit") << u"ssbtek:lookup?person=198504129828"_s << u"The person"_s;
    QTest::newRow("two persons") << u"ssbtek:lookup?person=198504129829&person=199109099862"_s << u"more than once"_s;
    QTest::newRow("a bad child") << u"ssbtek:lookup?person=198504129829&child=1234"_s << u"A child"_s;
    QTest::newRow("markup in the case id")
        << u"ssbtek:lookup?person=198504129829&case=%3Cb%3Ex%3C/b%3E"_s << u"case id may hold"_s;
    QTest::newRow("a long case id") << u"ssbtek:lookup?person=198504129829&case="_s + QString(65, u'A')
                                    << u"longer than 64"_s;
    QTest::newRow("half a period") << u"ssbtek:lookup?person=198504129829&from=2026-08-01"_s << u"period"_s;
    QTest::newRow("a period backwards") << u"ssbtek:lookup?person=198504129829&from=2026-09-01&to=2026-08-01"_s
                                        << u"period"_s;
    QTest::newRow("not a date") << u"ssbtek:lookup?person=198504129829&from=1/8/2026&to=2026-08-31"_s << u"period"_s;
}

void TestOpenRequest::malformedLinksAreRefusedWithTheReason()
{
    QFETCH(QString, link);
    QFETCH(QString, reason);
    const auto r = OpenRequest::fromLink(QUrl(link));
    QVERIFY(!r);
    QVERIFY2(r.error().contains(reason), qPrintable(r.error()));
}

void TestOpenRequest::whatArrivesOverTheSocketIsCheckedAgain()
{
    const auto r = OpenRequest::fromLink(QUrl(u"ssbtek:lookup?person=198504129829&case=SOC-1&child=199712129841"_s));
    QVERIFY(r);
    const auto back = OpenRequest::fromJson(r->toJson());
    QVERIFY(back);
    QCOMPARE(back->toJson(), r->toJson());
    QCOMPARE(back->source, OpenRequest::Source::Link);
    // Another program of the user writing to the socket gets no further than a link would.
    QJsonObject forged = r->toJson();
    forged.insert(u"legalBasis"_s, u"anything"_s);
    QVERIFY(!OpenRequest::fromJson(forged));
    forged = r->toJson();
    forged.insert(u"person"_s, u"198504129828"_s);
    QVERIFY(!OpenRequest::fromJson(forged));
}

QTEST_GUILESS_MAIN(TestOpenRequest)
#include "tst_openrequest.moc"
