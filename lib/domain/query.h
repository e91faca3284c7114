#pragma once
// What a caseworker asks: one person, one period, the agencies, and why. The builder turns
// it into the version's request and refuses it, saying why, when it is incomplete.

#include "agency.h"
#include "core/organisationsnummer.h"
#include "core/period.h"
#include "core/personnummer.h"

#include <QDateTime>
#include <QMap>
#include <QStringList>

#include <optional>

namespace ssbtek {

// A data processor (personuppgiftsbiträde) acting for the asking organisation.
struct DataProcessor
{
    std::optional<int> order;
    QString organisationNumber; // as typed; validated by the builder
    QString name;
};

// The LEFI "extern förmånsinformation" query carried, base64 JSON, inside the FK element.
struct LefiQuery
{
    QString actorId; // aktorsid: the municipality's id in LEFI
    QString apiVersion = QStringLiteral("v9");
    QStringList benefits; // formansinformation: FK:… groups
    QStringList pmClaims; // ansprak: PM:… groups
    QStringList pmDecisions; // beslut: PM:… groups
    QStringList preliminaryPayments; // preliminaraUtbetalningar: FK:… and PM:…
    QStringList payments; // utbetalningar: FK:… and PM:…
    QStringList otherInformation; // ovrigInformation
    bool periodLimitExempt = false; // a contract allows periods over two years

    // Every benefit group, and only general person information among the "other" types:
    // period incomes within what the legal basis covers.
    static LefiQuery standard(const QString &actorId);
    static const QStringList &fkBenefitGroups(); // the 27 LefiFkFormanGruppKod values
    static const QStringList &pmBenefitGroups(); // the 3 LefiPmFormanGruppKod values
    bool isEmpty() const;
};

// v11: which Skatteverket parts and taxation years to ask for.
struct SkvQuery
{
    QList<int> years;
    bool companyInformation = true; // foretagsinformation
    bool individualData = true; // individuppgifter
    bool taxAccount = true; // skattekonto
    bool taxData = true; // skatteuppgifter
    bool taxAppendices = true; // beskattningsbilagor

    // The two latest completed taxation years before the period's end, all five parts.
    static SkvQuery defaultFor(const Period &period);
    bool anyPart() const;
};

struct Query
{
    std::optional<Personnummer> person;
    Period period;
    AgencySet agencies = AgencySet::all();
    QMap<Agency, Period> agencyPeriods; // overrides, only for agencyAcceptsPeriod()
    QString purpose; // syfte
    QString legalBasis; // lagtext
    QString caseId; // arendeidentitet; generated when empty

    QString organisationNumber; // ingivare: as configured; validated by the builder
    QString organisationName;
    QString caseworker; // handlaggare: name or user id
    QList<DataProcessor> dataProcessors;

    LefiQuery lefi;
    std::optional<SkvQuery> skv; // v11; the default for the period when not given

    QString correlationId; // generated when empty
    QDateTime askedAt; // now when invalid
    bool echoQuestion = false;
    // Where the lookup was started, for its audit record: empty when typed, "link" or
    // "command-line" when the case system handed the person over.
    QString openedFrom;
};

} // namespace ssbtek
