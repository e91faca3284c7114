#include "answerdocument.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ssbtek::presentation {

namespace {

// The translation context lupdate files these strings under (shared with the report).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

bool rightAligned(const Column &c)
{
    return c.kind == Column::Kind::Money || c.kind == Column::Kind::Number;
}

} // namespace

QList<DocumentSection> answerDocument(const Answer &full, const Period &period, const AgencySet &leftOut)
{
    const Answer answer = withoutAgencies(full, leftOut);
    QList<DocumentSection> sections;
    DocumentSection overview;
    overview.heading = Text::tr("Overview");
    overview.facts = overviewFlags(answer);
    if (period.isValid())
        overview.tables.append(incomeOverview(answer, period).asTable());
    sections.append(overview);
    for (Agency a : AllAgencies) {
        if (leftOut.contains(a))
            continue;
        const AgencyPresentation p = present(a, answer.outcome(a));
        DocumentSection s;
        s.heading = u"%1 — %2"_s.arg(agencyName(a), p.stateText);
        s.agency = a;
        s.isAgency = true;
        if (p.state != AgencyOutcome::State::Data) {
            s.text = p.errorText.isEmpty() ? p.summary : p.errorText;
        } else {
            s.facts = p.facts;
            s.tables = p.tables;
        }
        sections.append(s);
    }
    return sections;
}

QList<Total> columnSums(const Table &t)
{
    QList<Total> sums(t.columns.size());
    for (const auto &row : t.rows) {
        for (int c = 0; c < t.columns.size(); ++c) {
            if (t.columns[c].kind == Column::Kind::Money)
                addCell(sums[c], row.value(c));
        }
    }
    return sums;
}

QStringList tableText(const Table &t)
{
    if (t.rows.isEmpty())
        return { t.emptyText };
    QList<QStringList> lines { {} };
    for (const Column &c : t.columns)
        lines.first() << c.title;
    for (const auto &row : t.rows) {
        QStringList cells;
        for (int c = 0; c < t.columns.size(); ++c)
            cells << cellText(row.value(c), t.columns[c]);
        lines << cells;
    }
    const bool anyMoney = std::any_of(
        t.columns.cbegin(), t.columns.cend(), [](const Column &c) { return c.kind == Column::Kind::Money; });
    if (anyMoney && t.rows.size() > 1) {
        const QList<Total> sums = columnSums(t);
        QStringList cells;
        for (int c = 0; c < t.columns.size(); ++c)
            cells << (t.columns[c].kind == Column::Kind::Money ? totalText(sums[c])
                    : c == 0                                   ? Text::tr("Sum")
                                                               : QString());
        lines << cells;
    }
    QList<qsizetype> widths(t.columns.size());
    for (const QStringList &line : std::as_const(lines)) {
        for (qsizetype c = 0; c < line.size(); ++c)
            widths[c] = std::max(widths[c], line.at(c).size());
    }
    QStringList text;
    text.reserve(lines.size());
    for (const QStringList &line : std::as_const(lines)) {
        QString l;
        for (qsizetype c = 0; c < line.size(); ++c) {
            if (c > 0)
                l += u"  "_s;
            l += rightAligned(t.columns[c]) ? line.at(c).rightJustified(widths[c])
                                            : line.at(c).leftJustified(widths[c]);
        }
        while (l.endsWith(u' '))
            l.chop(1);
        text << l;
    }
    return text;
}

void writeDocumentText(QTextStream &out, const QList<DocumentSection> &sections)
{
    for (const DocumentSection &s : sections) {
        out << "== " << s.heading << " ==\n";
        if (!s.text.isEmpty())
            out << s.text << '\n';
        for (const Fact &f : s.facts) {
            out << (f.warning ? u"⚠ "_s : QString()) << f.label << ": " << f.value;
            if (!f.explanation.isEmpty())
                out << " — " << f.explanation;
            out << '\n';
        }
        for (const Table &t : s.tables) {
            out << '\n' << t.title << '\n';
            for (const QString &line : tableText(t))
                out << "  " << line << '\n';
        }
        out << '\n';
    }
}

} // namespace ssbtek::presentation
