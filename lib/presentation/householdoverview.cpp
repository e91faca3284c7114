#include "householdoverview.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ssbtek::presentation {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HouseholdOverview)
};
} // namespace

HouseholdOverview householdOverview(const QList<MemberResult> &results, const Period &period)
{
    HouseholdOverview o;
    IncomeOverview &income = o.income;
    if (!period.isValid())
        return o;
    for (QDate m(period.from.year(), period.from.month(), 1); m <= period.to; m = m.addMonths(1))
        income.months.append(m);
    income.amounts = QList<QList<Total>>(income.months.size(), QList<Total>(results.size()));
    for (qsizetype p = 0; p < results.size(); ++p) {
        const MemberResult &r = results.at(p);
        const QString label = r.member.label();
        income.sources.append(label);
        if (!r.answer) {
            income.unreadable.append(label);
            o.gaps.append(r.failure ? Text::tr("%1: the lookup failed — %2").arg(label, r.failure->message())
                                    : Text::tr("%1: no answer yet").arg(label));
            continue;
        }
        const IncomeOverview own = incomeOverview(*r.answer, period);
        for (qsizetype m = 0; m < income.months.size(); ++m)
            income.amounts[m][p] = own.total(int(m));
        if (!own.complete()) {
            income.incomplete.append(label);
            o.gaps.append(
                Text::tr("%1: %2 could not be read").arg(label, (own.unreadable + own.incomplete).join(u", "_s)));
        }
        for (Fact f : overviewFlags(*r.answer)) {
            f.label = label + u": "_s + f.label;
            o.flags.append(f);
        }
    }
    return o;
}

} // namespace ssbtek::presentation
