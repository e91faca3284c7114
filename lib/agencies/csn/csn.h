#pragma once
// CSN: study support cases and their payment plans.
// The agency's operations (agencies/operations.h says what each is for).

#include "agencies/operations.h"
#include "csndata.h"
#include "csnparser.h"

namespace ssbtek {

void present(const CsnData &data, presentation::AgencyView &view);
void writeJson(const CsnData &data, JsonMembers &members);
int unreadableAmounts(const CsnData &data);
bool protectedIdentity(const CsnData &data);
inline void withholdProtectedDetails(CsnData &) { }
void addIncome(const CsnData &data, presentation::IncomeSink &sink);

} // namespace ssbtek
