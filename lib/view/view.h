#pragma once
// What people see of an answer, as plain values: facts (label → value, with an explanation)
// and tables (typed columns), and the words for amounts, dates and cells. Each agency's folder
// fills an AgencyView from its data; the tabs, the overview, print/PDF, CSV and the CLI's text
// show them. Nothing here knows about widgets or about any one agency.

#include "core/amount.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariant>

#include <functional>
#include <optional>

namespace ssbtek::presentation {

// The translation context of what people see: `Presentation::tr(…)` here, in presentation and in
// every agency's view files in lib/agencies (lupdate files the strings under "Presentation").
struct Presentation
{
    Q_DECLARE_TR_FUNCTIONS(Presentation)
};

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

// What one agency's data shows: made by the agency's own `present(const <X>Data &, AgencyView &)`.
struct AgencyView
{
    QString summary; // one line for the tab title and the overview
    int count = 0; // rows of the main table, for the tab title
    QList<Fact> facts;
    QList<Table> tables;
};

// The income overview's sources, by name: an agency's folder says which of its payments are
// income under which source (`addIncome`); the overview sums them per month.
enum class IncomeSource { Forsakringskassan, Pensionsmyndigheten, Akassa, Csn };
QString incomeSourceName(IncomeSource source); // "Försäkringskassan", "Pensionsmyndigheten", "A-kassa", "CSN"
struct IncomeSink
{
    std::function<void(QDate day, IncomeSource source, const Amount &amount)> paid;
    std::function<void(IncomeSource source)> unavailable; // data for it is missing: never a silent gap
};

// Cells, as the agencies fill tables with them.
QVariant moneyCell(const Amount &m); // öre when exact, the Amount when it could not be read, empty when absent
QVariant moneyCell(const Total &t); // öre when complete, the Total when something could not be added
QVariant dateCell(QDate d); // empty when invalid
QString yesNoText(std::optional<bool> b); // "yes", "no", "not stated"
QString periodText(const QString &from, const QString &to); // "from – to", empty when both are

// Cell text as shown (money with Swedish grouping, dates ISO). A money cell holds öre, an
// Amount that could not be read, or a Total that is incomplete; each says so in words.
QString cellText(const QVariant &cell, Column::Kind kind);
QString amountText(const Amount &amount); // "1 234,50 kr", "could not be read: “1,2,3”", "" when absent
QString totalText(const Total &total); // "1 234,50 kr", "… (incomplete: 1 amount could not be read)"
// Adds a money cell (öre, an unreadable Amount, an incomplete Total, or empty) to a sum.
void addCell(Total &sum, const QVariant &cell);
// … and an empty cell as the column's missingText.
QString cellText(const QVariant &cell, const Column &column);

} // namespace ssbtek::presentation

Q_DECLARE_METATYPE(ssbtek::presentation::Table)
