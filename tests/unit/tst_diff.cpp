// "Ändringar sedan senast": between two answers about one person, exactly the rows that are
// new, removed or changed, per agency — and nothing for an unchanged answer.

#include "answer/answerparser.h"
#include "presentation/answerdiff.h"
#include "testsupport.h"

#include <QTest>

using namespace ssbtek;
using namespace Qt::StringLiterals;

namespace {

Answer parse(const QByteArray &soap)
{
    return *AnswerParser::parse(soap, *ProtocolVersion::byNumber(10), AgencySet::all());
}

QStringList describe(const QList<presentation::Change> &changes)
{
    QStringList list;
    for (const presentation::Change &c : changes)
        list << agencyCode(c.agency) + u' ' + presentation::changeKindKey(c.kind) + u' ' + c.row + u" ["_s + c.before
                + u" → "_s + c.after + u']';
    return list;
}

} // namespace

class TestDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theSameAnswerHasNoChanges();
    void exactlyTheChangedRowsAreMarked();
    void anAgencyThatFailedIsOneChange();
    void cellsAreValuesForPrograms();
};

void TestDiff::theSameAnswerHasNoChanges()
{
    const QByteArray soap = test::fixture(QStringLiteral(FIXTURES), u"answer-v10-all.xml"_s);
    QVERIFY(presentation::diffAnswers(parse(soap), parse(soap)).isEmpty());
}

void TestDiff::exactlyTheChangedRowsAreMarked()
{
    const QByteArray earlier = test::fixture(QStringLiteral(FIXTURES), u"answer-v10-all.xml"_s);
    QByteArray later = earlier;
    // A month later: one vehicle sold and another bought, the trailer re-registered with
    // another year, the March a-kassa payment corrected, and one more payment in April.
    later.replace("<f:regnr>FIX101</f:regnr>", "<f:regnr>FIX303</f:regnr>");
    later.replace("<f:fordonsar>1999</f:fordonsar>", "<f:fordonsar>2001</f:fordonsar>");
    later.replace("<so:NettoEfterSkatt>9100</so:NettoEfterSkatt>", "<so:NettoEfterSkatt>9250</so:NettoEfterSkatt>");
    later.replace("<so:Avstangningar>",
        "<so:Utbetalningar><so:Utbetalningsdatum>2026-04-05</so:Utbetalningsdatum>"
        "<so:NettoEfterSkatt>7000</so:NettoEfterSkatt><so:NettoEfterAvdrag>7000</so:NettoEfterAvdrag>"
        "<so:Ersattningsdagar>15</so:Ersattningsdagar><so:AvserFrom>2026-03-02</so:AvserFrom>"
        "<so:AvserTom>2026-03-27</so:AvserTom></so:Utbetalningar><so:Avstangningar>");
    QCOMPARE(later.count("FIX303"), 1);
    const QList<presentation::Change> changes = presentation::diffAnswers(parse(earlier), parse(later));
    const QStringList seen = describe(changes);

    auto count = [&changes](Agency a, presentation::Change::Kind k) {
        return std::count_if(changes.cbegin(), changes.cend(),
            [&](const presentation::Change &c) { return c.agency == a && c.kind == k; });
    };
    QCOMPARE(count(Agency::TNS, presentation::Change::Kind::Added), 1); // FIX303
    QCOMPARE(count(Agency::TNS, presentation::Change::Kind::Removed), 1); // FIX101
    QCOMPARE(count(Agency::TNS, presentation::Change::Kind::Changed), 1); // FIX202's year
    QCOMPARE(count(Agency::SO, presentation::Change::Kind::Changed), 1); // the corrected payment
    QCOMPARE(count(Agency::SO, presentation::Change::Kind::Added), 1); // April's payment
    QCOMPARE(count(Agency::SO, presentation::Change::Kind::Removed), 0);
    for (Agency a : { Agency::AF, Agency::CSN, Agency::FK, Agency::SKV, Agency::MIV })
        QVERIFY2(std::none_of(
                     changes.cbegin(), changes.cend(), [a](const presentation::Change &c) { return c.agency == a; }),
            qPrintable(seen.join(u'\n')));
    QVERIFY2(seen.filter(u"TNS new FIX303"_s).size() == 1, qPrintable(seen.join(u'\n')));
    QVERIFY2(seen.filter(u"TNS removed FIX101"_s).size() == 1, qPrintable(seen.join(u'\n')));
    QVERIFY2(seen.filter(u"TNS changed FIX202"_s).filter(u"[Vehicle year: 1999 → Vehicle year: 2001]"_s).size() == 1,
        qPrintable(seen.join(u'\n')));
    const QString was = presentation::cellText(qint64(910000), presentation::Column::Kind::Money),
                  is = presentation::cellText(qint64(925000), presentation::Column::Kind::Money);
    QVERIFY2(
        seen.filter(u"SO changed"_s).filter(u"[Net after tax: "_s + was + u" → Net after tax: "_s + is + u']').size()
            == 1,
        qPrintable(seen.join(u'\n')));

    const presentation::Table table = presentation::changesTable(changes);
    QCOMPARE(table.rows.size(), changes.size());
}

void TestDiff::anAgencyThatFailedIsOneChange()
{
    const QByteArray earlier = test::fixture(QStringLiteral(FIXTURES), u"answer-v10-all.xml"_s);
    QByteArray later = earlier;
    const qsizetype start = later.indexOf("<ns2:TNS>");
    const qsizetype end = later.indexOf("</ns2:TNS>") + qsizetype(sizeof("</ns2:TNS>") - 1);
    QVERIFY(start > 0 && end > start);
    later.replace(start, end - start,
        "<ns2:TNS><ns2:fel><ns2:kalla>SSBT</ns2:kalla><ns2:felkod>TIMEOUT</ns2:felkod></ns2:fel></ns2:TNS>");
    const QList<presentation::Change> changes = presentation::diffAnswers(parse(earlier), parse(later));
    QCOMPARE(changes.size(), 1); // not "both vehicles removed": the information is missing
    QCOMPARE(changes.first().agency, Agency::TNS);
    QCOMPARE(changes.first().kind, presentation::Change::Kind::Changed);
}

void TestDiff::cellsAreValuesForPrograms()
{
    using K = presentation::Column::Kind;
    QCOMPARE(presentation::cellValue(QVariant::fromValue(qint64(925000)), K::Money), QJsonValue(u"9250.00"_s));
    QCOMPARE(presentation::cellValue(QVariant::fromValue(qint64(-5)), K::Money), QJsonValue(u"-0.05"_s));
    QCOMPARE(presentation::cellValue(QVariant::fromValue(Amount::unreadable(u"8420.505"_s)), K::Money),
        QJsonValue(QJsonObject { { u"unreadable"_s, u"8420.505"_s } }));
    QCOMPARE(presentation::cellValue(QDate(2028, 2, 29), K::Date), QJsonValue(u"2028-02-29"_s));
    QCOMPARE(presentation::cellValue(42, K::Number), QJsonValue(42));
    QCOMPARE(presentation::cellValue(u"TST404"_s, K::Text), QJsonValue(u"TST404"_s));
    QVERIFY(presentation::cellValue(QVariant(), K::Money).isNull()); // empty: null, never 0
}

QTEST_GUILESS_MAIN(TestDiff)
#include "tst_diff.moc"
