// The case-file document as it is laid out on A4 pages: no table row split over two pages,
// portrait unless a table needs landscape, agencies the caseworker leaves out gone from every
// part of it, and the PDF an archivable PDF/A-1b.

#include "answer/answerjson.h"
#include "answer/answerparser.h"
#include "core/jsonwriter.h"
#include "presentation/report.h"
#include "simulator/answerwriter.h"
#include "simulator/personcatalogue.h"
#include "testsupport.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextTable>

using namespace ssbtek;
using namespace ssbtek::presentation;
using namespace Qt::StringLiterals;

namespace {

const QDate Today(2026, 6, 15);
const Period Asked = Period::parse(u"2026-01-01"_s, u"2026-06-15"_s);

// A catalogue person's answer, every agency asked, as the simulator writes it.
Answer catalogueAnswer(const QString &personnummer)
{
    const auto catalogue = sim::PersonCatalogue::load();
    if (!catalogue)
        return {};
    sim::SimRequest request;
    request.personnummer = personnummer;
    request.included = AgencySet::all();
    request.fromDate = Asked.from.toString(Qt::ISODate);
    request.toDate = Asked.to.toString(Qt::ISODate);
    request.caseId = u"SOC-2026-0417"_s;
    request.correlationId = u"00000000-0000-4000-8000-000000000001"_s;
    const ProtocolVersion version = ProtocolVersion::all().last();
    const QByteArray soap = sim::answerwriter::fetchAnswer(request, catalogue->find(personnummer), version, Today);
    auto parsed = AnswerParser::parse(soap, version, AgencySet::all());
    return parsed ? *parsed : Answer {};
}

ReportHeader header()
{
    return { u"19850412-9829"_s, Asked.toString(), u"v11"_s, u"2026-06-15 10:00"_s, u"SOC-2026-0417"_s, u"anna"_s,
        u"Testkommunen"_s, true, {} };
}

// The table rows a page cut goes through.
QStringList rowsAcrossPages(const PdfPages &pages)
{
    QStringList split;
    const auto rows = tableRowSpans(*pages.doc);
    for (const PageSlice &page : pages.slices) {
        for (const auto &[top, bottom] : rows) {
            if (top < page.bottom - 0.01 && bottom > page.bottom + 0.01)
                split << u"%1–%2 cut at %3"_s.arg(top).arg(bottom).arg(page.bottom);
        }
    }
    return split;
}

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// A table of `columns` amounts, three rows: wider than portrait A4 from about ten columns.
QString wideTableHtml(int columns)
{
    QString html = u"<html><body><table border=\"1\" cellspacing=\"0\" cellpadding=\"2\" width=\"100%\" "
                   "style=\"font-size: 8pt\"><thead><tr>"_s;
    for (int c = 0; c < columns; ++c)
        html += u"<th>M%1</th>"_s.arg(c);
    html += u"</tr></thead>"_s;
    for (int r = 0; r < 3; ++r) {
        html += u"<tr>"_s;
        for (int c = 0; c < columns; ++c)
            html += u"<td style=\"white-space: nowrap\">1 234 567,89 kr</td>"_s;
        html += u"</tr>"_s;
    }
    return html + u"</table></body></html>"_s;
}

bool fitsTheWidth(const PdfPages &pages)
{
    for (QTextFrame *frame : pages.doc->rootFrame()->childFrames()) {
        if (pages.doc->documentLayout()->frameBoundingRect(frame).right() > pages.area.width() + 0.5)
            return false;
    }
    return true;
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void noRowIsSplitOverTwoPages();
    void noDateOrAmountIsBroken();
    void isAnArchivablePdfWithItsTitle();
    void aTableTooWideForPortraitTurnsThePage();
    void agenciesLeftOutAreGoneAndNamed();
    void agenciesLeftOutAreGoneFromTheJsonToo();

private:
    QTemporaryDir m_dir;
    Answer m_largest;
    QString m_html;
    QString m_pdf;
    QString m_text; // pdftotext -layout
};

void TestReport::initTestCase()
{
    test::fixClock();
    // The catalogue's largest answer: five years of daily payments from Försäkringskassan.
    m_largest = catalogueAnswer(u"197205229862"_s);
    QVERIFY(m_largest.outcome(Agency::FK).state == AgencyOutcome::State::Data);
    m_html = reportHtml(header(), m_largest, Asked);
    m_pdf = m_dir.filePath(u"largest.pdf"_s);
    const auto written = writePdf(m_html, header(), m_pdf);
    QVERIFY2(written, qPrintable(written.errorOr()));
    QCOMPARE(*written, QFileInfo(m_pdf).size()); // what it says it wrote is the file
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    SSBTEK_REQUIRE(!pdftotext.isEmpty(), u"pdftotext (poppler-utils) is not installed: the PDF cannot be read back."_s);
    m_text = run(pdftotext, { u"-layout"_s, m_pdf, u"-"_s }).replace(QChar(0x00A0), u' ').replace(QChar(0x202F), u' ');
    QVERIFY(m_text.count(u'\f') > 100);
}

void TestReport::noRowIsSplitOverTwoPages()
{
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    QPdfWriter writer(&sink);
    const PdfPages pages = layOutPdf(m_html, writer);
    QCOMPARE(writer.pageLayout().orientation(), QPageLayout::Portrait);
    QVERIFY(fitsTheWidth(pages));
    QVERIFY(tableRowSpans(*pages.doc).size() > 1000);
    const QStringList split = rowsAcrossPages(pages);
    QVERIFY2(split.isEmpty(), qPrintable(split.mid(0, 5).join(u'\n')));
    // As printed: a payment's period is two lines, "from –" over "to"; on every page each such
    // line has its second line beneath it on the same page. And each page that continues a
    // table begins with its column titles.
    static const QRegularExpression periodStart(u"\\d{4}-\\d{2}-\\d{2} –(?!\\s*\\d{4}-)"_s);
    static const QRegularExpression date(u"\\d{4}-\\d{2}-\\d{2}"_s);
    const QStringList printed = m_text.split(u'\f');
    int periods = 0, continued = 0;
    for (const QString &page : printed) {
        const QStringList lines = page.split(u'\n');
        for (qsizetype l = 0; l < lines.size(); ++l) {
            for (auto m = periodStart.globalMatch(lines.at(l)); m.hasNext();) {
                const qsizetype col = m.next().capturedStart();
                ++periods;
                QVERIFY2(l + 1 < lines.size()
                        && date.match(lines.at(l + 1).mid(std::max<qsizetype>(0, col - 3), 18)).hasMatch(),
                    qPrintable(u"a period parted from its end: "_s + lines.at(l)));
            }
        }
        const qsizetype firstRow = page.indexOf(u"Försäkringskassan"_s);
        if (firstRow > 0 && page.left(firstRow).contains(u"Paid by"_s) && page.left(firstRow).count(u'\n') < 4)
            ++continued;
    }
    QVERIFY(periods > 1000);
    QVERIFY2(continued > 100, qPrintable(QString::number(continued)));
}

void TestReport::noDateOrAmountIsBroken()
{
    // Every date and amount as pdftotext reads the pages; each table cell's must be one of them.
    static const QRegularExpression whole(u"−?-?\\d{1,3}(?: \\d{3})*,\\d{2} kr|\\d{4}-\\d{2}-\\d{2}"_s);
    QSet<QString> printed;
    for (auto m = whole.globalMatch(m_text); m.hasNext();)
        printed.insert(m.next().captured());
    int checked = 0;
    for (Agency a : AllAgencies) {
        for (const Table &t : present(a, m_largest.outcome(a)).tables) {
            for (const auto &row : t.rows) {
                for (int c = 0; c < t.columns.size(); ++c) {
                    if (t.columns[c].kind != Column::Kind::Date && t.columns[c].kind != Column::Kind::Money)
                        continue;
                    QString cell = cellText(row.value(c), t.columns[c]);
                    cell.replace(QChar(0x00A0), u' ').replace(QChar(0x202F), u' ');
                    if (cell.isEmpty())
                        continue;
                    ++checked;
                    QVERIFY2(printed.contains(cell), qPrintable(u"broken in the PDF: "_s + cell));
                }
            }
        }
    }
    QVERIFY(checked > 10000);
}

void TestReport::isAnArchivablePdfWithItsTitle()
{
    const QString pdfinfo = QStandardPaths::findExecutable(u"pdfinfo"_s);
    const QString pdffonts = QStandardPaths::findExecutable(u"pdffonts"_s);
    SSBTEK_REQUIRE(!pdfinfo.isEmpty() && !pdffonts.isEmpty(), u"pdfinfo and pdffonts (poppler-utils) are missing."_s);
    const QString info = run(pdfinfo, { m_pdf });
    QVERIFY2(info.contains(u"SSBTEK answer, case SOC-2026-0417"_s), qPrintable(info));
    QVERIFY(info.contains(QRegularExpression(u"PDF version:\\s+1\\.4"_s)));
    QVERIFY(!info.contains(u"19850412"_s) && !info.contains(u"197205229862"_s));
    // PDF/A-1b: declared in the XMP metadata, every font embedded.
    const QString xmp = run(pdfinfo, { u"-meta"_s, m_pdf });
    QVERIFY2(xmp.contains(u"pdfaid:part=\"1\""_s) && xmp.contains(u"pdfaid:conformance=\"B\""_s), qPrintable(xmp));
    const QStringList fonts = run(pdffonts, { m_pdf }).split(u'\n', Qt::SkipEmptyParts).mid(2);
    QVERIFY(!fonts.isEmpty());
    for (const QString &font : fonts)
        QVERIFY2(font.simplified().split(u' ').value(4) == u"yes"_s, qPrintable(font)); // "emb"
}

void TestReport::aTableTooWideForPortraitTurnsThePage()
{
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&sink);
        const PdfPages pages = layOutPdf(wideTableHtml(6), writer);
        QCOMPARE(writer.pageLayout().orientation(), QPageLayout::Portrait);
        QVERIFY(!pages.wrapped);
    }
    {
        QPdfWriter writer(&sink);
        const PdfPages pages = layOutPdf(wideTableHtml(9), writer);
        QCOMPARE(writer.pageLayout().orientation(), QPageLayout::Landscape);
        QVERIFY(!pages.wrapped);
        QVERIFY(fitsTheWidth(pages));
    }
    {
        // Wider than landscape: the cells wrap rather than run off the page.
        QPdfWriter writer(&sink);
        const PdfPages pages = layOutPdf(wideTableHtml(18), writer);
        QVERIFY(pages.wrapped);
        QVERIFY(fitsTheWidth(pages));
    }
}

void TestReport::agenciesLeftOutAreGoneAndNamed()
{
    const Answer a = catalogueAnswer(u"198504129829"_s);
    QVERIFY(a.outcome(Agency::CSN).state == AgencyOutcome::State::Data);
    QVERIFY(a.outcome(Agency::FK).state == AgencyOutcome::State::Data);
    auto plain = [](const QString &html) {
        QTextDocument doc;
        doc.setHtml(html);
        return doc.toPlainText();
    };
    const QString all = plain(reportHtml(header(), a, Asked));
    QVERIFY(all.contains(agencyName(Agency::CSN) + u" — "_s));
    QVERIFY(!all.contains(u"Left out"_s));
    ReportHeader h = header();
    h.leftOut = { Agency::CSN, Agency::FK };
    const QString keptHtml = reportHtml(h, a, Asked);
    const QString kept = plain(keptHtml);
    QVERIFY2(kept.contains(u"Left out\n%1, %2: left out of this document by the caseworker"_s.arg(
                 agencyName(Agency::CSN), agencyName(Agency::FK))),
        qPrintable(kept.left(800)));
    QVERIFY(!kept.contains(agencyName(Agency::CSN) + u" — "_s));
    QVERIFY(!kept.contains(agencyName(Agency::FK) + u" — "_s));
    QVERIFY(kept.contains(agencyName(Agency::SKV) + u" — "_s));
    // Nothing of theirs anywhere else: the income overview has no column for them either
    // (rather than one that reads as no income).
    const IncomeOverview overview = incomeOverview(a, Asked);
    const IncomeOverview without = incomeOverview(withoutAgencies(a, h.leftOut), Asked);
    QCOMPARE(
        overview.sources, (QStringList { u"Försäkringskassan"_s, u"Pensionsmyndigheten"_s, u"A-kassa"_s, u"CSN"_s }));
    QCOMPARE(without.sources, QStringList { u"A-kassa"_s });
    for (const QString &source : overview.sources) {
        const QString column = u">%1</th>"_s.arg(source);
        QVERIFY2(reportHtml(header(), a, Asked).contains(column), qPrintable(source));
        QCOMPARE(keptHtml.contains(column), without.sources.contains(source));
    }
    // A household: the same for each member, and the household's sums made again without them.
    const Answer co = catalogueAnswer(u"199311309828"_s);
    const auto people = householdOf(*Personnummer::parse(u"198504129829"_s, Today),
        std::optional<Personnummer>(*Personnummer::parse(u"199311309828"_s, Today)), {});
    QVERIFY(people.hasValue());
    QList<MemberResult> members;
    for (const HouseholdMember &m : *people)
        members.append({ m, {}, {}, m.role == HouseholdMember::Role::Applicant ? a : co, {}, {}, true });
    const HouseholdOverview whole = householdOverview(members, Asked);
    const QString household = plain(householdReportHtml(h, whole, members, Asked));
    QVERIFY(household.contains(u"left out of this document by the caseworker"_s));
    QVERIFY(!household.contains(agencyName(Agency::FK) + u" — "_s));
    QVERIFY(plain(householdReportHtml(header(), whole, members, Asked)).contains(agencyName(Agency::FK) + u" — "_s));
}

void TestReport::agenciesLeftOutAreGoneFromTheJsonToo()
{
    const Answer a = catalogueAnswer(u"198504129829"_s);
    QByteArray json;
    {
        JsonWriter w(&json);
        writeAnswerJson(w, a, {}, { Agency::CSN });
    }
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    QVERIFY(!o.value(u"agencies"_s).toObject().contains(u"CSN"_s));
    QVERIFY(o.value(u"agencies"_s).toObject().contains(u"FK"_s));
    QCOMPARE(o.value(u"leftOut"_s).toArray(), QJsonArray { u"CSN"_s });
    // Without any left out, the JSON is the CLI's as before: no "leftOut".
    QVERIFY(!answerToJson(a).contains(u"leftOut"_s));
    QVERIFY(answerToJson(a).value(u"agencies"_s).toObject().contains(u"CSN"_s));
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
