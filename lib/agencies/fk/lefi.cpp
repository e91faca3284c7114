#include "lefi.h"

#include "agencies/unreadable.h"
#include "view/view.h"

using namespace Qt::StringLiterals;

namespace ssbtek {

namespace {

int unreadablePayments(const QList<BenefitPayment> &payments)
{
    int n = 0;
    for (const BenefitPayment &p : payments) {
        n += unreadableCount({ &p.gross, &p.tax, &p.deductions, &p.net });
        for (const PaymentDetail &d : p.details)
            n += unreadableCount({ &d.gross, &d.tax, &d.deduction });
    }
    return n;
}

} // namespace

presentation::IncomeSource incomeSourceOf(const QString &provider)
{
    return provider == u"PM"_s ? presentation::IncomeSource::Pensionsmyndigheten
                               : presentation::IncomeSource::Forsakringskassan;
}

int unreadableAmounts(const LefiData &d)
{
    int n = unreadablePayments(d.payments) + unreadablePayments(d.preliminaryPayments);
    for (const BenefitDecision &b : d.decisions)
        n += unreadableCount({ &b.amount });
    if (d.pensionHoldings) {
        n += unreadableCount({ &d.pensionHoldings->total, &d.pensionHoldings->premiumPension });
        for (const PensionAccountValue &a : d.pensionHoldings->accounts)
            n += unreadableCount({ &a.value });
    }
    return n;
}

bool protectedIdentity(const LefiData &data)
{
    for (const LefiPerson &p : data.persons) {
        if (p.protectedIdentity.value_or(false)) // skyddad
            return true;
    }
    return false;
}

void withholdProtectedDetails(LefiData &data)
{
    for (LefiPerson &p : data.persons) {
        p.addressesWithheld = p.addressesWithheld || !p.addresses.isEmpty();
        p.addresses.clear();
    }
}

void addIncome(const LefiData &data, presentation::IncomeSink &sink)
{
    for (const BenefitPayment &p : data.payments)
        sink.paid(p.date, incomeSourceOf(p.provider), p.net);
    for (const LefiProvider &provider : data.providers) {
        if (!provider.isOk()) // its payments are missing, not zero
            sink.unavailable(incomeSourceOf(provider.code));
    }
}

} // namespace ssbtek
