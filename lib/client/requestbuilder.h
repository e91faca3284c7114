#pragma once
// Builds the SOAP body of hamtaBastjanstInformation and testaBastjanstInformation for a
// protocol version, in the schema's exact element order, or says why it will not.

#include "core/expected.h"
#include "domain/protocolversion.h"
#include "domain/query.h"

#include <KDSoapClient/KDSoapMessage.h>

namespace ssbtek {

struct RequestProblem
{
    enum class Field {
        Person,
        Period,
        Agencies,
        Purpose,
        LegalBasis,
        CaseId,
        Organisation,
        Caseworker,
        DataProcessor,
        Lefi,
        Skv,
        AgencyPeriod,
    };
    Field field;
    QString message; // for people
};

struct BuiltRequest
{
    KDSoapMessage message;
    QString caseId; // as sent (generated when the query had none)
    QString correlationId; // as sent
    QDateTime askedAt; // as sent
    QByteArray lefiJson; // the decoded FK query, empty when FK is not asked
};

class RequestBuilder
{
public:
    static constexpr int MaxCaseIdLength = 31; // CSN refuses 32 or more (error -1005)

    static Expected<BuiltRequest, QList<RequestProblem>> build(const Query &query, const ProtocolVersion &version);
    static KDSoapMessage buildTest(const ProtocolVersion &version);

    // A fresh case id: a random UUID's 32 hex digits cut to 31.
    static QString generateCaseId();
    // The LEFI JSON query for the FK element (UTF-8, compact).
    static QByteArray lefiJson(const Query &query);
    // Only the problems, for forms that check as the user types.
    static QList<RequestProblem> check(const Query &query, const ProtocolVersion &version);
};

} // namespace ssbtek
