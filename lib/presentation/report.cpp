#include "report.h"
#include "answerdocument.h"
#include "pagination.h"
#include "tones.h"

#include "core/privatefiles.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>

using namespace Qt::StringLiterals;

namespace ssbtek::presentation {

namespace {

// The translation context lupdate files these strings under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// A cell with no line break inside a date or an amount: those cells never wrap (the column is
// as wide as its widest value), and a period ("2026-07-01 – 2026-07-31") breaks only after its
// dash. Text breaks between words; a table's column is never narrower than its longest word.
QString cell(const QString &text, bool right, bool bold = false)
{
    static const QRegularExpression period(u"^(\\d{4}-\\d{2}-\\d{2}) – (\\d{4}-\\d{2}-\\d{2})$"_s);
    const QString align = right ? u" align=\"right\""_s : QString();
    const QString html = bold ? u"<b>%1</b>"_s.arg(esc(text)) : esc(text);
    if (const auto m = period.match(text); m.hasMatch())
        return u"<td style=\"white-space: nowrap\">%1 –<br>%2</td>"_s.arg(m.captured(1), m.captured(2));
    // A date, an amount (its spaces are thousands separators) or one word: never broken. A
    // sentence, even in an amount's column ("unknown: 1 amount could not be read"), wraps.
    static const QRegularExpression value(u"^[-−]?[0-9][0-9 \u00A0\u202F.,:-]*( kr)?$"_s);
    if (!text.contains(u' ') || value.match(text).hasMatch())
        return u"<td%1 style=\"white-space: nowrap\">%2</td>"_s.arg(align, html);
    return u"<td%1>%2</td>"_s.arg(align, html);
}

QString tableHtml(const Table &t)
{
    QString html = u"<h3>%1</h3>"_s.arg(esc(t.title));
    if (t.rows.isEmpty())
        return html + u"<p><i>%1</i></p>"_s.arg(esc(t.emptyText));
    // 8 pt: a payment table's eight columns fit A4 portrait with every value whole. The column
    // titles (thead) are repeated at the top of each page the table continues on.
    html
        += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\" width=\"100%\" style=\"font-size: 8pt\"><thead><tr>"_s;
    for (const Column &c : t.columns)
        html += c.title.contains(u' ')
            ? u"<th align=\"left\">%1</th>"_s.arg(esc(c.title))
            : u"<th align=\"left\" style=\"white-space: nowrap\">%1</th>"_s.arg(esc(c.title));
    html += u"</tr></thead>"_s;
    for (const auto &row : t.rows) {
        html += u"<tr>"_s;
        for (int c = 0; c < t.columns.size(); ++c) {
            const bool right = t.columns[c].kind == Column::Kind::Money || t.columns[c].kind == Column::Kind::Number;
            html += cell(cellText(row.value(c), t.columns[c]), right);
        }
        html += u"</tr>"_s;
    }
    const bool anyMoney = std::any_of(
        t.columns.cbegin(), t.columns.cend(), [](const Column &c) { return c.kind == Column::Kind::Money; });
    if (anyMoney && t.rows.size() > 1) {
        const QList<Total> sums = columnSums(t);
        html += u"<tr>"_s;
        for (int c = 0; c < t.columns.size(); ++c) {
            const bool money = t.columns[c].kind == Column::Kind::Money;
            html += cell(c == 0 ? Text::tr("Sum") : money ? totalText(sums[c]) : QString(), money, true);
        }
        html += u"</tr>"_s;
    }
    return html + u"</table>"_s;
}

QString factsHtml(const QList<Fact> &facts)
{
    if (facts.isEmpty())
        return {};
    QString html = u"<table cellpadding=\"2\">"_s;
    for (const Fact &f : facts)
        html += u"<tr><td><b>%1</b></td><td>%2%3</td><td>%4</td></tr>"_s.arg(
            esc(f.label), f.warning ? u"⚠ "_s : QString(), esc(f.value), esc(f.explanation));
    return html + u"</table>"_s;
}

} // namespace

namespace {

QString headerHtml(const ReportHeader &h, const QString &title, const QString &personLabel)
{
    QString html;
    if (h.simulated)
        html += u"<p style=\"background: %1\"><b>%2</b></p>"_s.arg(
            panelBackground(Tone::Simulator, Surface::Paper).name(), esc(Text::tr("Testmiljö — fiktiva uppgifter")));
    html += u"<h1>%1</h1>"_s.arg(esc(title));
    html += u"<table cellpadding=\"2\">"_s;
    const std::pair<QString, QString> rows[] = {
        { personLabel, h.person },
        { Text::tr("Period"), h.period },
        { Text::tr("SSBTEK version"), h.version },
        { Text::tr("Asked"), h.askedAt },
        { Text::tr("Case id"), h.caseId },
        { Text::tr("Caseworker"), h.caseworker },
        { Text::tr("Organisation"), h.organisation },
    };
    for (const auto &[label, value] : rows)
        html += u"<tr><td><b>%1</b></td><td>%2</td></tr>"_s.arg(esc(label), esc(value));
    if (!h.leftOut.isEmpty()) {
        QStringList names;
        for (Agency a : h.leftOut.toList())
            names << agencyName(a);
        html += u"<tr><td><b>%1</b></td><td>%2</td></tr>"_s.arg(esc(Text::tr("Left out")),
            esc(Text::tr("%1: left out of this document by the caseworker").arg(names.join(u", "_s))));
    }
    return html + u"</table>"_s;
}

// One answer's document (answerDocument: the overview, then each agency not left out), under
// headings of `level`.
QString answerHtml(const Answer &answer, const Period &period, int level, const AgencySet &leftOut)
{
    const QString h = u"h%1"_s.arg(level);
    QString html;
    for (const DocumentSection &s : answerDocument(answer, period, leftOut)) {
        html += u"<%1>%2</%1>"_s.arg(h, esc(s.heading));
        if (!s.text.isEmpty())
            html += u"<p>%1</p>"_s.arg(esc(s.text));
        html += factsHtml(s.facts);
        for (const Table &t : s.tables)
            html += tableHtml(t);
    }
    return html;
}

const QString bodyStart = u"<html><body style=\"font-family: sans-serif; font-size: 9pt\">"_s;
const QString bodyEnd = u"</body></html>"_s;

} // namespace

QString reportHtml(const ReportHeader &h, const Answer &answer, const Period &period)
{
    return bodyStart + headerHtml(h, Text::tr("SSBTEK answer for %1").arg(h.person), Text::tr("Person"))
        + answerHtml(answer, period, 2, h.leftOut) + bodyEnd;
}

QString householdReportHtml(
    const ReportHeader &h, const HouseholdOverview &whole, const QList<MemberResult> &results, const Period &period)
{
    std::optional<HouseholdOverview> remade;
    if (!h.leftOut.isEmpty()) {
        QList<MemberResult> kept = results;
        for (MemberResult &r : kept) {
            if (r.answer)
                r.answer = withoutAgencies(*r.answer, h.leftOut);
        }
        remade = householdOverview(kept, period);
    }
    const HouseholdOverview &overview = remade ? *remade : whole;
    QString html = bodyStart + headerHtml(h, Text::tr("SSBTEK answers for a household"), Text::tr("Household"));
    html += u"<h2>%1</h2>"_s.arg(esc(Text::tr("Household overview")));
    for (const QString &gap : overview.gaps)
        html += u"<p style=\"background: %1\"><b>%2</b> %3</p>"_s.arg(
            panelBackground(Tone::Problem, Surface::Paper).name(), esc(Text::tr("Not in the sums:")), esc(gap));
    html += factsHtml(overview.flags);
    html += tableHtml(overview.income.asTable());
    for (const MemberResult &r : results) {
        html += u"<h2 style=\"page-break-before: always\">%1</h2>"_s.arg(esc(r.member.label()));
        if (r.answer)
            html += answerHtml(*r.answer, period, 3, h.leftOut);
        else
            html += u"<p><b>%1</b></p>"_s.arg(esc(r.failure ? r.failure->message() : Text::tr("No answer.")));
    }
    return html + bodyEnd;
}

QString pageHeaderText(const ReportHeader &header, int page, int pages)
{
    QString who = header.person;
    if (!header.caseId.isEmpty())
        who = Text::tr("%1 · case %2").arg(who, header.caseId);
    return Text::tr("SSBTEK · %1 · page %2 of %3").arg(who).arg(page).arg(pages);
}

QString pageFooterText(const ReportHeader &header)
{
    return Text::tr("Fetched %1 by %2, %3, from SSBTEK %4%5")
        .arg(header.askedAt, header.caseworker, header.organisation, header.version,
            header.simulated ? Text::tr(" (test environment, fictitious data)") : QString());
}

QString pdfTitle(const ReportHeader &header)
{
    return header.caseId.isEmpty() ? Text::tr("SSBTEK answer") : Text::tr("SSBTEK answer, case %1").arg(header.caseId);
}

namespace {

// Whole or not at all (a full disk leaves no half file), and the user's alone (0600).
Expected<qint64, QString> writeWhole(const QString &path, const QByteArray &bytes)
{
    if (const QString problem = privatefiles::write(path, bytes); !problem.isEmpty())
        return unexpected(problem);
    return qint64(bytes.size());
}

} // namespace

Expected<qint64, QString> writePdf(const QString &html, const QString &path, bool landscape)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
        writer.setCreator(QStringLiteral("ssbtek-client"));
        QTextDocument doc;
        doc.setHtml(html);
        doc.print(&writer);
    }
    return writeWhole(path, buffer.data());
}

namespace {

// Whether a table of the laid-out document reaches past the page's right edge: its no-wrap
// cells (dates, amounts, single words) are wider together than the page.
bool tooWide(const QTextDocument &doc, qreal width)
{
    const QAbstractTextDocumentLayout *layout = doc.documentLayout();
    for (const QTextFrame *frame : doc.rootFrame()->childFrames()) {
        if (layout->frameBoundingRect(const_cast<QTextFrame *>(frame)).right() > width + 0.5)
            return true;
    }
    return false;
}

// The page header's and footer's font.
QFont bandFont()
{
    QFont small(QStringLiteral("sans-serif"));
    small.setPointSizeF(7.5);
    return small;
}

} // namespace

PdfPages layOutPdf(const QString &html, QPdfWriter &writer)
{
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter);
    writer.setResolution(300);
    PdfPages pages;
    pages.band = QFontMetricsF(bandFont(), &writer).height() * 2.2; // the header's and the footer's lines
    // Portrait; landscape when a table is too wide for it; and when even landscape is too narrow,
    // cells may wrap (a value broken over two lines is still there; one cut off at the edge is not).
    const QPageLayout::Orientation orientations[] = { QPageLayout::Portrait, QPageLayout::Landscape };
    for (int attempt = 0; attempt < 3; ++attempt) {
        writer.setPageOrientation(orientations[std::min(attempt, 1)]);
        pages.area = QRectF(QPointF(0, 0), writer.pageLayout().paintRectPixels(writer.resolution()).size());
        pages.doc = std::make_unique<QTextDocument>();
        pages.doc->documentLayout()->setPaintDevice(&writer); // fonts measured as they will be printed
        pages.doc->setHtml(attempt < 2 ? html : QString(html).remove(u" style=\"white-space: nowrap\""_s));
        pages.doc->setTextWidth(pages.area.width()); // one long page; paginate() cuts it
        pages.wrapped = attempt == 2;
        if (!tooWide(*pages.doc, pages.area.width()))
            break;
    }
    pages.slices = paginate(*pages.doc, pages.area.height() - 2 * pages.band);
    return pages;
}

Expected<qint64, QString> writePdf(const QString &html, const ReportHeader &header, const QString &path)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        // PDF/A-1b, for the archive: fonts embedded, colours in sRGB, metadata as XMP. (Qt 6.4's
        // writer cannot make PDF/A-2b.)
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setCreator(QStringLiteral("ssbtek-client"));
        writer.setTitle(pdfTitle(header));
        const PdfPages laid = layOutPdf(html, writer);
        QTextDocument &doc = *laid.doc;
        const QRectF &area = laid.area;
        const qreal band = laid.band;
        const QFont small = bandFont();
        const int pages = int(laid.slices.size());
        QPainter painter(&writer);
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                writer.newPage();
            painter.save();
            painter.setFont(small);
            painter.drawText(QRectF(0, 0, area.width(), band), Qt::AlignLeft | Qt::AlignTop,
                pageHeaderText(header, page + 1, pages));
            painter.drawText(QRectF(0, area.height() - band, area.width(), band), Qt::AlignLeft | Qt::AlignBottom,
                pageFooterText(header));
            painter.restore();
            drawSlice(doc, painter, laid.slices.at(page), QPointF(0, band), area.width());
        }
    }
    return writeWhole(path, buffer.data());
}

QString writeCaseFile(const CaseFile &file, const QString &path, bool withJson)
{
    const QString html = file.html ? file.html() : QString();
    if (html.isEmpty()) // no answer on screen: no empty PDF for the case file
        return Text::tr("There is no answer to save.");
    if (const auto written = writePdf(html, file.header, path); !written)
        return written.error();
    // For case systems that import data: the CLI's documented JSON beside it.
    if (withJson && file.json) {
        const QFileInfo pdf(path);
        const QString problem
            = privatefiles::write(pdf.dir().filePath(pdf.completeBaseName() + u".json"_s), file.json() + '\n');
        if (!problem.isEmpty())
            return Text::tr("The PDF is saved, but not its JSON: %1").arg(problem);
    }
    return {};
}

} // namespace ssbtek::presentation
