#pragma once
// The a-kassor (Sveriges a-kassor): payments, suspensions, applications.
// The agency's operations (agencies/operations.h says what each is for).

#include "agencies/operations.h"
#include "sodata.h"
#include "soparser.h"

namespace ssbtek {

void present(const SoData &data, presentation::AgencyView &view);
void writeJson(const SoData &data, JsonMembers &members);
int unreadableAmounts(const SoData &data);
inline bool protectedIdentity(const SoData &)
{
    return false; // no protection marking
}
inline void withholdProtectedDetails(SoData &) { }
void addIncome(const SoData &data, presentation::IncomeSink &sink);

} // namespace ssbtek
