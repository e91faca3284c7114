#include "skv.h"

#include "agencies/unreadable.h"

namespace ssbtek {

int unreadableAmounts(const SkvData &d)
{
    int n = 0;
    for (const SkvCapitalRecord &c : d.capital)
        n += unreadableCount({ &c.income, &c.surplus });
    return n;
}

} // namespace ssbtek
