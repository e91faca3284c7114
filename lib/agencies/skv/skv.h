#pragma once
// Skatteverket: taxation data, as one document (v10) or in parts (v11).
// What the program asks of its data (agencies/operations.h says what each is for); what is not
// declared here it does not have (no amounts, no protection marking, no income, no flags).

#include "agencies/operations.h"
#include "skvdata.h"
#include "skvparser.h"

namespace ssbtek {

void present(const SkvData &data, presentation::AgencyView &view);
void writeJson(const SkvData &data, JsonMembers &members);
int unreadableAmounts(const SkvData &data);

} // namespace ssbtek
