#include "so.h"

#include "explain/explanations.h"
#include "view/view.h"

using namespace Qt::StringLiterals;

namespace ssbtek {

using namespace presentation;
using K = Column::Kind;

void present(const SoData &so, presentation::AgencyView &p)
{
    Table payments { Presentation::tr("Payments"),
        { { Presentation::tr("Date"), K::Date }, { Presentation::tr("A-kassa"), K::Text },
            { Presentation::tr("Net after tax"), K::Money }, { Presentation::tr("Net after deductions"), K::Money },
            { Presentation::tr("Days"), K::Text }, { Presentation::tr("From"), K::Date },
            { Presentation::tr("To"), K::Date } },
        {}, Presentation::tr("No a-kassa payments in the period.") };
    Table suspensions { Presentation::tr("Suspensions"),
        { { Presentation::tr("A-kassa"), K::Text }, { Presentation::tr("From"), K::Date },
            { Presentation::tr("To"), K::Date } },
        {}, Presentation::tr("No suspensions.") };
    for (const UnemploymentFundAnswer &f : so.funds) {
        for (const UnemploymentPayment &pay : f.payments)
            payments.rows.append({ dateCell(pay.paid), f.fund, moneyCell(pay.netAfterTax),
                moneyCell(pay.netAfterDeductions), pay.days, dateCell(pay.from), dateCell(pay.to) });
        for (const Suspension &s : f.suspensions)
            suspensions.rows.append({ f.fund, dateCell(s.from), dateCell(s.to) });
        if (f.hasApplication)
            p.facts.append({ Presentation::tr("Application at %1").arg(f.fund),
                f.entitlementDecided
                    ? Presentation::tr("entitlement decided %1").arg(f.entitlementDecided->toString(Qt::ISODate))
                    : Presentation::tr("entitlement not decided"),
                f.paymentApplicationSubmitted.value_or(false)
                    ? Presentation::tr("An application for payment has been submitted.")
                    : QString(),
                false });
    }
    if (!suspensions.rows.isEmpty())
        p.facts.append(
            { Presentation::tr("Suspended"), Presentation::tr("%n period(s)", nullptr, int(suspensions.rows.size())),
                Presentation::tr("The a-kassa has suspended the person from compensation; see the table."), true });
    p.tables << payments << suspensions;
    p.count = int(payments.rows.size());
    p.summary = Presentation::tr("%n payment(s)", nullptr, p.count);
}

} // namespace ssbtek
