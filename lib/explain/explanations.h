#pragma once
// What every code in an SSBTEK answer means, in a short sentence for a caseworker.
// An unknown code is said to be unknown, with the code itself: never hidden.

#include "domain/agency.h"
#include "domain/agencyerror.h"

#include <QString>

#include <optional>

namespace ssbtek::explain {

struct Explanation
{
    QString text;
    bool known = true;
};

// Arbetsförmedlingen's activity report status (AktivitetsRapportMeddelande).
Explanation activityReport(const QString &code);
// Arbetsförmedlingen's processing status (StatusSokandeinformationKod).
Explanation afProcessingStatus(std::optional<int> code, const QString &text);
// Where an agency error arose (kalla).
Explanation errorSource(AgencyError::Source source, const QString &sourceCode);
// An agency's felkod, where its meaning is known.
Explanation errorCode(Agency agency, const QString &code);
// The whole error block as one sentence: where, which code, what it means.
QString agencyError(Agency agency, const AgencyError &error);
// LEFI provider state (utlamnare.tillstand.kod) and deviation kind (avvikelse.kod).
Explanation lefiProviderState(const QString &code);
Explanation lefiDeviation(const QString &code);
// Transportstyrelsen's resultat.
Explanation tnsResult(const QString &result);
// CSN's ResultatKod, and a person CSN did not find.
Explanation csnResult(const QString &code, const QString &text);
Explanation csnNotFound();
// Migrationsverket's giltighetstid.
Explanation permitValidity(const QString &validity);

} // namespace ssbtek::explain
