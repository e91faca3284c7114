#pragma once
// What one agency's outcome looks like to a caseworker, as plain values: facts (label →
// value, with an explanation), tables (typed columns), warnings. The tabs, the overview,
// print/PDF and CSV all show these; nothing here knows about widgets.

#include "answer/answer.h"
#include "core/period.h"
#include "view/view.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>

namespace ssbtek::presentation {

// One agency's outcome as shown: its state in words, and its data's view (or the error explained).
struct AgencyPresentation : AgencyView
{
    Agency agency = Agency::AF;
    AgencyOutcome::State state = AgencyOutcome::State::NotAsked;
    QString stateText; // "Answered", "Error", "No answer", "Not asked"
    QString errorText; // explained error (state Error)
};

AgencyPresentation present(Agency agency, const AgencyOutcome &outcome);
QString tabTitle(const AgencyPresentation &p);
QString stateText(AgencyOutcome::State state);

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
