#pragma once
// Arbetsförmedlingen: job-seeker registration, activity-report status, economic decisions.
// The agency's operations (agencies/operations.h says what each is for).

#include "afdata.h"
#include "afparser.h"
#include "agencies/operations.h"

namespace ssbtek {

void present(const AfData &data, presentation::AgencyView &view);
void writeJson(const AfData &data, JsonMembers &members);
inline int unreadableAmounts(const AfData &)
{
    return 0; // no amounts
}
bool protectedIdentity(const AfData &data);
inline void withholdProtectedDetails(AfData &) { }
inline void addIncome(const AfData &, presentation::IncomeSink &) { }

} // namespace ssbtek
