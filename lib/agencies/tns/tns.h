#pragma once
// Transportstyrelsen: vehicles held.
// The agency's operations (agencies/operations.h says what each is for).

#include "agencies/operations.h"
#include "tnsdata.h"
#include "tnsparser.h"

namespace ssbtek {

void present(const TnsData &data, presentation::AgencyView &view);
void writeJson(const TnsData &data, JsonMembers &members);
inline int unreadableAmounts(const TnsData &)
{
    return 0; // no amounts
}
inline bool protectedIdentity(const TnsData &)
{
    return false; // no protection marking
}
inline void withholdProtectedDetails(TnsData &) { }
inline void addIncome(const TnsData &, presentation::IncomeSink &) { }

} // namespace ssbtek
