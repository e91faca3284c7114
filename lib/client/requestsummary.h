#pragma once
// What a hamtaBastjanstInformation or testaBastjanstInformation request says, read without a
// tree: enough for the simulator to answer like SSBTEK and for ssbtek-gateway to apply the
// rules and write the audit record before it forwards the request.

#include "domain/agency.h"

#include <QByteArray>
#include <QString>

namespace ssbtek {

struct RequestSummary
{
    QString namespaceUri; // of the Body's first element
    QString operation; // its local name
    QString personnummer;
    QString caseId;
    QString correlationId;
    QString fromDate, toDate;
    QString organisationNumber, organisationName, caseworker; // ingivare
    QString purpose, legalBasis; // syfte, lagtext
    AgencySet included;
    bool skvHasQuery = false;
    int caseworkerElements = 0; // handlaggare elements seen: exactly one in a valid request
    QString problem; // not well-formed / not SOAP

    static RequestSummary read(const QByteArray &body);
};

// `body` with the text of its one handlaggare element replaced by `caseworker` (escaped);
// empty when the request does not have exactly one, or the result would not read back as
// `caseworker`. The rest of the request stays byte for byte as it was.
QByteArray withCaseworker(const QByteArray &body, const QString &caseworker);

} // namespace ssbtek
