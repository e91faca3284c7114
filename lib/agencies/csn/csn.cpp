#include "csn.h"

#include "agencies/unreadable.h"
#include "view/view.h"

namespace ssbtek {

int unreadableAmounts(const CsnData &d)
{
    int n = 0;
    for (const CsnPerson &p : d.persons) {
        for (const CsnCase &c : p.cases) {
            for (const CsnGrantedPeriod &g : c.granted) {
                n += unreadableCount({ &g.total });
                for (const CsnAmount &a : g.amounts)
                    n += unreadableCount({ &a.amount, &a.total });
            }
            for (const CsnPayment &pay : c.payments)
                n += unreadableCount({ &pay.total });
        }
    }
    return n;
}

bool protectedIdentity(const CsnData &data)
{
    for (const CsnPerson &p : data.persons) {
        if (!p.protection.isEmpty())
            return true;
    }
    return false;
}

void addIncome(const CsnData &data, presentation::IncomeSink &sink)
{
    for (const CsnPerson &person : data.persons) {
        for (const CsnCase &c : person.cases) {
            for (const CsnPayment &p : c.payments) {
                if (p.isPaid()) // a planned payment is not income yet
                    sink.paid(p.date, presentation::IncomeSource::Csn, p.total);
            }
        }
    }
}

} // namespace ssbtek
