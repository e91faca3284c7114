#pragma once
// The answer of testaBastjanstInformation: for each agency, whether its own test service
// was called and what went wrong. An agency missing from the answer was not tested.

#include "core/expected.h"
#include "domain/agency.h"
#include "domain/agencyerror.h"

#include <QByteArray>
#include <QMap>
#include <QMetaType>
#include <QSslCertificate>

namespace ssbtek {

struct ProtocolVersion;

struct AgencyTestResult
{
    enum class State { NotTested, Called, NotCalled, Error };
    State state = State::NotTested;
    AgencyError error;

    static QString stateKey(State state); // "not_tested" | "called" | "not_called" | "error"
    static QString stateText(State state); // for people
    // The state, and for an error its source, code and messages: one line for a table.
    QString describe() const;
};

struct TestAnswer
{
    QMap<Agency, AgencyTestResult> agencies;
    QSslCertificate serverCertificate; // as seen on this connection (https only)
    QString tlsProtocol;

    AgencyTestResult result(Agency agency) const { return agencies.value(agency); }
    // Parses the Body of a SOAP answer; the message says why it could not.
    static Expected<TestAnswer, QString> parse(const QByteArray &soap, const ProtocolVersion &version);
};

} // namespace ssbtek

Q_DECLARE_METATYPE(ssbtek::TestAnswer)
