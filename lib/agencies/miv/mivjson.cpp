#include "miv.h"

#include "agencies/agencyjson.h"
#include "explain/explanations.h"

using namespace Qt::StringLiterals;
using namespace ssbtek::json;

namespace ssbtek {

void writeJson(const MivData &d, JsonMembers &o)
{
    o.add(u"permits"_s, array(d.permits, [](JsonWriter &w, const PermitDecision &p) {
        w.beginObject();
        w.member("applied"_L1, p.applied);
        w.member("caseType"_L1, p.caseType);
        w.member("caseTypeName"_L1, p.caseTypeName);
        w.member("decided"_L1, p.decided);
        w.member("decision"_L1, p.decisionCode);
        w.member("decisionName"_L1, p.decisionName);
        w.member("explanation"_L1, explain::permitValidity(p.validity).text);
        w.member("permanent"_L1, p.isPermanent());
        w.member("permitType"_L1, p.permitType);
        w.member("permitTypeName"_L1, p.permitTypeName);
        w.member("validFrom"_L1, p.validFrom);
        w.member("validTo"_L1, p.validTo);
        w.member("validity"_L1, p.validity);
        w.endObject();
    }));
}

} // namespace ssbtek
