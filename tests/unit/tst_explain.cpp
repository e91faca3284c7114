#include "explain/explanations.h"

#include <QTest>

using namespace ssbtek;
using namespace Qt::StringLiterals;

class TestExplain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyActivityReportCodeHasItsOwnSentence();
    void unknownCodesAreShownAsUnknownWithTheCode_data();
    void unknownCodesAreShownAsUnknownWithTheCode();
    void knownCodesAreKnown_data();
    void knownCodesAreKnown();
    void agencyErrorSaysWhereWhatAndTheMessage();
};

void TestExplain::everyActivityReportCodeHasItsOwnSentence()
{
    QSet<QString> texts;
    for (const char *code : { "200", "500", "501", "502" }) {
        const auto e = explain::activityReport(QString::fromLatin1(code));
        QVERIFY(e.known);
        texts.insert(e.text);
    }
    QCOMPARE(texts.size(), 4);
}

void TestExplain::unknownCodesAreShownAsUnknownWithTheCode_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<QString>("code");
    QTest::newRow("activity report") << 0 << "503";
    QTest::newRow("provider state") << 1 << "NYTT";
    QTest::newRow("deviation") << 2 << "ANNAT";
    QTest::newRow("TNS result") << 3 << "KANSKE";
    QTest::newRow("validity") << 4 << "EVIG";
    QTest::newRow("CSN error") << 5 << "-9999";
}

void TestExplain::unknownCodesAreShownAsUnknownWithTheCode()
{
    QFETCH(int, which);
    QFETCH(QString, code);
    explain::Explanation e;
    switch (which) {
    case 0:
        e = explain::activityReport(code);
        break;
    case 1:
        e = explain::lefiProviderState(code);
        break;
    case 2:
        e = explain::lefiDeviation(code);
        break;
    case 3:
        e = explain::tnsResult(code);
        break;
    case 4:
        e = explain::permitValidity(code);
        break;
    case 5:
        e = explain::errorCode(Agency::CSN, code);
        break;
    }
    QVERIFY(!e.known);
    QVERIFY2(e.text.contains(code), qPrintable(e.text));
}

void TestExplain::knownCodesAreKnown_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<QString>("code");
    for (const char *c : { "OK", "FELANDE", "OTILLGANGLIG" })
        QTest::addRow("provider %s", c) << 1 << QString::fromLatin1(c);
    for (const char *c : { "INTERNT_FEL", "OBEHORIG" })
        QTest::addRow("deviation %s", c) << 2 << QString::fromLatin1(c);
    for (const char *c : { "OK", "FEL" })
        QTest::addRow("tns %s", c) << 3 << QString::fromLatin1(c);
    for (const char *c : { "PERMANENT", "TIDBEGRANSAT" })
        QTest::addRow("validity %s", c) << 4 << QString::fromLatin1(c);
    QTest::newRow("CSN -1005") << 5 << "-1005";
}

void TestExplain::knownCodesAreKnown()
{
    QFETCH(int, which);
    QFETCH(QString, code);
    explain::Explanation e;
    switch (which) {
    case 1:
        e = explain::lefiProviderState(code);
        break;
    case 2:
        e = explain::lefiDeviation(code);
        break;
    case 3:
        e = explain::tnsResult(code);
        break;
    case 4:
        e = explain::permitValidity(code);
        break;
    case 5:
        e = explain::errorCode(Agency::CSN, code);
        break;
    }
    QVERIFY(e.known);
    QVERIFY(!e.text.isEmpty());
}

void TestExplain::agencyErrorSaysWhereWhatAndTheMessage()
{
    const AgencyError csn { AgencyError::Source::Agency, u"BT"_s, u"-1005"_s,
        { u"Inparametrar bryter mot kontrakt"_s } };
    const QString text = explain::agencyError(Agency::CSN, csn);
    QVERIFY(text.contains(explain::errorSource(AgencyError::Source::Agency, u"BT"_s).text));
    QVERIFY(text.contains(u"31 characters"));
    QVERIFY(text.contains(u"Inparametrar bryter mot kontrakt"));
    const AgencyError other { AgencyError::Source::Ssbtek, u"SSBT"_s, u"X-1"_s, { u"a"_s, u"b"_s } };
    const QString otherText = explain::agencyError(Agency::AF, other);
    QVERIFY(otherText.contains(u"X-1"));
    QVERIFY(otherText.contains(u"a — b"));
    QVERIFY(!explain::errorSource(AgencyError::Source::Unknown, u"??"_s).known);
}

QTEST_GUILESS_MAIN(TestExplain)
#include "tst_explain.moc"
