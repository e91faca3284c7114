#pragma once
// Cuts a document laid out as one long page into printed pages, where Qt's own pagination
// would cut through a table row (it moves a row to the next page only when none of its cells
// has begun): never inside a line of text or a table row, a heading kept with what follows it,
// a table's column titles repeated at the top of each page it continues on, and a new page
// where the HTML asks for one (page-break-before).

#include <QList>
#include <QRectF>

class QPainter;
class QTextDocument;

namespace ssbtek::presentation {

// One printed page's part of the document, in the document's coordinates.
struct PageSlice
{
    qreal top = 0;
    qreal bottom = 0;
    // A table's column titles, repeated above the part when the page begins inside the table.
    qreal titlesTop = 0;
    qreal titlesBottom = 0;

    qreal titlesHeight() const { return titlesBottom - titlesTop; }
};

// `doc` laid out without pages (its text width set, no page height) cut into pages of
// `pageHeight`. A row or a line taller than a page is the only thing ever cut.
QList<PageSlice> paginate(const QTextDocument &doc, qreal pageHeight);

// Where each table row lies, top to bottom (for tests: no cut may go through one).
QList<QPair<qreal, qreal>> tableRowSpans(const QTextDocument &doc);

// Paints a page's part of `doc` (its repeated column titles first) with its top at `origin`.
void drawSlice(QTextDocument &doc, QPainter &painter, const PageSlice &slice, QPointF origin, qreal width);

} // namespace ssbtek::presentation
