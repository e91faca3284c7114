#pragma once
// CSN: study support cases and their payment plans.
// What the program asks of its data (agencies/operations.h says what each is for); what is not
// declared here it does not have (no amounts, no protection marking, no income, no flags).

#include "agencies/operations.h"
#include "csndata.h"
#include "csnparser.h"

namespace ssbtek {

void present(const CsnData &data, presentation::AgencyView &view);
void writeJson(const CsnData &data, JsonMembers &members);
int unreadableAmounts(const CsnData &data);
bool protectedIdentity(const CsnData &data);
void addIncome(const CsnData &data, presentation::IncomeSink &sink);

} // namespace ssbtek
