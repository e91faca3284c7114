#pragma once
// One immutable answer per query: what SSBTEK echoed, and for each of the seven agencies
// exactly one outcome — not asked, asked but absent, data (typed), or error.

#include "agencies/agencies.h"
#include "domain/agency.h"
#include "domain/agencyerror.h"
#include "domain/protocolversion.h"

#include <QByteArray>
#include <QMap>
#include <QMetaType>

namespace ssbtek {

struct AgencyOutcome
{
    enum class State { NotAsked, Absent, Data, Error };
    State state = State::NotAsked;
    AgencyError error; // when state == Error
    AgencyData data; // when state == Data
    // The agency's own payload as received, for IT staff: the XML inside `data` (AF, SO,
    // TNS, MIV), or the decoded document (CSN XML, LEFI JSON, SKV XML or JSON parts).
    QByteArray raw;
    enum class RawFormat { None, Xml, Json };
    RawFormat rawFormat = RawFormat::None;

    template <typename T> const T *get() const { return std::get_if<T>(&data); }
    static QString stateKey(State state); // "not_asked" | "absent" | "data" | "error"
    // Amounts in the data that could not be read exactly (kept as received).
    int unreadableAmounts() const;
};

struct Answer
{
    ProtocolVersion version;
    QString correlationId; // echoed korrelationsid
    QString askedAt; // echoed frageTidpunkt, as sent
    QMap<Agency, AgencyOutcome> agencies;

    const AgencyOutcome &outcome(Agency agency) const
    {
        static const AgencyOutcome none;
        const auto it = agencies.constFind(agency);
        return it != agencies.cend() ? *it : none;
    }
    // Every asked agency answered with data.
    bool complete() const;
    // Every amount in the answer was read exactly.
    bool fullyReadable() const;
    // Any agency marks the person as protected: Arbetsförmedlingen's sekretessmarkering,
    // CSN's protection, Försäkringskassan's skyddad.
    bool protectedIdentity() const;
};

// For a person with protected identity, the answer without what could lead to them: the
// addresses and every agency's payload as received. What is printed, saved as PDF or
// written by the command line unless the caseworker confirms (and that is audited). Any
// other answer is returned as it is.
Answer withholdProtectedDetails(const Answer &answer);
// The answer as a case file keeps it when the caseworker leaves agencies out: those agencies'
// outcomes are gone (as if not asked), so nothing of theirs reaches a sum or an overview.
Answer withoutAgencies(const Answer &answer, const AgencySet &leftOut);

} // namespace ssbtek

Q_DECLARE_METATYPE(ssbtek::Answer)
