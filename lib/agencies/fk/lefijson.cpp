#include "lefi.h"

#include "agencies/agencyjson.h"
#include "explain/explanations.h"

using namespace Qt::StringLiterals;
using namespace ssbtek::json;

namespace ssbtek {

namespace {

void payment(JsonWriter &w, const BenefitPayment &p)
{
    w.beginObject();
    w.key("benefit"_L1).stringOrNull(p.benefit);
    w.key("benefitCode"_L1).stringOrNull(p.benefitCode);
    w.member("date"_L1, p.date);
    amount(w.key("deductions"_L1), p.deductions);
    w.key("details"_L1).beginArray();
    for (const PaymentDetail &d : p.details) {
        w.beginObject();
        w.key("amountType"_L1).stringOrNull(d.amountTypeCode);
        w.key("benefit"_L1).stringOrNull(d.benefit.isEmpty() ? d.benefitCode : d.benefit);
        amount(w.key("deduction"_L1), d.deduction);
        amount(w.key("gross"_L1), d.gross);
        amount(w.key("tax"_L1), d.tax);
        w.endObject();
    }
    w.endArray();
    amount(w.key("gross"_L1), p.gross);
    amount(w.key("net"_L1), p.net);
    w.key("periodFrom"_L1).stringOrNull(p.periodFrom);
    w.key("periodTo"_L1).stringOrNull(p.periodTo);
    w.member("provider"_L1, p.provider);
    amount(w.key("tax"_L1), p.tax);
    w.endObject();
}

} // namespace

void writeJson(const LefiData &d, JsonMembers &o)
{
    o.add(u"providers"_s, array(d.providers, [](JsonWriter &w, const LefiProvider &p) {
        w.beginObject();
        codedMembers(w, p.state, explain::lefiProviderState(p.state));
        w.member("name"_L1, p.name);
        w.member("provider"_L1, p.code);
        w.endObject();
    }));
    o.add(u"deviations"_s, array(d.deviations, [](JsonWriter &w, const LefiDeviation &v) {
        const explain::Explanation e = explain::lefiDeviation(v.code);
        w.beginObject();
        w.key("area"_L1).stringOrNull(v.area);
        w.member("code"_L1, v.code);
        w.member("explanation"_L1, e.text);
        w.member("group"_L1, v.groupCode);
        w.key("groupText"_L1).stringOrNull(v.groupText);
        w.member("known"_L1, e.known);
        w.endObject();
    }));
    o.add(u"payments"_s, array(d.payments, payment));
    o.add(u"preliminaryPayments"_s, array(d.preliminaryPayments, payment));
    o.add(u"jobDays"_s, [&d](JsonWriter &w) {
        if (!d.jobDays) {
            w.null();
            return;
        }
        w.beginObject();
        w.member("allUsed"_L1, d.jobDays->allUsed);
        w.member("used"_L1, d.jobDays->used);
        w.endObject();
    });
    o.add(u"pensionHoldings"_s, [&d](JsonWriter &w) {
        if (!d.pensionHoldings) {
            w.null();
            return;
        }
        const PensionHoldings &h = *d.pensionHoldings;
        w.beginObject();
        amount(w.key("incomePension"_L1), h.incomePension);
        amount(w.key("premiumPension"_L1), h.premiumPension);
        w.member("source"_L1, h.source);
        amount(w.key("total"_L1), h.total);
        w.endObject();
    });
    o.add(u"decisions"_s, array(d.decisions, [](JsonWriter &w, const BenefitDecision &b) {
        w.beginObject();
        amount(w.key("amount"_L1), b.amount);
        w.key("benefit"_L1).stringOrNull(b.benefit);
        w.key("benefitCode"_L1).stringOrNull(b.benefitCode);
        w.member("case"_L1, b.caseKind);
        optionalInt(w.key("days"_L1), b.days);
        w.member("decided"_L1, b.decided);
        optionalBool(w.key("definitive"_L1), b.definitive);
        w.key("frequency"_L1).stringOrNull(b.amountFrequency);
        w.key("outcome"_L1).stringOrNull(b.outcome);
        w.key("periodFrom"_L1).stringOrNull(b.periodFrom);
        w.key("periodTo"_L1).stringOrNull(b.periodTo);
        w.member("provider"_L1, b.provider);
        w.key("status"_L1).stringOrNull(b.status);
        w.endObject();
    }));
    o.add(u"claims"_s, array(d.claims, [](JsonWriter &w, const PmClaim &c) {
        w.beginObject();
        w.member("arrived"_L1, c.arrived);
        w.member("benefitGroup"_L1, c.benefitGroupCode);
        w.member("id"_L1, c.id);
        w.key("periodFrom"_L1).stringOrNull(c.periodFrom);
        w.key("periodTo"_L1).stringOrNull(c.periodTo);
        w.endObject();
    }));
    o.add(u"persons"_s, array(d.persons, [](JsonWriter &w, const LefiPerson &p) {
        w.beginObject();
        w.key("civilStatus"_L1).stringOrNull(p.civilStatus);
        optionalBool(w.key("protectedIdentity"_L1), p.protectedIdentity);
        w.endObject();
    }));
}

} // namespace ssbtek
