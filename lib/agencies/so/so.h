#pragma once
// The a-kassor (Sveriges a-kassor): payments, suspensions, applications.
// What the program asks of its data (agencies/operations.h says what each is for); what is not
// declared here it does not have (no amounts, no protection marking, no income, no flags).

#include "agencies/operations.h"
#include "sodata.h"
#include "soparser.h"

namespace ssbtek {

void present(const SoData &data, presentation::AgencyView &view);
void writeJson(const SoData &data, JsonMembers &members);
int unreadableAmounts(const SoData &data);
void addIncome(const SoData &data, presentation::IncomeSink &sink);

} // namespace ssbtek
