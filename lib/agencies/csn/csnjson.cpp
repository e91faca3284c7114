#include "csn.h"

#include "agencies/agencyjson.h"
#include "explain/explanations.h"

using namespace Qt::StringLiterals;
using namespace ssbtek::json;

namespace ssbtek {

void writeJson(const CsnData &d, JsonMembers &o)
{
    o.add(u"result"_s, [&d](JsonWriter &w) {
        w.beginObject();
        codedMembers(w, d.resultCode, explain::csnResult(d.resultCode, d.resultText));
        w.member("text"_L1, d.resultText);
        w.endObject();
    });
    o.add(u"persons"_s, array(d.persons, [](JsonWriter &w, const CsnPerson &p) {
        w.beginObject();
        if (!p.hit)
            w.member("explanation"_L1, explain::csnNotFound().text);
        w.member("found"_L1, p.hit);
        w.endObject();
    }));
    o.add(u"cases"_s, [&d](JsonWriter &w) {
        w.beginArray();
        for (const CsnPerson &p : d.persons) {
            for (const CsnCase &c : p.cases) {
                w.beginObject();
                w.member("form"_L1, c.form);
                w.key("granted"_L1).beginArray();
                for (const CsnGrantedPeriod &g : c.granted) {
                    w.beginObject();
                    w.member("endWeek"_L1, g.endWeek);
                    w.member("pace"_L1, g.pace);
                    w.member("startWeek"_L1, g.startWeek);
                    amount(w.key("total"_L1), g.total);
                    w.endObject();
                }
                w.endArray();
                w.member("kind"_L1, studySupportKindName(c.kind));
                w.member("number"_L1, c.number);
                w.member("status"_L1, c.status);
                w.member("text"_L1, c.text);
                w.endObject();
            }
        }
        w.endArray();
    });
    o.add(u"payments"_s, [&d](JsonWriter &w) {
        w.beginArray();
        for (const CsnPerson &p : d.persons) {
            for (const CsnCase &c : p.cases) {
                const QString kind = studySupportKindName(c.kind);
                for (const CsnPayment &pay : c.payments) {
                    w.beginObject();
                    amount(w.key("amount"_L1), pay.total);
                    w.member("case"_L1, c.number);
                    w.member("date"_L1, pay.date);
                    w.member("kind"_L1, kind);
                    w.member("paid"_L1, pay.isPaid());
                    w.member("status"_L1, pay.status);
                    w.endObject();
                }
            }
        }
        w.endArray();
    });
}

} // namespace ssbtek
