#pragma once
// The result as one printable document for the case file: header, flags, income overview
// and every agency's facts and tables. HTML, for QTextDocument (print and PDF).

#include "core/expected.h"
#include "householdoverview.h"
#include "pagination.h"
#include "presentation.h"

#include <QRectF>
#include <QTextDocument>

#include <functional>
#include <memory>

class QPdfWriter;

namespace ssbtek::presentation {

struct ReportHeader
{
    QString person; // as shown to people: YYYYMMDD-NNNN
    QString period;
    QString version;
    QString askedAt;
    QString caseId;
    QString caseworker;
    QString organisation;
    bool simulated = false;
    // Agencies the caseworker left out of this document: not in it, and named in its header.
    AgencySet leftOut;
};

QString reportHtml(const ReportHeader &header, const Answer &answer, const Period &period);
// A household: the overview, then each member's answer (header.person: the members). With
// agencies left out, the overview is made again without them.
QString householdReportHtml(const ReportHeader &header, const HouseholdOverview &overview,
    const QList<MemberResult> &results, const Period &period);

// A case file's documents, made from copies of the answer: callable on any thread.
struct CaseFile
{
    ReportHeader header; // the page header's and footer's person, case, time and version
    std::function<QString()> html; // the report; empty when there is no answer
    std::function<QByteArray()> json; // the CLI's documented JSON of the same
};
// Writes the PDF at `path` and, with `withJson`, the JSON beside it (same name, `.json`), each
// whole or not at all; what went wrong, or empty.
QString writeCaseFile(const CaseFile &file, const QString &path, bool withJson);

// HTML laid out as writePdf() prints it on `writer`'s pages (A4, portrait; landscape when a
// table is too wide for portrait): `doc` as one long page, and where its pages are cut (never in a
// table row or a line; paginate()) to fit the body between header and footer.
struct PdfPages
{
    std::unique_ptr<QTextDocument> doc;
    QList<PageSlice> slices;
    QRectF area; // the printable page, in the writer's pixels
    qreal band = 0; // the height of the header and of the footer
    bool wrapped = false; // a table too wide even for landscape: its cells allowed to wrap
};
PdfPages layOutPdf(const QString &html, QPdfWriter &writer);

// Writes HTML as an A4 PDF for the case file, whole or not at all (a full disk leaves no half
// file): on every page a header with the person, the case id and "page N of M", and a footer
// saying when, by whom and from which SSBTEK version it was fetched; its title in the PDF's
// metadata names the case id, not the person.
// The bytes written, or why nothing was.
Expected<qint64, QString> writePdf(const QString &html, const ReportHeader &header, const QString &path);
// The review's exports: HTML as an A4 PDF, landscape for wide logs, whole or not at all.
Expected<qint64, QString> writePdf(const QString &html, const QString &path, bool landscape);
// The text of a page's header and footer, as writePdf() prints them (for tests and print()).
QString pageHeaderText(const ReportHeader &header, int page, int pages);
QString pageFooterText(const ReportHeader &header);
QString pdfTitle(const ReportHeader &header);

} // namespace ssbtek::presentation
