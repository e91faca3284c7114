#include "csn.h"

#include "explain/explanations.h"
#include "view/view.h"

using namespace Qt::StringLiterals;

namespace ssbtek {

using namespace presentation;
using K = Column::Kind;

void present(const CsnData &csn, presentation::AgencyView &p)
{
    const auto result = explain::csnResult(csn.resultCode, csn.resultText);
    if (!result.known)
        p.facts.append({ Presentation::tr("Result"), csn.resultCode, result.text, true });
    Table cases { Presentation::tr("Cases"),
        { { Presentation::tr("Support"), K::Text }, { Presentation::tr("Case"), K::Text },
            { Presentation::tr("Form"), K::Text }, { Presentation::tr("Status"), K::Text },
            { Presentation::tr("Applied period"), K::Text } },
        {}, Presentation::tr("No study support cases.") };
    Table payments { Presentation::tr("Payment plan"),
        { { Presentation::tr("Date"), K::Date }, { Presentation::tr("Support"), K::Text },
            { Presentation::tr("Case"), K::Text }, { Presentation::tr("Status"), K::Text },
            { Presentation::tr("Amount"), K::Money } },
        {}, Presentation::tr("No payments.") };
    for (const CsnPerson &person : csn.persons) {
        if (!person.hit)
            p.facts.append({ Presentation::tr("Found"), Presentation::tr("no"), explain::csnNotFound().text, false });
        if (!person.protection.isEmpty())
            p.facts.append({ Presentation::tr("Protection"), person.protection,
                Presentation::tr("CSN marks the person's data as protected."), true });
        for (const CsnCase &c : person.cases) {
            QString applied;
            if (!c.applied.isEmpty())
                applied = c.applied.first().from.toString(Qt::ISODate) + u" – "_s
                    + c.applied.first().to.toString(Qt::ISODate);
            cases.rows.append(
                { studySupportKindName(c.kind), c.number, c.text.isEmpty() ? c.form : c.text, c.status, applied });
            for (const CsnPayment &pay : c.payments)
                payments.rows.append({ dateCell(pay.date), studySupportKindName(c.kind), c.number,
                    pay.isPaid()             ? Presentation::tr("Paid")
                        : pay.date.isValid() ? Presentation::tr("Planned")
                                             : Presentation::tr("Planned, date not set"),
                    moneyCell(pay.total) });
        }
    }
    p.tables << payments << cases;
    p.count = int(payments.rows.size());
    p.summary = Presentation::tr("%n payment(s)", nullptr, p.count);
}

} // namespace ssbtek
