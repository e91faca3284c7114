#include "presentation.h"

#include "explain/explanations.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace ssbtek::presentation {

namespace {

using K = Column::Kind;

} // namespace

QString stateText(AgencyOutcome::State state)
{
    switch (state) {
    case AgencyOutcome::State::NotAsked:
        return Presentation::tr("Not asked");
    case AgencyOutcome::State::Absent:
        return Presentation::tr("No answer");
    case AgencyOutcome::State::Data:
        return Presentation::tr("Answered");
    case AgencyOutcome::State::Error:
        return Presentation::tr("Error");
    }
    return {};
}

AgencyPresentation present(Agency agency, const AgencyOutcome &outcome)
{
    AgencyPresentation p;
    p.agency = agency;
    p.state = outcome.state;
    p.stateText = stateText(outcome.state);
    switch (outcome.state) {
    case AgencyOutcome::State::NotAsked:
        p.summary = Presentation::tr("Not asked in this query.");
        return p;
    case AgencyOutcome::State::Absent:
        p.summary = Presentation::tr("No answer from %1. This is not the same as \"nothing found\": ask again.")
                        .arg(agencyName(agency));
        return p;
    case AgencyOutcome::State::Error:
        p.errorText = explain::agencyError(agency, outcome.error);
        p.summary = Presentation::tr("Error: the answer from %1 could not be used.").arg(agencyName(agency));
        return p;
    case AgencyOutcome::State::Data:
        break;
    }
    // The agency's own view of its data (lib/agencies/<x>/<x>view.cpp), found by the data's type.
    std::visit([&p](const auto &data) { ssbtek::present(data, p); }, outcome.data);
    if (const int n = outcome.unreadableAmounts())
        p.facts.prepend({ Presentation::tr("Amounts that could not be read"), QString::number(n),
            Presentation::tr("%n amount(s) in the answer are not exact amounts in kronor and öre. They are shown as "
                             "received, marked \"could not be read\", and left out of the sums, which say so.",
                nullptr, n),
            true });
    return p;
}

QString tabTitle(const AgencyPresentation &p)
{
    const QString code = agencyCode(p.agency);
    switch (p.state) {
    case AgencyOutcome::State::Data:
        return u"%1 (%2)"_s.arg(code).arg(p.count);
    case AgencyOutcome::State::Error:
        return Presentation::tr("%1 — error").arg(code);
    case AgencyOutcome::State::Absent:
        return Presentation::tr("%1 — no answer").arg(code);
    case AgencyOutcome::State::NotAsked:
        return Presentation::tr("%1 — not asked").arg(code);
    }
    return code;
}

Total IncomeOverview::total(int month) const
{
    Total sum;
    for (const Total &t : amounts.value(month))
        sum.add(t);
    return sum;
}

Table IncomeOverview::asTable() const
{
    Table t;
    t.title = Presentation::tr("Income per month");
    t.columns.append({ Presentation::tr("Month"), K::Text });
    for (const QString &s : sources) {
        t.columns.append({ unreadable.contains(s) ? Presentation::tr("%1 (could not be read)").arg(s)
                : incomplete.contains(s)          ? Presentation::tr("%1 (incomplete)").arg(s)
                                                  : s,
            K::Money, unreadable.contains(s) ? Presentation::tr("could not be read") : QString() });
    }
    t.columns.append({ complete() ? Presentation::tr("Total") : Presentation::tr("Total (incomplete)"), K::Money });
    for (int m = 0; m < months.size(); ++m) {
        QList<QVariant> row { months[m].toString(u"yyyy-MM"_s) };
        for (int s = 0; s < sources.size(); ++s)
            row.append(unreadable.contains(sources[s]) ? QVariant() : moneyCell(amounts[m][s]));
        row.append(moneyCell(total(m)));
        t.rows.append(row);
    }
    t.emptyText = Presentation::tr("No months in the period.");
    return t;
}

IncomeOverview incomeOverview(const Answer &answer, const Period &period)
{
    // The overview's sources, each from one agency; an agency not asked (or left out of a case
    // file) has no column, rather than one that reads as no income. Which payments are income
    // under which source is each agency's own rule (`addIncome` in its folder).
    const std::pair<IncomeSource, Agency> known[]
        = { { IncomeSource::Forsakringskassan, Agency::FK }, { IncomeSource::Pensionsmyndigheten, Agency::FK },
              { IncomeSource::Akassa, Agency::SO }, { IncomeSource::Csn, Agency::CSN } };
    IncomeOverview o;
    QHash<IncomeSource, int> column; // the source's column; none when its agency was not asked
    for (const auto &[source, agency] : known) {
        const auto state = answer.outcome(agency).state;
        if (state == AgencyOutcome::State::NotAsked)
            continue;
        column.insert(source, int(o.sources.size()));
        o.sources.append(incomeSourceName(source));
        if (state == AgencyOutcome::State::Error || state == AgencyOutcome::State::Absent)
            o.unreadable.append(incomeSourceName(source));
    }
    if (!period.isValid())
        return o;
    for (QDate m(period.from.year(), period.from.month(), 1); m <= period.to; m = m.addMonths(1))
        o.months.append(m);
    o.amounts = QList<QList<Total>>(o.months.size(), QList<Total>(o.sources.size()));
    IncomeSink sink;
    sink.paid = [&](QDate day, IncomeSource source, const Amount &amount) {
        if (!day.isValid() || !period.contains(day) || !column.contains(source))
            return;
        const int index = int((day.year() - period.from.year()) * 12 + day.month() - period.from.month());
        if (index >= 0 && index < o.months.size())
            o.amounts[index][column.value(source)].add(amount); // an unreadable amount makes the month's sum incomplete
    };
    sink.unavailable = [&](IncomeSource source) { o.unreadable.append(incomeSourceName(source)); };
    for (Agency a : AllAgencies)
        std::visit([&sink](const auto &data) { ssbtek::addIncome(data, sink); }, answer.outcome(a).data);
    o.unreadable.removeDuplicates();
    // A source with an amount that could not be read in some month is summed incompletely.
    for (int source = 0; source < o.sources.size(); ++source) {
        for (const QList<Total> &month : std::as_const(o.amounts)) {
            if (!month.at(source).complete() && !o.unreadable.contains(o.sources.at(source))) {
                o.incomplete.append(o.sources.at(source));
                break;
            }
        }
    }
    return o;
}

QList<Fact> overviewFlags(const Answer &answer)
{
    QList<Fact> flags;
    for (Agency a : AllAgencies) // what an agency says must be seen first (its folder's addFlags)
        std::visit([&flags](const auto &data) { ssbtek::addFlags(data, flags); }, answer.outcome(a).data);
    if (answer.protectedIdentity())
        flags.prepend({ Presentation::tr("Protected identity"), Presentation::tr("yes"),
            Presentation::tr("Handle with care: the person has protected identity or a protection marking."), true });
    for (Agency a : AllAgencies) {
        const auto state = answer.outcome(a).state;
        if (state == AgencyOutcome::State::Error || state == AgencyOutcome::State::Absent)
            flags.append(
                { agencyName(a), stateText(state), Presentation::tr("See the %1 tab.").arg(agencyCode(a)), true });
        else if (const int n = answer.outcome(a).unreadableAmounts())
            flags.append({ agencyName(a), Presentation::tr("%n amount(s) could not be read", nullptr, n),
                Presentation::tr(
                    "Kept as received and marked in the %1 tab; the sums that would include them say they are "
                    "incomplete.")
                    .arg(agencyCode(a)),
                true });
    }
    return flags;
}

AnswerPresentation presentAnswer(const Answer &answer, const Period &period)
{
    AnswerPresentation p;
    for (Agency a : AllAgencies)
        p.agencies.append(present(a, answer.outcome(a)));
    p.income = incomeOverview(answer, period);
    p.flags = overviewFlags(answer);
    return p;
}

} // namespace ssbtek::presentation
