#pragma once
// Migrationsverket: residence and work permits.
// What the program asks of its data (agencies/operations.h says what each is for); what is not
// declared here it does not have (no amounts, no protection marking, no income, no flags).

#include "agencies/operations.h"
#include "mivdata.h"
#include "mivparser.h"

namespace ssbtek {

void present(const MivData &data, presentation::AgencyView &view);
void writeJson(const MivData &data, JsonMembers &members);

} // namespace ssbtek
