#include "miv.h"

#include "explain/explanations.h"
#include "view/view.h"

using namespace Qt::StringLiterals;

namespace ssbtek {

using namespace presentation;
using K = Column::Kind;

void present(const MivData &miv, presentation::AgencyView &p)
{
    if (!miv.homeCountry.isEmpty())
        p.facts.append({ Presentation::tr("Home country"), miv.homeCountry, {}, false });
    if (miv.entryDate.isValid())
        p.facts.append({ Presentation::tr("Entered Sweden"), miv.entryDate.toString(Qt::ISODate), {}, false });
    Table permits { Presentation::tr("Permits"),
        { { Presentation::tr("Permit"), K::Text }, { Presentation::tr("Validity"), K::Text },
            { Presentation::tr("Decision"), K::Text }, { Presentation::tr("Decided"), K::Date },
            { Presentation::tr("Case type"), K::Text } },
        {}, Presentation::tr("No permit decisions.") };
    for (const PermitDecision &d : miv.permits) {
        const QString validity = d.isPermanent() ? Presentation::tr("Permanent")
            : d.validTo.isValid() ? Presentation::tr("Valid until %1").arg(d.validTo.toString(Qt::ISODate))
                                  : explain::permitValidity(d.validity).text;
        permits.rows.append({ d.permitTypeName.isEmpty() ? d.permitType : d.permitTypeName, validity,
            d.decisionName.isEmpty() ? d.decisionCode : d.decisionName, dateCell(d.decided),
            d.caseTypeName.isEmpty() ? d.caseType : d.caseTypeName });
    }
    p.tables.append(permits);
    p.count = int(miv.permits.size());
    p.summary = Presentation::tr("%n permit(s)", nullptr, p.count);
}

} // namespace ssbtek
