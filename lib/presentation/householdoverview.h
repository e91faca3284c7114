#pragma once
// The household overview: income per month per person and in total. A person whose lookup
// failed, or whose answer lacks an agency, is marked ("could not be read"), never summed as
// a silent zero.

#include "lookup/household.h"
#include "presentation.h"

namespace ssbtek::presentation {

struct HouseholdOverview
{
    IncomeOverview income; // sources: one per member, "Applicant 19850412-9829"
    QStringList gaps; // what the sums lack and why, one line per member that lacks something
    QList<Fact> flags; // each member's flags, labelled with the member
};

HouseholdOverview householdOverview(const QList<MemberResult> &results, const Period &period);

} // namespace ssbtek::presentation
