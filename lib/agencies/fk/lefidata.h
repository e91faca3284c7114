#pragma once
// Försäkringskassan and Pensionsmyndigheten through LEFI "extern förmånsinformation" v9:
// provider states, deviations, payments (effected and preliminary), JOB days, pension
// holdings, decisions, person information.

#include "core/amount.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace ssbtek {

struct LefiProvider
{
    QString code; // FK | PM
    QString name;
    QString state; // tillstand.kod: OK | FELANDE | OTILLGANGLIG
    QString stateText;
    bool isOk() const { return state == QLatin1String("OK"); }
};

struct LefiDeviation
{
    QString area; // formansinformation, utbetalningar, … (where the group was asked)
    QString code; // avvikelse.kod: INTERNT_FEL | OBEHORIG
    QString text;
    QString groupCode; // formansgrupp / ovrigInformationstyp kod
    QString groupText;
};

struct PaymentDetail
{
    QString benefitCode, benefit; // forman / utbetalningsforman
    QString amountTypeCode, amountType; // beloppstyp
    Amount gross, tax, deduction;
    std::optional<int> days;
};

} // namespace ssbtek

Q_DECLARE_TYPEINFO(ssbtek::PaymentDetail, Q_RELOCATABLE_TYPE); // its members are

namespace ssbtek {

// An effected or a preliminary payment (förhandsbesked), from either provider.
struct BenefitPayment
{
    QString provider; // FK | PM
    QDate date; // payout date (effected or planned)
    QString periodFrom, periodTo; // as sent: YYYY-MM-DD or YYYY-MM; empty = open
    QString benefitCode, benefit; // formansfamilj (FK) / first row's formansgrupp (PM)
    Amount gross, tax, deductions, net;
    QList<PaymentDetail> details;
};

} // namespace ssbtek

// Relocatable, as their members are: a list of 20 000 payments grows by moving bytes, not by
// copying and destroying each payment (a tenth of a large answer's parse).
Q_DECLARE_TYPEINFO(ssbtek::BenefitPayment, Q_RELOCATABLE_TYPE);

namespace ssbtek {

struct JobDays
{
    int used = 0;
    bool allUsed = false;
};

struct PensionAccountValue
{
    QString account; // IP (inkomstpension) | PREP (premiepension)
    Amount value;
    QString validFrom; // YYYY-MM
};

struct PensionHoldings
{
    QString source; // FK (intjanandebehallning) | PM (PM:PBH)
    Amount total;
    Amount premiumPension;
    Amount incomePension;
    QList<PensionAccountValue> accounts;
};

struct BenefitDecision
{
    QString provider; // FK | PM
    QString caseKind; // the answer key, e.g. sjukpenningarende, or the PM benefit group
    QDate decided; // fattades / beslutsdatum
    std::optional<bool> definitive;
    QString status; // PM: INTERIMISTISKT | PRELIMINART | SLUTLIGT
    QString outcome; // PM: BIFALL | AVSLAG
    QString benefitCode, benefit;
    QString periodFrom, periodTo;
    Amount amount; // beslutatBruttobelopp / PM beslutatBelopp
    QString amountFrequency; // PM: MANAD, AR, …
    std::optional<int> days;
};

struct PmClaim
{
    QString id;
    QDate arrived;
    QString benefitGroupCode, benefitGroup;
    QString periodFrom, periodTo;
};

struct LefiPerson
{
    QString personnummer;
    QString name;
    std::optional<bool> protectedIdentity; // skyddad
    QString civilStatus;
    QStringList addresses;
    bool addressesWithheld = false; // protected identity: held back (withholdProtectedDetails)
};

struct LefiData
{
    QList<LefiProvider> providers;
    QList<LefiDeviation> deviations;
    QList<BenefitPayment> payments; // effected
    QList<BenefitPayment> preliminaryPayments; // decided, not yet effected: förhandsbesked
    std::optional<JobDays> jobDays;
    std::optional<PensionHoldings> pensionHoldings;
    QList<BenefitDecision> decisions;
    QList<PmClaim> claims;
    QList<LefiPerson> persons;

    bool anyProviderUnavailable() const;
};

} // namespace ssbtek
