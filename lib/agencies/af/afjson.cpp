#include "af.h"

#include "agencies/agencyjson.h"
#include "explain/explanations.h"

using namespace Qt::StringLiterals;
using namespace ssbtek::json;

namespace ssbtek {

void writeJson(const AfData &d, JsonMembers &o)
{
    o.add(u"protectedIdentity"_s, [&d](JsonWriter &w) { optionalBool(w, d.protectedIdentity); });
    o.add(u"registration"_s, [&d](JsonWriter &w) {
        w.beginObject();
        w.key("category"_L1).stringOrNull(d.category);
        w.member("deregistered"_L1, d.deregistered);
        optionalInt(w.key("extentPercent"_L1), d.extentPercent);
        w.member("from"_L1, d.registeredFrom);
        optionalBool(w.key("registered"_L1), d.registered);
        w.endObject();
    });
    o.add(u"activityReport"_s, [&d](JsonWriter &w) {
        if (!d.activityReport) {
            w.null();
            return;
        }
        w.beginObject();
        w.member("code"_L1, d.activityReport->code);
        w.member("explanation"_L1, explain::activityReport(d.activityReport->code).text);
        w.member("latestDate"_L1, d.activityReport->latestDate);
        w.endObject();
    });
    o.add(u"decisions"_s, array(d.decisions, [](JsonWriter &w, const EconomicDecision &e) {
        w.beginObject();
        w.member("compensationType"_L1, e.compensationType);
        optionalInt(w.key("extentPercent"_L1), e.extentPercent);
        w.member("from"_L1, e.from);
        w.member("to"_L1, e.to);
        w.endObject();
    }));
    o.add(u"unemploymentFund"_s, [&d](JsonWriter &w) { w.stringOrNull(d.unemploymentFund); });
    o.add(u"processingStatus"_s, [&d](JsonWriter &w) {
        w.beginObject();
        codedMembers(w, d.statusCode ? QString::number(*d.statusCode) : QString(),
            explain::afProcessingStatus(d.statusCode, d.statusText));
        w.member("text"_L1, d.statusText);
        w.endObject();
    });
}

} // namespace ssbtek
