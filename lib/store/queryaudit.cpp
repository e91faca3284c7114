#include "queryaudit.h"

using namespace Qt::StringLiterals;

namespace ssbtek::store {

QString outcomeOf(const Answer &answer)
{
    QStringList parts;
    for (Agency a : AllAgencies)
        parts << agencyCode(a) + u'=' + AgencyOutcome::stateKey(answer.outcome(a).state);
    if (answer.protectedIdentity())
        parts << u"protected-identity"_s; // the reviewer sees who looked up a protected person
    return parts.join(u' ');
}

QString outcomeOf(const ClientFailure &failure)
{
    return failure.kind == ClientFailure::Kind::Cancelled ? u"cancelled"_s : u"failed:"_s + failure.key();
}

AuditRecord auditFor(const Query &query, const QString &caseId, const ProtocolVersion &version, const QUrl &endpoint,
    const QString &outcome)
{
    AuditRecord r;
    r.kind = u"query"_s;
    r.caseworker = query.caseworker;
    r.person = query.person ? query.person->wire() : QString();
    r.purpose = query.purpose;
    r.legalBasis = query.legalBasis;
    r.version = version.label();
    r.agencies = query.agencies.toString();
    r.outcome = outcome;
    r.caseId = caseId.isEmpty() ? query.caseId : caseId;
    r.endpoint = endpoint.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    return r;
}

AuditRecord disclosureFor(const Query &query, const QString &caseId, const ProtocolVersion &version,
    const QUrl &endpoint, const QString &shownIn)
{
    AuditRecord r = auditFor(query, caseId, version, endpoint, u"protected-identity-shown:"_s + shownIn);
    r.kind = u"disclosed"_s;
    return r;
}

} // namespace ssbtek::store
