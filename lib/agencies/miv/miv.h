#pragma once
// Migrationsverket: residence and work permits.
// The agency's operations (agencies/operations.h says what each is for).

#include "agencies/operations.h"
#include "mivdata.h"
#include "mivparser.h"

namespace ssbtek {

void present(const MivData &data, presentation::AgencyView &view);
void writeJson(const MivData &data, JsonMembers &members);
inline int unreadableAmounts(const MivData &)
{
    return 0; // no amounts
}
inline bool protectedIdentity(const MivData &)
{
    return false; // no protection marking
}
inline void withholdProtectedDetails(MivData &) { }
inline void addIncome(const MivData &, presentation::IncomeSink &) { }

} // namespace ssbtek
