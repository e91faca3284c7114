#include "so.h"

#include "agencies/unreadable.h"
#include "view/view.h"

namespace ssbtek {

int unreadableAmounts(const SoData &d)
{
    int n = 0;
    for (const UnemploymentFundAnswer &f : d.funds) {
        for (const UnemploymentPayment &p : f.payments)
            n += unreadableCount({ &p.netAfterTax, &p.netAfterDeductions });
    }
    return n;
}

void addIncome(const SoData &data, presentation::IncomeSink &sink)
{
    for (const UnemploymentFundAnswer &f : data.funds) {
        for (const UnemploymentPayment &p : f.payments)
            sink.paid(p.paid, presentation::IncomeSource::Akassa, p.netAfterTax);
    }
}

} // namespace ssbtek
