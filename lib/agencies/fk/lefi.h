#pragma once
// Försäkringskassan and Pensionsmyndigheten through LEFI: payments, advance payment notices,
// decisions, JOB days, pension holdings, claims.
// What the program asks of its data (agencies/operations.h says what each is for); what is not
// declared here it does not have (no amounts, no protection marking, no income, no flags).

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
void addFlags(const LefiData &data, QList<presentation::Fact> &flags);

// Whose a payment is: Försäkringskassan's, or Pensionsmyndigheten's ("PM").
presentation::IncomeSource incomeSourceOf(const QString &provider);

} // namespace ssbtek
