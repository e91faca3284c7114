#pragma once
// What one agency's outcome looks like to a caseworker, as plain values: facts (label →
// value, with an explanation), tables (typed columns), warnings. The tabs, the overview,
// print/PDF and CSV all show these; nothing here knows about widgets.

#include "answer/answer.h"
#include "core/money.h"
#include "core/period.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>

namespace ssbtek::presentation {

struct Column
{
    enum class Kind { Text, Date, Money, Number };
    // Where a table is wider than its window, text columns give way (elided, the whole text in
    // the tooltip) minor first, then normal; dates, amounts and numbers keep their width.
    enum class Priority { Minor, Normal };
    Column() = default;
    Column(QString title_, Kind kind_ = Kind::Text, QString missingText_ = {}, Priority priority_ = Priority::Normal)
        : title(std::move(title_))
        , kind(kind_)
        , missingText(std::move(missingText_))
        , priority(priority_)
    {
    }
    QString title;
    Kind kind = Kind::Text;
    QString missingText; // shown for an empty cell: "could not be read" where a gap is not a zero
    Priority priority = Priority::Normal;
};

// A cell holds a QString, a QDate, a qint64 of öre (Money columns; or an unreadable Amount, or
// an incomplete Total) or an int; empty = null.
struct Table
{
    QString title;
    QList<Column> columns;
    QList<QList<QVariant>> rows;
    QString emptyText; // what an empty table means ("No vehicles registered.")
};

struct Fact
{
    QString label;
    QString value;
    QString explanation;
    bool warning = false; // something the caseworker must not miss
};

struct AgencyPresentation
{
    Agency agency;
    AgencyOutcome::State state;
    QString stateText; // "Answered", "Error", "No answer", "Not asked"
    QString summary; // one line for the tab title and the overview
    int count = 0; // rows of the main table, for the tab title
    QList<Fact> facts;
    QList<Table> tables;
    QString errorText; // explained error (state Error)
};

AgencyPresentation present(Agency agency, const AgencyOutcome &outcome);
QString tabTitle(const AgencyPresentation &p);
QString stateText(AgencyOutcome::State state);

// Cell text as shown (money with Swedish grouping, dates ISO). A money cell holds öre, an
// Amount that could not be read, or a Total that is incomplete; each says so in words.
QString cellText(const QVariant &cell, Column::Kind kind);
QString amountText(const Amount &amount); // "1 234,50 kr", "could not be read: “1,2,3”", "" when absent
QString totalText(const Total &total); // "1 234,50 kr", "… (incomplete: 1 amount could not be read)"
// Adds a money cell (öre, an unreadable Amount, an incomplete Total, or empty) to a sum.
void addCell(Total &sum, const QVariant &cell);
// … and an empty cell as the column's missingText.
QString cellText(const QVariant &cell, const Column &column);

// Income per month across agencies within the period.
struct IncomeOverview
{
    QList<QDate> months; // first day of each month
    QStringList sources; // "Försäkringskassan", "Pensionsmyndigheten", "A-kassa", "CSN": those asked
    QList<QList<Total>> amounts; // [month][source]: a sum that knows what it could not add
    QStringList unreadable; // sources whose agency failed or did not answer: never a silent gap
    QStringList incomplete; // sources summed without a part that could not be read
    Total total(int month) const;
    bool complete() const { return unreadable.isEmpty() && incomplete.isEmpty(); }
    Table asTable() const;
};
IncomeOverview incomeOverview(const Answer &answer, const Period &period);

// Flags a caseworker must see first.
QList<Fact> overviewFlags(const Answer &answer);

// All the result view shows of one answer: made in one go, off the GUI thread where the
// answer is large (plain values; safe to make in any thread).
struct AnswerPresentation
{
    QList<AgencyPresentation> agencies; // in AllAgencies order
    IncomeOverview income;
    QList<Fact> flags;
};
AnswerPresentation presentAnswer(const Answer &answer, const Period &period);

} // namespace ssbtek::presentation

Q_DECLARE_METATYPE(ssbtek::presentation::Table)
