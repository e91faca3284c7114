#include "tns.h"

#include "agencies/agencyjson.h"
#include "explain/explanations.h"

using namespace Qt::StringLiterals;
using namespace ssbtek::json;

namespace ssbtek {

void writeJson(const TnsData &d, JsonMembers &o)
{
    o.add(u"result"_s, [&d](JsonWriter &w) {
        w.beginObject();
        codedMembers(w, d.result, explain::tnsResult(d.result));
        w.endObject();
    });
    o.add(u"vehicles"_s, array(d.vehicles, [](JsonWriter &w, const VehicleHolding &v) {
        w.beginObject();
        w.member("kind"_L1, v.kind);
        w.member("make"_L1, v.make);
        w.member("model"_L1, v.model);
        w.member("registrationNumber"_L1, v.registrationNumber);
        w.member("vehicleYear"_L1, v.vehicleYear);
        w.endObject();
    }));
    o.add(u"errors"_s, array(d.errors, [](JsonWriter &w, const TnsError &e) {
        w.beginObject();
        w.member("code"_L1, e.code);
        w.member("text"_L1, e.text);
        w.endObject();
    }));
}

} // namespace ssbtek
