#include "tns.h"

#include "explain/explanations.h"
#include "view/view.h"

using namespace Qt::StringLiterals;

namespace ssbtek {

using namespace presentation;
using K = Column::Kind;

void present(const TnsData &tns, presentation::AgencyView &p)
{
    if (!tns.ok())
        p.facts.append({ Presentation::tr("Result"), tns.result, explain::tnsResult(tns.result).text, true });
    for (const TnsError &e : tns.errors)
        p.facts.append({ Presentation::tr("Error %1").arg(e.code), e.text, {}, true });
    Table vehicles { Presentation::tr("Vehicles"),
        { { Presentation::tr("Registration"), K::Text }, { Presentation::tr("Make"), K::Text },
            { Presentation::tr("Model"), K::Text }, { Presentation::tr("Vehicle year"), K::Text },
            { Presentation::tr("Kind"), K::Text } },
        {},
        tns.ok() ? Presentation::tr("No vehicles registered to the person.")
                 : Presentation::tr("Transportstyrelsen could not answer.") };
    for (const VehicleHolding &v : tns.vehicles)
        vehicles.rows.append({ v.registrationNumber, v.make, v.model, v.vehicleYear, v.kind });
    p.tables.append(vehicles);
    p.count = int(tns.vehicles.size());
    p.summary = Presentation::tr("%n vehicle(s)", nullptr, p.count);
}

} // namespace ssbtek
