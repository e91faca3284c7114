// Log follow-up: each pattern finds exactly its seeded case in a generated audit log of
// 10 000 ordinary lookups, and the thresholds are the settings'.

#include "auditfixture.h"
#include "store/followup.h"

#include "testsupport.h"

#include <QTest>

using namespace ssbtek;
namespace test = ssbtek::test;
using namespace Qt::StringLiterals;

class TestFollowUp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void eachPatternFindsItsCaseAndNothingElse_data();
    void eachPatternFindsItsCaseAndNothingElse();
    void thresholdsAreTheSettings();
    void patternKeysRoundTrip();

private:
    test::AuditFixture m_fixture;
};

void TestFollowUp::initTestCase()
{
    test::fixClock();
    m_fixture = test::makeAuditFixture();
    QVERIFY(m_fixture.records.size() > 10000);
}

void TestFollowUp::eachPatternFindsItsCaseAndNothingElse_data()
{
    QTest::addColumn<int>("pattern");
    for (store::Pattern p : store::AllPatterns)
        QTest::newRow(qPrintable(store::patternKey(p))) << int(p);
}

void TestFollowUp::eachPatternFindsItsCaseAndNothingElse()
{
    QFETCH(int, pattern);
    const auto p = store::Pattern(pattern);
    QSet<qint64> found;
    for (const store::AuditRecord &r : store::findPattern(p, m_fixture.records, {}))
        found.insert(r.id);
    const QSet<qint64> expected = m_fixture.seeded.value(store::patternKey(p));
    QVERIFY(!expected.isEmpty());
    QCOMPARE(found, expected);
}

void TestFollowUp::thresholdsAreTheSettings()
{
    store::FollowUpSettings s;
    // The background's own rhythm: two lookups of a person ten minutes apart.
    s.repeatedLookups = 2;
    QVERIFY(store::findPattern(store::Pattern::RepeatedWithoutSaved, m_fixture.records, s).size() > 9000);
    s = {};
    s.manyCaseworkers = 5; // the seeded person had four
    QVERIFY(store::findPattern(store::Pattern::PersonByManyCaseworkers, m_fixture.records, s).isEmpty());
    s = {};
    s.manyPersons = 26; // the burst had 25
    QVERIFY(store::findPattern(store::Pattern::ManyPersonsShortTime, m_fixture.records, s).isEmpty());
    s = {};
    s.officeEnd = QTime(23, 0); // 22:30 is then office hours
    QVERIFY(store::findPattern(store::Pattern::OutsideOfficeHours, m_fixture.records, s).isEmpty());
    s.officeStart = QTime(8, 30); // and the background's 08:00 lookups are not
    QVERIFY(!store::findPattern(store::Pattern::OutsideOfficeHours, m_fixture.records, s).isEmpty());
}

void TestFollowUp::patternKeysRoundTrip()
{
    for (store::Pattern p : store::AllPatterns) {
        QCOMPARE(store::patternFromKey(store::patternKey(p)), std::optional<store::Pattern>(p));
        QVERIFY(!store::patternName(p).isEmpty());
    }
    QVERIFY(!store::patternFromKey(u"nonsense"_s));
}

QTEST_GUILESS_MAIN(TestFollowUp)
#include "tst_followup.moc"
