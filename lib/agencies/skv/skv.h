#pragma once
// Skatteverket: taxation data, as one document (v10) or in parts (v11).
// The agency's operations (agencies/operations.h says what each is for).

#include "agencies/operations.h"
#include "skvdata.h"
#include "skvparser.h"

namespace ssbtek {

void present(const SkvData &data, presentation::AgencyView &view);
void writeJson(const SkvData &data, JsonMembers &members);
int unreadableAmounts(const SkvData &data);
inline bool protectedIdentity(const SkvData &)
{
    return false; // no protection marking
}
inline void withholdProtectedDetails(SkvData &) { }
inline void addIncome(const SkvData &, presentation::IncomeSink &) { }

} // namespace ssbtek
