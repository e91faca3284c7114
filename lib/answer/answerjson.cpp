#include "answerjson.h"

#include "explain/explanations.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ssbtek {

namespace {

QJsonValue date(QDate d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

// "1234.50"; null when absent; {"unreadable": "<as received>"} when it is not an exact amount.
QJsonValue amount(const Amount &m)
{
    if (const auto exact = m.exact())
        return exact->toDecimalString();
    if (m.isUnreadable())
        return QJsonObject { { u"unreadable"_s, m.raw() } };
    return QJsonValue(QJsonValue::Null);
}

QJsonValue optionalBool(const std::optional<bool> &b)
{
    return b ? QJsonValue(*b) : QJsonValue(QJsonValue::Null);
}

QJsonValue text(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonObject coded(const QString &code, const explain::Explanation &e)
{
    return { { u"code"_s, code }, { u"explanation"_s, e.text }, { u"known"_s, e.known } };
}

QJsonObject errorJson(Agency agency, const AgencyError &e)
{
    return { { u"source"_s, e.sourceCode },
             { u"code"_s, e.code },
             { u"messages"_s, QJsonArray::fromStringList(e.messages) },
             { u"explanation"_s, explain::agencyError(agency, e) } };
}

void af(const AfData &d, QJsonObject &o)
{
    o.insert(u"protectedIdentity"_s, optionalBool(d.protectedIdentity));
    o.insert(u"registration"_s, QJsonObject { { u"registered"_s, optionalBool(d.registered) },
                                              { u"from"_s, date(d.registeredFrom) },
                                              { u"extentPercent"_s, d.extentPercent ? QJsonValue(*d.extentPercent) : QJsonValue() },
                                              { u"category"_s, text(d.category) },
                                              { u"deregistered"_s, date(d.deregistered) } });
    if (d.activityReport) {
        o.insert(u"activityReport"_s, QJsonObject { { u"code"_s, d.activityReport->code },
                                                    { u"latestDate"_s, date(d.activityReport->latestDate) },
                                                    { u"explanation"_s, explain::activityReport(d.activityReport->code).text } });
    } else {
        o.insert(u"activityReport"_s, QJsonValue::Null);
    }
    QJsonArray decisions;
    for (const EconomicDecision &e : d.decisions)
        decisions.append(QJsonObject { { u"compensationType"_s, e.compensationType },
                                       { u"extentPercent"_s, e.extentPercent ? QJsonValue(*e.extentPercent) : QJsonValue() },
                                       { u"from"_s, date(e.from) },
                                       { u"to"_s, date(e.to) } });
    o.insert(u"decisions"_s, decisions);
    o.insert(u"unemploymentFund"_s, text(d.unemploymentFund));
    QJsonObject status = coded(d.statusCode ? QString::number(*d.statusCode) : QString(),
                               explain::afProcessingStatus(d.statusCode, d.statusText));
    status.insert(u"text"_s, d.statusText);
    o.insert(u"processingStatus"_s, status);
}

void csn(const CsnData &d, QJsonObject &o)
{
    QJsonObject result = coded(d.resultCode, explain::csnResult(d.resultCode, d.resultText));
    result.insert(u"text"_s, d.resultText);
    o.insert(u"result"_s, result);
    QJsonArray persons, cases, payments;
    for (const CsnPerson &p : d.persons) {
        QJsonObject person { { u"found"_s, p.hit } };
        if (!p.hit)
            person.insert(u"explanation"_s, explain::csnNotFound().text);
        persons.append(person);
        for (const CsnCase &c : p.cases) {
            QJsonArray granted;
            for (const CsnGrantedPeriod &g : c.granted)
                granted.append(QJsonObject { { u"startWeek"_s, g.startWeek }, { u"endWeek"_s, g.endWeek },
                                             { u"pace"_s, g.pace }, { u"total"_s, amount(g.total) } });
            cases.append(QJsonObject { { u"kind"_s, studySupportKindName(c.kind) }, { u"number"_s, c.number },
                                       { u"form"_s, c.form }, { u"text"_s, c.text }, { u"status"_s, c.status },
                                       { u"granted"_s, granted } });
            for (const CsnPayment &pay : c.payments)
                payments.append(QJsonObject { { u"kind"_s, studySupportKindName(c.kind) }, { u"case"_s, c.number },
                                              { u"date"_s, date(pay.date) }, { u"status"_s, pay.status },
                                              { u"paid"_s, pay.isPaid() }, { u"amount"_s, amount(pay.total) } });
        }
    }
    o.insert(u"persons"_s, persons);
    o.insert(u"cases"_s, cases);
    o.insert(u"payments"_s, payments);
}

QJsonArray paymentsJson(const QList<BenefitPayment> &list)
{
    QJsonArray out;
    for (const BenefitPayment &p : list) {
        QJsonArray details;
        for (const PaymentDetail &d : p.details)
            details.append(QJsonObject { { u"benefit"_s, text(d.benefit.isEmpty() ? d.benefitCode : d.benefit) },
                                         { u"amountType"_s, text(d.amountTypeCode) },
                                         { u"gross"_s, amount(d.gross) }, { u"tax"_s, amount(d.tax) },
                                         { u"deduction"_s, amount(d.deduction) } });
        out.append(QJsonObject { { u"provider"_s, p.provider }, { u"date"_s, date(p.date) },
                                 { u"periodFrom"_s, text(p.periodFrom) }, { u"periodTo"_s, text(p.periodTo) },
                                 { u"benefitCode"_s, text(p.benefitCode) }, { u"benefit"_s, text(p.benefit) },
                                 { u"gross"_s, amount(p.gross) }, { u"tax"_s, amount(p.tax) },
                                 { u"deductions"_s, amount(p.deductions) }, { u"net"_s, amount(p.net) },
                                 { u"details"_s, details } });
    }
    return out;
}

void lefi(const LefiData &d, QJsonObject &o)
{
    QJsonArray providers, deviations, decisions, claims, persons;
    for (const LefiProvider &p : d.providers) {
        QJsonObject provider = coded(p.state, explain::lefiProviderState(p.state));
        provider.insert(u"provider"_s, p.code);
        provider.insert(u"name"_s, p.name);
        providers.append(provider);
    }
    for (const LefiDeviation &v : d.deviations) {
        QJsonObject deviation = coded(v.code, explain::lefiDeviation(v.code));
        deviation.insert(u"area"_s, text(v.area));
        deviation.insert(u"group"_s, v.groupCode);
        deviation.insert(u"groupText"_s, text(v.groupText));
        deviations.append(deviation);
    }
    for (const BenefitDecision &b : d.decisions)
        decisions.append(QJsonObject { { u"provider"_s, b.provider }, { u"case"_s, b.caseKind }, { u"decided"_s, date(b.decided) },
                                       { u"definitive"_s, optionalBool(b.definitive) }, { u"status"_s, text(b.status) },
                                       { u"outcome"_s, text(b.outcome) }, { u"benefitCode"_s, text(b.benefitCode) },
                                       { u"benefit"_s, text(b.benefit) }, { u"periodFrom"_s, text(b.periodFrom) },
                                       { u"periodTo"_s, text(b.periodTo) }, { u"amount"_s, amount(b.amount) },
                                       { u"frequency"_s, text(b.amountFrequency) },
                                       { u"days"_s, b.days ? QJsonValue(*b.days) : QJsonValue() } });
    for (const PmClaim &c : d.claims)
        claims.append(QJsonObject { { u"id"_s, c.id }, { u"arrived"_s, date(c.arrived) },
                                    { u"benefitGroup"_s, c.benefitGroupCode }, { u"periodFrom"_s, text(c.periodFrom) },
                                    { u"periodTo"_s, text(c.periodTo) } });
    for (const LefiPerson &p : d.persons)
        persons.append(QJsonObject { { u"protectedIdentity"_s, optionalBool(p.protectedIdentity) },
                                     { u"civilStatus"_s, text(p.civilStatus) } });
    o.insert(u"providers"_s, providers);
    o.insert(u"deviations"_s, deviations);
    o.insert(u"payments"_s, paymentsJson(d.payments));
    o.insert(u"preliminaryPayments"_s, paymentsJson(d.preliminaryPayments));
    o.insert(u"jobDays"_s, d.jobDays ? QJsonValue(QJsonObject { { u"used"_s, d.jobDays->used },
                                                                { u"allUsed"_s, d.jobDays->allUsed } })
                                     : QJsonValue(QJsonValue::Null));
    if (d.pensionHoldings) {
        const PensionHoldings &h = *d.pensionHoldings;
        o.insert(u"pensionHoldings"_s, QJsonObject { { u"source"_s, h.source }, { u"total"_s, amount(h.total) },
                                                     { u"incomePension"_s, amount(h.incomePension) },
                                                     { u"premiumPension"_s, amount(h.premiumPension) } });
    } else {
        o.insert(u"pensionHoldings"_s, QJsonValue::Null);
    }
    o.insert(u"decisions"_s, decisions);
    o.insert(u"claims"_s, claims);
    o.insert(u"persons"_s, persons);
}

void skv(const SkvData &d, QJsonObject &o)
{
    QJsonArray capital, parts;
    for (const SkvCapitalRecord &c : d.capital)
        capital.append(QJsonObject { { u"taxationYear"_s, c.taxationYear }, { u"income"_s, amount(c.income) },
                                     { u"surplus"_s, amount(c.surplus) } });
    for (const SkvPart &p : d.parts) {
        QJsonObject part { { u"name"_s, p.name }, { u"status"_s, p.error ? u"error"_s : u"data"_s },
                           { u"identity"_s, text(p.identity) }, { u"personName"_s, text(p.personName) } };
        if (p.error)
            part.insert(u"error"_s, errorJson(Agency::SKV, *p.error));
        QJsonObject fields;
        for (const auto &[path, value] : p.fields)
            fields.insert(path, value);
        part.insert(u"fields"_s, fields);
        parts.append(part);
    }
    o.insert(u"person"_s, d.perPart ? QJsonValue(QJsonValue::Null)
                                     : QJsonValue(QJsonObject { { u"personnummer"_s, text(d.personnummer) },
                                                                { u"firstName"_s, text(d.firstName) },
                                                                { u"lastName"_s, text(d.lastName) } }));
    o.insert(u"capital"_s, capital);
    o.insert(u"parts"_s, parts);
}

void so(const SoData &d, QJsonObject &o)
{
    QJsonArray funds, payments, suspensions;
    for (const UnemploymentFundAnswer &f : d.funds) {
        funds.append(QJsonObject { { u"fund"_s, f.fund }, { u"status"_s, f.status },
                                   { u"entitlementDecided"_s, f.entitlementDecided ? date(*f.entitlementDecided) : QJsonValue() },
                                   { u"paymentApplicationSubmitted"_s, optionalBool(f.paymentApplicationSubmitted) } });
        for (const UnemploymentPayment &p : f.payments)
            payments.append(QJsonObject { { u"fund"_s, f.fund }, { u"date"_s, date(p.paid) },
                                          { u"netAfterTax"_s, amount(p.netAfterTax) },
                                          { u"netAfterDeductions"_s, amount(p.netAfterDeductions) },
                                          { u"days"_s, text(p.days) }, { u"from"_s, date(p.from) }, { u"to"_s, date(p.to) } });
        for (const Suspension &s : f.suspensions)
            suspensions.append(QJsonObject { { u"fund"_s, f.fund }, { u"from"_s, date(s.from) }, { u"to"_s, date(s.to) } });
    }
    o.insert(u"funds"_s, funds);
    o.insert(u"payments"_s, payments);
    o.insert(u"suspensions"_s, suspensions);
}

void tns(const TnsData &d, QJsonObject &o)
{
    o.insert(u"result"_s, coded(d.result, explain::tnsResult(d.result)));
    QJsonArray vehicles, errors;
    for (const VehicleHolding &v : d.vehicles)
        vehicles.append(QJsonObject { { u"registrationNumber"_s, v.registrationNumber }, { u"make"_s, v.make },
                                      { u"vehicleYear"_s, v.vehicleYear }, { u"kind"_s, v.kind }, { u"model"_s, v.model } });
    for (const TnsError &e : d.errors)
        errors.append(QJsonObject { { u"code"_s, e.code }, { u"text"_s, e.text } });
    o.insert(u"vehicles"_s, vehicles);
    o.insert(u"errors"_s, errors);
}

void miv(const MivData &d, QJsonObject &o)
{
    QJsonArray permits;
    for (const PermitDecision &p : d.permits)
        permits.append(QJsonObject { { u"caseType"_s, p.caseType }, { u"caseTypeName"_s, p.caseTypeName },
                                     { u"decision"_s, p.decisionCode }, { u"decisionName"_s, p.decisionName },
                                     { u"permitType"_s, p.permitType }, { u"permitTypeName"_s, p.permitTypeName },
                                     { u"applied"_s, date(p.applied) }, { u"decided"_s, date(p.decided) },
                                     { u"validity"_s, p.validity }, { u"permanent"_s, p.isPermanent() },
                                     { u"validFrom"_s, date(p.validFrom) }, { u"validTo"_s, date(p.validTo) },
                                     { u"explanation"_s, explain::permitValidity(p.validity).text } });
    o.insert(u"permits"_s, permits);
}

} // namespace

QJsonObject agencyToJson(Agency agency, const AgencyOutcome &outcome)
{
    QJsonObject o { { u"status"_s, AgencyOutcome::stateKey(outcome.state) } };
    if (outcome.state == AgencyOutcome::State::Error)
        o.insert(u"error"_s, errorJson(agency, outcome.error));
    if (outcome.state == AgencyOutcome::State::Data)
        o.insert(u"unreadableAmounts"_s, outcome.unreadableAmounts());
    std::visit(
            [&o](const auto &d) {
                using T = std::decay_t<decltype(d)>;
                if constexpr (std::is_same_v<T, AfData>) af(d, o);
                else if constexpr (std::is_same_v<T, CsnData>) csn(d, o);
                else if constexpr (std::is_same_v<T, LefiData>) lefi(d, o);
                else if constexpr (std::is_same_v<T, SkvData>) skv(d, o);
                else if constexpr (std::is_same_v<T, SoData>) so(d, o);
                else if constexpr (std::is_same_v<T, TnsData>) tns(d, o);
                else if constexpr (std::is_same_v<T, MivData>) miv(d, o);
            },
            outcome.data);
    return o;
}

QJsonObject answerToJson(const Answer &answer)
{
    QJsonObject agencies;
    for (Agency a : AllAgencies)
        agencies.insert(agencyCode(a), agencyToJson(a, answer.outcome(a)));
    return { { u"version"_s, answer.version.label() },
             { u"correlationId"_s, text(answer.correlationId) },
             { u"complete"_s, answer.complete() },
             { u"fullyReadable"_s, answer.fullyReadable() },
             { u"agencies"_s, agencies } };
}

} // namespace ssbtek
