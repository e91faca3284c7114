#pragma once
// What the simulator read from a request: enough to answer like SSBTEK, and to let tests
// assert on what a client actually sent.

#include "protocol/agency.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace ssbtek::sim {

struct SimRequest
{
    QByteArray body;
    QMap<QByteArray, QByteArray> headers; // names lower-case, as KDSoapServer gives them
    QString namespaceUri; // of the Body's first element
    QString operation; // its local name
    QString personnummer;
    QString caseId;
    QString correlationId;
    QString fromDate, toDate;
    QString organisationNumber, organisationName, caseworker; // ingivare
    QString purpose, legalBasis;                              // syfte, lagtext
    AgencySet included;
    bool skvHasQuery = false;
    QString problem; // not well-formed / not SOAP

    static SimRequest parse(const QByteArray &body, const QMap<QByteArray, QByteArray> &headers);
};

} // namespace ssbtek::sim
