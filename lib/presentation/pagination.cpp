#include "pagination.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <optional>

namespace ssbtek::presentation {

namespace {

constexpr qreal Epsilon = 0.01;

struct Span
{
    qreal top;
    qreal bottom;
};

struct TableExtent
{
    qreal top;
    qreal bottom;
    qreal titlesTop;
    qreal titlesBottom; // == titlesTop when the table has no column titles (thead)
};

// What a cut must respect, read from the laid-out document.
struct Constraints
{
    QList<Span> keep; // no cut goes through one of these (merged, sorted)
    QList<qreal> forced; // cuts the document asks for (page-break-before), sorted
    QList<TableExtent> tables; // sorted
};

// A table row's extent: its cells' content with their padding.
Span rowSpan(const QTextDocument &doc, const QTextTable &table, int row)
{
    const QAbstractTextDocumentLayout *layout = doc.documentLayout();
    const qreal padding = table.format().cellPadding();
    Span span { std::numeric_limits<qreal>::max(), std::numeric_limits<qreal>::lowest() };
    for (int c = 0; c < table.columns(); ++c) {
        const QTextTableCell cell = table.cellAt(row, c);
        const int last = cell.lastCursorPosition().position();
        for (QTextBlock b = cell.firstCursorPosition().block(); b.isValid() && b.position() <= last; b = b.next()) {
            const QRectF r = layout->blockBoundingRect(b);
            span.top = std::min(span.top, r.top() - padding);
            span.bottom = std::max(span.bottom, r.bottom() + padding);
        }
    }
    return span;
}

Constraints constraintsOf(const QTextDocument &doc)
{
    Constraints c;
    const QAbstractTextDocumentLayout *layout = doc.documentLayout();
    std::optional<qreal> heading; // the top of a heading waiting for what follows it
    auto add = [&c, &heading](Span s) {
        c.keep.append(s);
        if (heading) { // a heading is never the last thing on a page
            c.keep.append({ *heading, s.bottom });
            heading.reset();
        }
    };
    for (QTextFrame::iterator it = doc.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (const auto *table = qobject_cast<const QTextTable *>(it.currentFrame())) {
            if (table->rows() == 0)
                continue;
            const int titles = std::min(table->format().headerRowCount(), table->rows() - 1);
            const Span first = rowSpan(doc, *table, 0);
            TableExtent extent { first.top, first.bottom, first.top, first.top };
            for (int r = 0; r < table->rows(); ++r) {
                const Span row = r == 0 ? first : rowSpan(doc, *table, r);
                if (r < titles) { // the titles stay with the first row beneath them
                    extent.titlesBottom = row.bottom;
                    heading = heading.value_or(row.top);
                    c.keep.append(row);
                } else {
                    add(row);
                }
                extent.bottom = row.bottom;
            }
            c.tables.append(extent);
            continue;
        }
        const QTextBlock block = it.currentBlock();
        if (!block.isValid() || !block.layout())
            continue;
        const QRectF rect = layout->blockBoundingRect(block);
        if (block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            c.forced.append(rect.top());
        const bool isHeading = block.blockFormat().headingLevel() > 0;
        const QTextLayout *lines = block.layout();
        for (int l = 0; l < lines->lineCount(); ++l) {
            const QTextLine line = lines->lineAt(l);
            add({ rect.top() + line.y(), rect.top() + line.y() + line.height() });
        }
        if (isHeading && lines->lineCount() > 0)
            heading = heading.value_or(rect.top());
    }
    std::sort(c.keep.begin(), c.keep.end(), [](const Span &a, const Span &b) { return a.top < b.top; });
    QList<Span> merged;
    for (const Span &s : std::as_const(c.keep)) {
        if (!merged.isEmpty() && s.top < merged.last().bottom - Epsilon)
            merged.last().bottom = std::max(merged.last().bottom, s.bottom);
        else
            merged.append(s);
    }
    c.keep = merged;
    std::sort(c.forced.begin(), c.forced.end());
    return c;
}

} // namespace

QList<PageSlice> paginate(const QTextDocument &doc, qreal pageHeight)
{
    const Constraints c = constraintsOf(doc);
    const qreal end = doc.documentLayout()->documentSize().height();
    QList<PageSlice> pages;
    qreal y = 0;
    auto forced = c.forced.cbegin();
    while (y < end - Epsilon || pages.isEmpty()) {
        PageSlice page;
        page.top = y;
        // Inside a table, below its titles: the titles again first.
        for (const TableExtent &t : c.tables) {
            if (t.titlesBottom > t.titlesTop + Epsilon && y >= t.titlesBottom - Epsilon && y < t.bottom - Epsilon) {
                page.titlesTop = t.titlesTop;
                page.titlesBottom = t.titlesBottom;
                break;
            }
        }
        const qreal limit = y + std::max(pageHeight - page.titlesHeight(), pageHeight / 2);
        while (forced != c.forced.cend() && *forced <= y + Epsilon)
            ++forced;
        qreal cut = limit;
        if (forced != c.forced.cend() && *forced <= limit) {
            cut = *forced;
        } else if (limit >= end) {
            cut = end;
        } else {
            // The kept span the limit falls in: cut above it, unless it began on this page's top
            // (taller than a page: then it is cut, the only way to print it at all).
            auto after = std::upper_bound(
                c.keep.cbegin(), c.keep.cend(), limit, [](qreal v, const Span &s) { return v < s.top; });
            if (after != c.keep.cbegin()) {
                const Span &in = *std::prev(after);
                if (limit < in.bottom - Epsilon && in.top > y + Epsilon)
                    cut = in.top;
            }
        }
        page.bottom = std::max(cut, y + Epsilon);
        pages.append(page);
        y = page.bottom;
        if (end <= 0)
            break;
    }
    return pages;
}

QList<QPair<qreal, qreal>> tableRowSpans(const QTextDocument &doc)
{
    QList<QPair<qreal, qreal>> spans;
    for (QTextFrame *frame : doc.rootFrame()->childFrames()) {
        if (const auto *table = qobject_cast<const QTextTable *>(frame)) {
            for (int r = 0; r < table->rows(); ++r) {
                const Span s = rowSpan(doc, *table, r);
                spans.append({ s.top, s.bottom });
            }
        }
    }
    return spans;
}

void drawSlice(QTextDocument &doc, QPainter &painter, const PageSlice &slice, QPointF origin, qreal width)
{
    auto draw = [&](qreal top, qreal bottom, qreal at) {
        painter.save();
        painter.translate(origin.x(), origin.y() + at - top);
        const QRectF part(0, top, width, bottom - top);
        painter.setClipRect(part);
        doc.drawContents(&painter, part);
        painter.restore();
    };
    if (slice.titlesHeight() > 0)
        draw(slice.titlesTop, slice.titlesBottom, 0);
    draw(slice.top, slice.bottom, slice.titlesHeight());
}

} // namespace ssbtek::presentation
