#include "af.h"

#include "explain/explanations.h"
#include "view/view.h"

using namespace Qt::StringLiterals;

namespace ssbtek {

using namespace presentation;
using K = Column::Kind;

void present(const AfData &af, presentation::AgencyView &p)
{
    if (af.activityReport) {
        const auto e = explain::activityReport(af.activityReport->code);
        p.facts.append({ Presentation::tr("Activity report"),
            af.activityReport->code
                + (af.activityReport->latestDate.isValid()
                        ? Presentation::tr(", latest report %1")
                              .arg(af.activityReport->latestDate.toString(Qt::ISODate))
                        : QString()),
            e.text, af.activityReport->code != u"200" });
    } else {
        p.facts.append({ Presentation::tr("Activity report"), Presentation::tr("not stated"),
            Presentation::tr("Arbetsförmedlingen gave no activity report status."), true });
    }
    p.facts.append({ Presentation::tr("Registered as job seeker"),
        yesNoText(af.registered)
            + (af.registeredFrom.isValid() ? Presentation::tr(" since %1").arg(af.registeredFrom.toString(Qt::ISODate))
                                           : QString()),
        {}, false });
    if (af.extentPercent)
        p.facts.append({ Presentation::tr("Extent"), u"%1 %"_s.arg(*af.extentPercent), {}, false });
    if (!af.category.isEmpty())
        p.facts.append({ Presentation::tr("Category"), af.category, {}, false });
    if (af.deregistered.isValid())
        p.facts.append({ Presentation::tr("De-registered"), af.deregistered.toString(Qt::ISODate), {}, true });
    if (!af.unemploymentFund.isEmpty())
        p.facts.append({ Presentation::tr("A-kassa"), af.unemploymentFund, {}, false });
    if (af.protectedIdentity.value_or(false))
        p.facts.append({ Presentation::tr("Protected identity"), Presentation::tr("yes"),
            Presentation::tr("The person has a protection marking (sekretessmarkering)."), true });
    const auto status = explain::afProcessingStatus(af.statusCode, af.statusText);
    if (!status.known)
        p.facts.append({ Presentation::tr("Processing status"),
            af.statusCode ? QString::number(*af.statusCode) : QString(), status.text, true });
    Table decisions { Presentation::tr("Economic decisions"),
        { { Presentation::tr("Compensation"), K::Text }, { Presentation::tr("Extent %"), K::Number },
            { Presentation::tr("From"), K::Date }, { Presentation::tr("To"), K::Date } },
        {}, Presentation::tr("No economic decisions in the answer.") };
    for (const EconomicDecision &d : af.decisions)
        decisions.rows.append({ d.compensationType, d.extentPercent ? QVariant(*d.extentPercent) : QVariant(),
            dateCell(d.from), dateCell(d.to) });
    p.tables.append(decisions);
    p.count = int(af.decisions.size());
    p.summary = af.activityReport ? Presentation::tr("Activity report %1").arg(af.activityReport->code)
                                  : Presentation::tr("Registration");
}

} // namespace ssbtek
