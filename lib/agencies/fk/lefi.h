#pragma once
// Försäkringskassan and Pensionsmyndigheten through LEFI: payments, advance payment notices,
// decisions, JOB days, pension holdings, claims.
// The agency's operations (agencies/operations.h says what each is for).

#include "agencies/operations.h"
#include "lefidata.h"
#include "lefiparser.h"

namespace ssbtek {

void present(const LefiData &data, presentation::AgencyView &view);
void writeJson(const LefiData &data, JsonMembers &members);
int unreadableAmounts(const LefiData &data);
bool protectedIdentity(const LefiData &data);
void withholdProtectedDetails(LefiData &data);
void addIncome(const LefiData &data, presentation::IncomeSink &sink);

} // namespace ssbtek
