#include "answerjson.h"

#include "core/jsonwriter.h"
#include "explain/explanations.h"

#include <QJsonDocument>

#include <functional>

using namespace Qt::StringLiterals;

namespace ssbtek {

namespace {

// An object whose members come in any order and are written in key order (as QJsonObject
// kept them, so the documented output is unchanged); a later member replaces an earlier one of
// the same name. For the few objects whose members are gathered from several places; the many
// small ones (a payment, a permit) write their keys in order themselves.
class Members
{
public:
    void add(const QString &key, std::function<void(JsonWriter &)> write)
    {
        m_members.append({ key, std::move(write) });
    }
    void write(JsonWriter &w)
    {
        std::stable_sort(
            m_members.begin(), m_members.end(), [](const Member &a, const Member &b) { return a.key < b.key; });
        w.beginObject();
        for (qsizetype i = 0; i < m_members.size(); ++i) {
            if (i + 1 < m_members.size() && m_members.at(i + 1).key == m_members.at(i).key)
                continue; // the later one counts
            w.key(m_members.at(i).key);
            m_members.at(i).write(w);
        }
        w.endObject();
    }

private:
    struct Member
    {
        QString key;
        std::function<void(JsonWriter &)> write;
    };
    QList<Member> m_members;
};

// "1234.50"; null when absent; {"unreadable": "<as received>"} when it is not an exact amount.
void amount(JsonWriter &w, const Amount &m)
{
    if (const auto exact = m.exact()) {
        w.money(*exact);
    } else if (m.isUnreadable()) {
        w.beginObject();
        w.member("unreadable"_L1, m.raw());
        w.endObject();
    } else {
        w.null();
    }
}

void optionalBool(JsonWriter &w, const std::optional<bool> &b)
{
    if (b)
        w.boolean(*b);
    else
        w.null();
}

void optionalInt(JsonWriter &w, const std::optional<int> &n)
{
    if (n)
        w.integer(*n);
    else
        w.null();
}

// code, explanation, known: then the caller's members after "known", if any, and the end.
void codedMembers(JsonWriter &w, const QString &code, const explain::Explanation &e)
{
    w.member("code"_L1, code);
    w.member("explanation"_L1, e.text);
    w.member("known"_L1, e.known);
}

void error(JsonWriter &w, Agency agency, const AgencyError &e)
{
    w.beginObject();
    w.member("code"_L1, e.code);
    w.member("explanation"_L1, explain::agencyError(agency, e));
    w.key("messages"_L1).beginArray();
    for (const QString &m : e.messages)
        w.string(m);
    w.endArray();
    w.member("source"_L1, e.sourceCode);
    w.endObject();
}

template <typename List, typename Item> std::function<void(JsonWriter &)> array(const List &list, Item item)
{
    return [&list, item](JsonWriter &w) {
        w.beginArray();
        for (const auto &element : list)
            item(w, element);
        w.endArray();
    };
}

void af(const AfData &d, Members &o)
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

void csn(const CsnData &d, Members &o)
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

void lefi(const LefiData &d, Members &o)
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

void skv(const SkvData &d, Members &o)
{
    o.add(u"person"_s, [&d](JsonWriter &w) {
        if (d.perPart) {
            w.null();
            return;
        }
        w.beginObject();
        w.key("firstName"_L1).stringOrNull(d.firstName);
        w.key("lastName"_L1).stringOrNull(d.lastName);
        w.key("personnummer"_L1).stringOrNull(d.personnummer);
        w.endObject();
    });
    o.add(u"capital"_s, array(d.capital, [](JsonWriter &w, const SkvCapitalRecord &c) {
        w.beginObject();
        amount(w.key("income"_L1), c.income);
        amount(w.key("surplus"_L1), c.surplus);
        w.member("taxationYear"_L1, c.taxationYear);
        w.endObject();
    }));
    o.add(u"parts"_s, array(d.parts, [](JsonWriter &w, const SkvPart &p) {
        w.beginObject();
        if (p.error)
            error(w.key("error"_L1), Agency::SKV, *p.error);
        QJsonObject fields; // any paths, sorted and the last of a repeated one kept, as always
        for (const auto &[path, value] : p.fields)
            fields.insert(path, value);
        w.member("fields"_L1, QJsonValue(fields));
        w.key("identity"_L1).stringOrNull(p.identity);
        w.member("name"_L1, p.name);
        w.key("personName"_L1).stringOrNull(p.personName);
        w.member("status"_L1, p.error ? "error"_L1 : "data"_L1);
        w.endObject();
    }));
}

void so(const SoData &d, Members &o)
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

void tns(const TnsData &d, Members &o)
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

void miv(const MivData &d, Members &o)
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

QJsonObject parsed(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

void writeAgencyJson(JsonWriter &writer, Agency agency, const AgencyOutcome &outcome)
{
    Members o;
    o.add(u"status"_s, [&outcome](JsonWriter &w) { w.string(AgencyOutcome::stateKey(outcome.state)); });
    if (outcome.state == AgencyOutcome::State::Error)
        o.add(u"error"_s, [&](JsonWriter &w) { error(w, agency, outcome.error); });
    if (outcome.state == AgencyOutcome::State::Data)
        o.add(u"unreadableAmounts"_s, [&outcome](JsonWriter &w) { w.integer(outcome.unreadableAmounts()); });
    std::visit(
        [&o](const auto &d) {
            using T = std::decay_t<decltype(d)>;
            if constexpr (std::is_same_v<T, AfData>)
                af(d, o);
            else if constexpr (std::is_same_v<T, CsnData>)
                csn(d, o);
            else if constexpr (std::is_same_v<T, LefiData>)
                lefi(d, o);
            else if constexpr (std::is_same_v<T, SkvData>)
                skv(d, o);
            else if constexpr (std::is_same_v<T, SoData>)
                so(d, o);
            else if constexpr (std::is_same_v<T, TnsData>)
                tns(d, o);
            else if constexpr (std::is_same_v<T, MivData>)
                miv(d, o);
        },
        outcome.data);
    o.write(writer);
}

void writeAnswerJson(JsonWriter &writer, const Answer &answer, const QJsonObject &extra, const AgencySet &leftOut)
{
    Members o;
    o.add(u"agencies"_s, [&answer, &leftOut](JsonWriter &w) {
        Members agencies;
        for (Agency a : AllAgencies) {
            if (!leftOut.contains(a))
                agencies.add(
                    agencyCode(a), [&answer, a](JsonWriter &aw) { writeAgencyJson(aw, a, answer.outcome(a)); });
        }
        agencies.write(w);
    });
    if (!leftOut.isEmpty()) {
        o.add(u"leftOut"_s, [&leftOut](JsonWriter &w) {
            w.beginArray();
            for (Agency a : leftOut.toList())
                w.string(agencyCode(a));
            w.endArray();
        });
    }
    o.add(u"complete"_s, [&answer](JsonWriter &w) { w.boolean(answer.complete()); });
    o.add(u"correlationId"_s, [&answer](JsonWriter &w) { w.stringOrNull(answer.correlationId); });
    o.add(u"fullyReadable"_s, [&answer](JsonWriter &w) { w.boolean(answer.fullyReadable()); });
    o.add(u"version"_s, [&answer](JsonWriter &w) { w.string(answer.version.label()); });
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.add(it.key(), [v = it.value()](JsonWriter &w) { w.value(v); });
    o.write(writer);
}

QJsonObject agencyToJson(Agency agency, const AgencyOutcome &outcome)
{
    QByteArray json;
    {
        JsonWriter w(&json);
        writeAgencyJson(w, agency, outcome);
    }
    return parsed(json);
}

QJsonObject answerToJson(const Answer &answer)
{
    QByteArray json;
    {
        JsonWriter w(&json);
        writeAnswerJson(w, answer, {});
    }
    return parsed(json);
}

} // namespace ssbtek
