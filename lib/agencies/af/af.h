#pragma once
// Arbetsförmedlingen: job-seeker registration, activity-report status, economic decisions.
// What the program asks of its data (agencies/operations.h says what each is for); what is not
// declared here it does not have (no amounts, no protection marking, no income, no flags).

#include "afdata.h"
#include "afparser.h"
#include "agencies/operations.h"

namespace ssbtek {

void present(const AfData &data, presentation::AgencyView &view);
void writeJson(const AfData &data, JsonMembers &members);
bool protectedIdentity(const AfData &data);

} // namespace ssbtek
