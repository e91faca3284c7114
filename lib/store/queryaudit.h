#pragma once
// The audit record of one lookup, whatever became of it: answered (with each agency's
// outcome), failed (with why) or cancelled. The window and the CLI write the same.

#include "answer/answer.h"
#include "client/clientfailure.h"
#include "domain/query.h"
#include "records.h"

#include <QUrl>

namespace ssbtek::store {

// "AF=data CSN=error FK=absent SKV=not_asked …", and "protected-identity" when any agency
// marks the person as protected
QString outcomeOf(const Answer &answer);
// "failed:timeout", "cancelled"
QString outcomeOf(const ClientFailure &failure);

AuditRecord auditFor(const Query &query, const QString &caseId, const ProtocolVersion &version, const QUrl &endpoint,
    const QString &outcome);

// The caseworker chose to see or hand on (`shownIn`: "screen", "print", "pdf", "cli") the
// details of a person with protected identity: kind "disclosed", in the same chain.
AuditRecord disclosureFor(const Query &query, const QString &caseId, const ProtocolVersion &version,
    const QUrl &endpoint, const QString &shownIn);

} // namespace ssbtek::store
