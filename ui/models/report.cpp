#include "report.h"
#include "tones.h"

#include "core/privatefiles.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace ssbtek::ui {

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

QString tableHtml(const Table &t)
{
    QString html = u"<h3>%1</h3>"_s.arg(esc(t.title));
    if (t.rows.isEmpty())
        return html + u"<p><i>%1</i></p>"_s.arg(esc(t.emptyText));
    html += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>"_s;
    for (const Column &c : t.columns)
        html += u"<th align=\"left\">%1</th>"_s.arg(esc(c.title));
    html += u"</tr>"_s;
    QList<Total> sums(t.columns.size());
    for (const auto &row : t.rows) {
        html += u"<tr>"_s;
        for (int c = 0; c < t.columns.size(); ++c) {
            const bool right = t.columns[c].kind == Column::Kind::Money || t.columns[c].kind == Column::Kind::Number;
            html += u"<td%1>%2</td>"_s.arg(
                right ? u" align=\"right\""_s : QString(), esc(cellText(row.value(c), t.columns[c])));
            if (t.columns[c].kind == Column::Kind::Money)
                addCell(sums[c], row.value(c));
        }
        html += u"</tr>"_s;
    }
    bool anyMoney = false;
    for (const Column &c : t.columns)
        anyMoney = anyMoney || c.kind == Column::Kind::Money;
    if (anyMoney && t.rows.size() > 1) {
        html += u"<tr>"_s;
        for (int c = 0; c < t.columns.size(); ++c) {
            const bool money = t.columns[c].kind == Column::Kind::Money;
            html += u"<td%1><b>%2</b></td>"_s.arg(money ? u" align=\"right\""_s : QString(),
                c == 0      ? esc(Text::tr("Sum"))
                    : money ? esc(totalText(sums[c]))
                            : QString());
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
    return html + u"</table>"_s;
}

// One answer's overview and agencies, under headings of `level` and below.
QString answerHtml(const Answer &answer, const Period &period, int level)
{
    const QString h = u"h%1"_s.arg(level);
    QString html = u"<%1>%2</%1>"_s.arg(h, esc(Text::tr("Overview")));
    html += factsHtml(overviewFlags(answer));
    html += tableHtml(incomeOverview(answer, period).asTable());
    for (Agency a : AllAgencies) {
        const AgencyPresentation p = present(a, answer.outcome(a));
        html += u"<%1>%2 — %3</%1>"_s.arg(h, esc(agencyName(a)), esc(p.stateText));
        if (p.state != AgencyOutcome::State::Data) {
            html += u"<p>%1</p>"_s.arg(esc(p.errorText.isEmpty() ? p.summary : p.errorText));
            continue;
        }
        html += factsHtml(p.facts);
        for (const Table &t : p.tables)
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
        + answerHtml(answer, period, 2) + bodyEnd;
}

QString householdReportHtml(
    const ReportHeader &h, const HouseholdOverview &overview, const QList<MemberResult> &results, const Period &period)
{
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
            html += answerHtml(*r.answer, period, 3);
        else
            html += u"<p><b>%1</b></p>"_s.arg(esc(r.failure ? r.failure->message() : Text::tr("No answer.")));
    }
    return html + bodyEnd;
}

bool writePdf(const QString &html, const QString &path, bool landscape, QString *error)
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
    // Whole or not at all, and the user's alone (0600).
    const QString problem = privatefiles::write(path, buffer.data());
    if (!problem.isEmpty() && error)
        *error = problem;
    return problem.isEmpty();
}

} // namespace ssbtek::ui
