#pragma once
// One immutable answer per query: what SSBTEK echoed, and for each of the seven agencies
// exactly one outcome — not asked, asked but absent, data, or error.

#include "protocol/agency.h"
#include "protocol/agencyerror.h"
#include "protocol/protocolversion.h"

#include <QDateTime>
#include <QMap>
#include <QMetaType>

namespace ssbtek {

struct AgencyOutcome
{
    enum class State { NotAsked, Absent, Data, Error };
    State state = State::NotAsked;
    AgencyError error; // when state == Error

    static QString stateKey(State state); // "not_asked" | "absent" | "data" | "error"
};

struct Answer
{
    ProtocolVersion version;
    QString correlationId; // echoed korrelationsid
    QString askedAt; // echoed frageTidpunkt, as sent
    QMap<Agency, AgencyOutcome> agencies;

    AgencyOutcome outcome(Agency agency) const { return agencies.value(agency); }
    // Every asked agency answered with data.
    bool complete() const;
};

} // namespace ssbtek

Q_DECLARE_METATYPE(ssbtek::Answer)
