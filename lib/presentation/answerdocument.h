#pragma once
// An answer as a document for people, made once and rendered twice: as HTML for print and the
// case file's PDF (report.h), and as text for a terminal (`ssbtek-cli query --format text`).
// Both show the same sections, facts and tables as the window's overview and tabs.

#include "presentation.h"

#include <QTextStream>

namespace ssbtek::presentation {

struct DocumentSection
{
    QString heading; // "Overview", "Arbetsförmedlingen — Answered"
    Agency agency = Agency::AF; // with `isAgency`: whose section it is
    bool isAgency = false;
    QString text; // a paragraph: an agency's explained error, or why there is nothing
    QList<Fact> facts;
    QList<Table> tables;
};

// The overview (flags and, with a valid period, income per month), then each agency not in
// `leftOut`.
QList<DocumentSection> answerDocument(const Answer &answer, const Period &period, const AgencySet &leftOut = {});

// A table as aligned text: titles, rows (amounts and numbers right-aligned) and, where it has
// amounts and more than one row, their sums; its empty text when it has no rows.
QStringList tableText(const Table &table);
// The sums of a table's money columns (empty for other columns), as the PDF and text show them.
QList<Total> columnSums(const Table &table);
// The document as text: "== heading ==", facts as "label: value — explanation" ("⚠" before a
// warning), each table under its title.
void writeDocumentText(QTextStream &out, const QList<DocumentSection> &sections);

} // namespace ssbtek::presentation
