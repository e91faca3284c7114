#include "so.h"

#include "agencies/agencyjson.h"
#include "explain/explanations.h"

using namespace Qt::StringLiterals;
using namespace ssbtek::json;

namespace ssbtek {

void writeJson(const SoData &d, JsonMembers &o)
{
    o.add(u"funds"_s, array(d.funds, [](JsonWriter &w, const UnemploymentFundAnswer &f) {
        w.beginObject();
        if (f.entitlementDecided)
            w.member("entitlementDecided"_L1, *f.entitlementDecided);
        else
            w.key("entitlementDecided"_L1).null();
        w.member("fund"_L1, f.fund);
        optionalBool(w.key("paymentApplicationSubmitted"_L1), f.paymentApplicationSubmitted);
        w.member("status"_L1, f.status);
        w.endObject();
    }));
    o.add(u"payments"_s, [&d](JsonWriter &w) {
        w.beginArray();
        for (const UnemploymentFundAnswer &f : d.funds) {
            for (const UnemploymentPayment &p : f.payments) {
                w.beginObject();
                w.member("date"_L1, p.paid);
                w.key("days"_L1).stringOrNull(p.days);
                w.member("from"_L1, p.from);
                w.member("fund"_L1, f.fund);
                amount(w.key("netAfterDeductions"_L1), p.netAfterDeductions);
                amount(w.key("netAfterTax"_L1), p.netAfterTax);
                w.member("to"_L1, p.to);
                w.endObject();
            }
        }
        w.endArray();
    });
    o.add(u"suspensions"_s, [&d](JsonWriter &w) {
        w.beginArray();
        for (const UnemploymentFundAnswer &f : d.funds) {
            for (const Suspension &s : f.suspensions) {
                w.beginObject();
                w.member("from"_L1, s.from);
                w.member("fund"_L1, f.fund);
                w.member("to"_L1, s.to);
                w.endObject();
            }
        }
        w.endArray();
    });
}

} // namespace ssbtek
