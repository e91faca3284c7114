#pragma once
// Transportstyrelsen: vehicles held.
// What the program asks of its data (agencies/operations.h says what each is for); what is not
// declared here it does not have (no amounts, no protection marking, no income, no flags).

#include "agencies/operations.h"
#include "tnsdata.h"
#include "tnsparser.h"

namespace ssbtek {

void present(const TnsData &data, presentation::AgencyView &view);
void writeJson(const TnsData &data, JsonMembers &members);

} // namespace ssbtek
