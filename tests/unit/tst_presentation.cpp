// What the window shows, without the window: per-agency facts and tables, the income
// overview (with failed sources marked, never summed as zero), and the table model.

#include "agencies/agencyjson.h"
#include "answer/answerjson.h"
#include "answer/answerparser.h"
#include "presentation/report.h"
#include "presentation/tablemodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace ssbtek;
using namespace ssbtek::presentation;
using namespace Qt::StringLiterals;

namespace {
Answer answer(const QString &fixture, int version)
{
    return *AnswerParser::parse(
        test::fixture(QStringLiteral(FIXTURES), fixture), *ProtocolVersion::byNumber(version), AgencySet::all());
}
} // namespace

class TestPresentation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tabTitlesSayStateAndCount();
    void tablesCarryTypedValues();
    void incomeOverviewSumsPerMonthAndSource();
    void failedSourcesAreMarkedNotZero();
    void flagsWhatMustNotBeMissed();
    void tableModelPassesQtsModelTester();
    void delimitedTextQuotesAndKeepsNumbersReadable();
    void reportHasHeaderAndEveryAgency();
    void skatteverketSaysWhomItIsAbout();
    void everyAgencyIsShownByItsOwnFolder();
};

void TestPresentation::tabTitlesSayStateAndCount()
{
    const Answer a = answer(u"answer-v10-all.xml"_s, 10);
    QCOMPARE(tabTitle(present(Agency::TNS, a.outcome(Agency::TNS))), u"TNS (2)"_s);
    QCOMPARE(tabTitle(present(Agency::FK, a.outcome(Agency::FK))), u"FK (3)"_s);
    const Answer mixed = answer(u"answer-v11-mixed.xml"_s, 11);
    QCOMPARE(tabTitle(present(Agency::AF, mixed.outcome(Agency::AF))), u"AF — error"_s);
    QCOMPARE(tabTitle(present(Agency::MIV, mixed.outcome(Agency::MIV))), u"MIV — no answer"_s);
    const AgencyPresentation af = present(Agency::AF, mixed.outcome(Agency::AF));
    QVERIFY(af.tables.isEmpty());
    QVERIFY(af.errorText.contains(u"TIMEOUT"));
}

void TestPresentation::tablesCarryTypedValues()
{
    const Answer a = answer(u"answer-v10-all.xml"_s, 10);
    const AgencyPresentation fk = present(Agency::FK, a.outcome(Agency::FK));
    const Table &payments = fk.tables.first();
    QCOMPARE(payments.columns.at(7).kind, Column::Kind::Money);
    QCOMPARE(payments.rows.first().at(7).toLongLong(), qint64(836050));
    QCOMPARE(payments.rows.first().at(0).toDate(), QDate(2026, 2, 24));
    QCOMPARE(cellText(payments.rows.first().at(7), Column::Kind::Money), u"8\u00A0360,50\u00A0kr"_s);
    const AgencyPresentation miv = present(Agency::MIV, a.outcome(Agency::MIV));
    QCOMPARE(miv.tables.first().rows.first().at(1).toString(), u"Valid until 2027-02-28"_s);
    const AgencyPresentation pension = present(Agency::FK, a.outcome(Agency::FK));
    QVERIFY(std::any_of(pension.facts.cbegin(), pension.facts.cend(),
        [](const Fact &f) { return f.label == u"Income pension" && f.value.startsWith(u"500"); }));
}

void TestPresentation::incomeOverviewSumsPerMonthAndSource()
{
    const Answer a = answer(u"answer-v10-all.xml"_s, 10);
    const IncomeOverview o = incomeOverview(a, { QDate(2026, 1, 1), QDate(2026, 3, 31) });
    QCOMPARE(o.months.size(), 3);
    // February: aktivitetsstöd 8 360,50 + bostadsbidrag 1 200 (FK), pension 3 100 (PM),
    // a-kassa 8 420,50; CSN paid 12 036.
    QCOMPARE(o.amounts[1][0].exact()->toDecimalString(), u"9560.50"_s);
    QCOMPARE(o.amounts[1][1].exact()->toDecimalString(), u"3100.00"_s);
    QCOMPARE(o.amounts[1][2].exact()->toDecimalString(), u"8420.50"_s);
    QCOMPARE(o.amounts[1][3].exact()->toDecimalString(), u"12036.00"_s);
    QCOMPARE(o.total(1).exact()->toDecimalString(), u"33117.00"_s);
    // A payment outside the period counts in no month.
    QCOMPARE(o.amounts[0][0].exact()->toDecimalString(), u"0.00"_s);
}

void TestPresentation::failedSourcesAreMarkedNotZero()
{
    const Answer mixed = answer(u"answer-v11-mixed.xml"_s, 11);
    const IncomeOverview o = incomeOverview(mixed, { QDate(2023, 8, 1), QDate(2023, 9, 30) });
    QVERIFY(o.unreadable.contains(u"CSN")); // CSN answered with an error
    QVERIFY(o.unreadable.contains(u"A-kassa")); // SO gave an empty block: no answer
    QVERIFY(o.unreadable.contains(u"Försäkringskassan")); // its provider state is FELANDE
    const Table t = o.asTable();
    QVERIFY(t.columns.at(4).title.contains(u"could not be read"));
    QVERIFY(!t.rows.first().at(4).isValid()); // empty, not 0,00 kr
}

void TestPresentation::flagsWhatMustNotBeMissed()
{
    const QList<Fact> flags = overviewFlags(answer(u"answer-v10-all.xml"_s, 10));
    QStringList labels;
    for (const Fact &f : flags)
        labels << f.label;
    QCOMPARE(labels.first(), u"Protected identity"_s); // from LEFI's skyddad
    QVERIFY(labels.contains(u"All JOB days used"));
    QVERIFY(labels.contains(u"Advance payment notices"));
    QVERIFY(labels.contains(u"Incomplete from Försäkringskassan"));
}

void TestPresentation::tableModelPassesQtsModelTester()
{
    const Answer a = answer(u"answer-v10-all.xml"_s, 10);
    TableModel model(present(Agency::FK, a.outcome(Agency::FK)).tables.first());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(Qt::UserRole);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(7, Qt::DescendingOrder); // by net amount, as numbers
    QCOMPARE(proxy.index(0, 7).data(Qt::UserRole).toLongLong(), qint64(836050));
    QCOMPARE(proxy.index(2, 7).data(Qt::UserRole).toLongLong(), qint64(120000));
    QCOMPARE(model.data(model.index(0, 7), Qt::TextAlignmentRole).toInt() & Qt::AlignRight, int(Qt::AlignRight));
    QCOMPARE(columnSum(proxy, 7).exact()->toDecimalString(), u"12660.50"_s);
    QCOMPARE(columnSum(model.table(), 7).exact()->toDecimalString(), u"12660.50"_s); // the same, from the cells
    proxy.setFilterKeyColumn(7);
    proxy.setFilterFixedString(u"8"_s); // only the rows whose net shows an 8: fewer than the table has
    QVERIFY(proxy.rowCount() < model.rowCount());
    QVERIFY(!(columnSum(proxy, 7) == columnSum(model.table(), 7)));
}

void TestPresentation::delimitedTextQuotesAndKeepsNumbersReadable()
{
    Table t { u"T"_s, { { u"Name"_s, Column::Kind::Text }, { u"Amount"_s, Column::Kind::Money } },
        { { u"a;b \"c\""_s, QVariant::fromValue(qint64(123456)) } }, {} };
    TableModel model(t);
    const QString csv = delimitedText(model, u';');
    QCOMPARE(csv, u"Name;Amount\n\"a;b \"\"c\"\"\";1234,56\n"_s);
    QCOMPARE(delimitedText(model, u'\t'),
        u"Name\tAmount\na;b \"c\"\t1234,56\n"_s.replace(u"a;b \"c\""_s, u"\"a;b \"\"c\"\"\""_s));
    // Text that a spreadsheet would run as a formula is neutralised; a negative amount stays a number.
    Table hostile { u"T"_s, { { u"Text"_s, Column::Kind::Text }, { u"Amount"_s, Column::Kind::Money } },
        { { u"=HYPERLINK(\"http://x\")"_s, QVariant::fromValue(qint64(-500)) },
            { u"+1"_s, QVariant::fromValue(qint64(1)) }, { u"@SUM(A1)"_s, QVariant::fromValue(qint64(2)) },
            { u"-2+3"_s, QVariant::fromValue(qint64(3)) } },
        {} };
    TableModel hostileModel(hostile);
    const QStringList lines = delimitedText(hostileModel, u';').split(u'\n');
    QCOMPARE(lines.at(1), u"\"'=HYPERLINK(\"\"http://x\"\")\";-5,00"_s);
    QCOMPARE(lines.at(2), u"'+1;0,01"_s);
    QCOMPARE(lines.at(3), u"'@SUM(A1);0,02"_s);
    QCOMPARE(lines.at(4), u"'-2+3;0,03"_s);
}

void TestPresentation::reportHasHeaderAndEveryAgency()
{
    const Answer a = answer(u"answer-v11-mixed.xml"_s, 11);
    ReportHeader h;
    h.person = u"19850412-9829"_s;
    h.period = u"2026-01-01 – 2026-03-31"_s;
    h.simulated = true;
    const QString html = reportHtml(h, a, { QDate(2026, 1, 1), QDate(2026, 3, 31) });
    QVERIFY(html.contains(u"19850412-9829"));
    QVERIFY(html.contains(u"fiktiva uppgifter"));
    for (Agency agency : AllAgencies)
        QVERIFY2(html.contains(agencyName(agency).toHtmlEscaped()), qPrintable(agencyCode(agency)));
    QVERIFY(html.contains(u"TIMEOUT")); // the error, explained, not hidden
}

void TestPresentation::skatteverketSaysWhomItIsAbout()
{
    // v11: the parts name the person; the tab says whom, and which parts.
    const Answer mixed = answer(u"answer-v11-mixed.xml"_s, 11);
    const AgencyPresentation v11 = present(Agency::SKV, mixed.outcome(Agency::SKV));
    const auto about
        = std::find_if(v11.facts.cbegin(), v11.facts.cend(), [](const Fact &f) { return f.label == u"About"; });
    QVERIFY(about != v11.facts.cend());
    QCOMPARE(about->value, u"19850412-9829"_s);
    QVERIFY(about->explanation.contains(u"foretagsinformation, skatteuppgifter"));
    QVERIFY(std::none_of(
        v11.facts.cbegin(), v11.facts.cend(), [](const Fact &f) { return f.label == u"Different persons"; }));
    // Parts about different persons: said, as a warning.
    AgencyOutcome outcome;
    outcome.state = AgencyOutcome::State::Data;
    SkvData skv;
    skv.perPart = true;
    skv.parts = { SkvPart { u"skatteuppgifter"_s, u"198504129829"_s, {}, {}, {}, {} },
        SkvPart { u"skattekonto"_s, u"199311309828"_s, u"Oläslig Beloppsdotter"_s, {}, {}, {} } };
    outcome.data = skv;
    const AgencyPresentation two = present(Agency::SKV, outcome);
    QVERIFY(std::any_of(two.facts.cbegin(), two.facts.cend(),
        [](const Fact &f) { return f.label == u"About" && f.value == u"19931130-9828, Oläslig Beloppsdotter"; }));
    QVERIFY(std::any_of(two.facts.cbegin(), two.facts.cend(),
        [](const Fact &f) { return f.label == u"Different persons" && f.warning; }));
    // v10: the document's person and name, in the JSON too.
    AgencyOutcome v10;
    v10.state = AgencyOutcome::State::Data;
    SkvData doc;
    doc.personnummer = u"199001011234"_s;
    doc.firstName = u"Berit"_s;
    doc.lastName = u"Berg"_s;
    v10.data = doc;
    const AgencyPresentation p10 = present(Agency::SKV, v10);
    // (The contract's sample number has no valid check digit: shown as sent.)
    QVERIFY(std::any_of(p10.facts.cbegin(), p10.facts.cend(),
        [](const Fact &f) { return f.label == u"About" && f.value == u"199001011234, Berit Berg"; }));
    const QJsonObject json = agencyToJson(Agency::SKV, v10);
    QCOMPARE(json.value(u"person"_s).toObject().value(u"personnummer"_s).toString(), u"199001011234"_s);
    QCOMPARE(json.value(u"person"_s).toObject().value(u"lastName"_s).toString(), u"Berg"_s);
    QCOMPARE(
        agencyToJson(Agency::SKV, outcome).value(u"parts"_s).toArray().at(1).toObject().value(u"identity"_s).toString(),
        u"199311309828"_s);
}

// The presentation, the JSON and the overview reach an agency's data only through the overloads
// its folder declares (lib/agencies/<x>/<x>.h): what each shows is exactly what the folder
// makes, and only the folders that have income add any.
void TestPresentation::everyAgencyIsShownByItsOwnFolder()
{
    const Answer a = answer(u"answer-v10-all.xml"_s, 10);
    QSet<Agency> withIncome;
    QSet<Agency> withFlags;
    for (Agency agency : AllAgencies) {
        const AgencyOutcome &outcome = a.outcome(agency);
        QCOMPARE(outcome.state, AgencyOutcome::State::Data);
        QCOMPARE(outcome.unreadableAmounts(), 0);

        AgencyView own;
        std::visit([&own](const auto &data) { ssbtek::present(data, own); }, outcome.data);
        const AgencyPresentation shown = present(agency, outcome);
        QVERIFY2(!own.tables.isEmpty() || !own.facts.isEmpty(), qPrintable(agencyCode(agency)));
        QCOMPARE(shown.summary, own.summary);
        QCOMPARE(shown.count, own.count);
        QCOMPARE(shown.tables.size(), own.tables.size());
        for (qsizetype t = 0; t < own.tables.size(); ++t) {
            QCOMPARE(shown.tables.at(t).title, own.tables.at(t).title);
            QCOMPARE(shown.tables.at(t).rows, own.tables.at(t).rows);
        }
        QCOMPARE(shown.facts.size(), own.facts.size());

        QByteArray bytes;
        {
            JsonWriter w(&bytes);
            JsonMembers members;
            std::visit([&members](const auto &data) { ssbtek::writeJson(data, members); }, outcome.data);
            members.write(w);
        }
        QStringList ownKeys = QJsonDocument::fromJson(bytes).object().keys();
        ownKeys << u"status"_s << u"unreadableAmounts"_s;
        ownKeys.sort();
        QCOMPARE(agencyToJson(agency, outcome).keys(), ownKeys);

        IncomeSink sink;
        sink.paid = [&](QDate, IncomeSource, const Amount &) { withIncome.insert(agency); };
        sink.unavailable = [](IncomeSource) {};
        std::visit([&sink](const auto &data) { ssbtek::addIncome(data, sink); }, outcome.data);
        QList<Fact> flags;
        std::visit([&flags](const auto &data) { ssbtek::addFlags(data, flags); }, outcome.data);
        if (!flags.isEmpty())
            withFlags.insert(agency);
    }
    QCOMPARE(withIncome, (QSet<Agency> { Agency::FK, Agency::SO, Agency::CSN }));
    QVERIFY(withFlags.isEmpty() || withFlags == QSet<Agency> { Agency::FK }); // only FK has flags of its own
}

QTEST_GUILESS_MAIN(TestPresentation)
#include "tst_presentation.moc"
