#include "presentation.h"

#include "core/personnummer.h"
#include "explain/explanations.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace ssbtek::presentation {

namespace {

// The translation context lupdate files these strings under.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Presentation)
};

using K = Column::Kind;

// A money cell: öre when exact, the Amount itself when it could not be read, empty when absent.
QVariant money(const Amount &m)
{
    if (const auto exact = m.exact())
        return QVariant::fromValue(exact->ore());
    return m.isUnreadable() ? QVariant::fromValue(m) : QVariant();
}

// A sum's cell: öre when complete, the Total when something could not be added.
QVariant money(const Total &t)
{
    if (const auto exact = t.exact())
        return QVariant::fromValue(exact->ore());
    return QVariant::fromValue(t);
}

QVariant date(QDate d)
{
    return d.isValid() ? QVariant(d) : QVariant();
}

QString yesNo(std::optional<bool> b)
{
    return !b ? Text::tr("not stated") : *b ? Text::tr("yes") : Text::tr("no");
}

QString period(const QString &from, const QString &to)
{
    if (from.isEmpty() && to.isEmpty())
        return {};
    return from + u" – "_s + to;
}

Table paymentsTable(const QString &title, const QList<BenefitPayment> &payments, const QString &empty)
{
    Table t { title,
        { { Text::tr("Date"), K::Date }, { Text::tr("Paid by"), K::Text, {}, Column::Priority::Minor },
            { Text::tr("Benefit"), K::Text }, { Text::tr("Period"), K::Text }, { Text::tr("Gross"), K::Money },
            { Text::tr("Tax"), K::Money }, { Text::tr("Deductions"), K::Money }, { Text::tr("Net"), K::Money } },
        {}, empty };
    for (const BenefitPayment &p : payments) {
        t.rows.append({ date(p.date), p.provider == u"PM" ? u"Pensionsmyndigheten"_s : u"Försäkringskassan"_s,
            p.benefit.isEmpty() ? p.benefitCode : p.benefit, period(p.periodFrom, p.periodTo), money(p.gross),
            money(p.tax), money(p.deductions), money(p.net) });
    }
    return t;
}

void presentAf(const AfData &af, AgencyPresentation &p)
{
    if (af.activityReport) {
        const auto e = explain::activityReport(af.activityReport->code);
        p.facts.append({ Text::tr("Activity report"),
            af.activityReport->code
                + (af.activityReport->latestDate.isValid()
                        ? Text::tr(", latest report %1").arg(af.activityReport->latestDate.toString(Qt::ISODate))
                        : QString()),
            e.text, af.activityReport->code != u"200" });
    } else {
        p.facts.append({ Text::tr("Activity report"), Text::tr("not stated"),
            Text::tr("Arbetsförmedlingen gave no activity report status."), true });
    }
    p.facts.append({ Text::tr("Registered as job seeker"),
        yesNo(af.registered)
            + (af.registeredFrom.isValid() ? Text::tr(" since %1").arg(af.registeredFrom.toString(Qt::ISODate))
                                           : QString()),
        {}, false });
    if (af.extentPercent)
        p.facts.append({ Text::tr("Extent"), u"%1 %"_s.arg(*af.extentPercent), {}, false });
    if (!af.category.isEmpty())
        p.facts.append({ Text::tr("Category"), af.category, {}, false });
    if (af.deregistered.isValid())
        p.facts.append({ Text::tr("De-registered"), af.deregistered.toString(Qt::ISODate), {}, true });
    if (!af.unemploymentFund.isEmpty())
        p.facts.append({ Text::tr("A-kassa"), af.unemploymentFund, {}, false });
    if (af.protectedIdentity.value_or(false))
        p.facts.append({ Text::tr("Protected identity"), Text::tr("yes"),
            Text::tr("The person has a protection marking (sekretessmarkering)."), true });
    const auto status = explain::afProcessingStatus(af.statusCode, af.statusText);
    if (!status.known)
        p.facts.append({ Text::tr("Processing status"), af.statusCode ? QString::number(*af.statusCode) : QString(),
            status.text, true });
    Table decisions { Text::tr("Economic decisions"),
        { { Text::tr("Compensation"), K::Text }, { Text::tr("Extent %"), K::Number }, { Text::tr("From"), K::Date },
            { Text::tr("To"), K::Date } },
        {}, Text::tr("No economic decisions in the answer.") };
    for (const EconomicDecision &d : af.decisions)
        decisions.rows.append({ d.compensationType, d.extentPercent ? QVariant(*d.extentPercent) : QVariant(),
            date(d.from), date(d.to) });
    p.tables.append(decisions);
    p.count = int(af.decisions.size());
    p.summary
        = af.activityReport ? Text::tr("Activity report %1").arg(af.activityReport->code) : Text::tr("Registration");
}

void presentCsn(const CsnData &csn, AgencyPresentation &p)
{
    const auto result = explain::csnResult(csn.resultCode, csn.resultText);
    if (!result.known)
        p.facts.append({ Text::tr("Result"), csn.resultCode, result.text, true });
    Table cases { Text::tr("Cases"),
        { { Text::tr("Support"), K::Text }, { Text::tr("Case"), K::Text }, { Text::tr("Form"), K::Text },
            { Text::tr("Status"), K::Text }, { Text::tr("Applied period"), K::Text } },
        {}, Text::tr("No study support cases.") };
    Table payments { Text::tr("Payment plan"),
        { { Text::tr("Date"), K::Date }, { Text::tr("Support"), K::Text }, { Text::tr("Case"), K::Text },
            { Text::tr("Status"), K::Text }, { Text::tr("Amount"), K::Money } },
        {}, Text::tr("No payments.") };
    for (const CsnPerson &person : csn.persons) {
        if (!person.hit)
            p.facts.append({ Text::tr("Found"), Text::tr("no"), explain::csnNotFound().text, false });
        if (!person.protection.isEmpty())
            p.facts.append({ Text::tr("Protection"), person.protection,
                Text::tr("CSN marks the person's data as protected."), true });
        for (const CsnCase &c : person.cases) {
            QString applied;
            if (!c.applied.isEmpty())
                applied = c.applied.first().from.toString(Qt::ISODate) + u" – "_s
                    + c.applied.first().to.toString(Qt::ISODate);
            cases.rows.append(
                { studySupportKindName(c.kind), c.number, c.text.isEmpty() ? c.form : c.text, c.status, applied });
            for (const CsnPayment &pay : c.payments)
                payments.rows.append({ date(pay.date), studySupportKindName(c.kind), c.number,
                    pay.isPaid()             ? Text::tr("Paid")
                        : pay.date.isValid() ? Text::tr("Planned")
                                             : Text::tr("Planned, date not set"),
                    money(pay.total) });
        }
    }
    p.tables << payments << cases;
    p.count = int(payments.rows.size());
    p.summary = Text::tr("%n payment(s)", nullptr, p.count);
}

void presentLefi(const LefiData &lefi, AgencyPresentation &p)
{
    for (const LefiProvider &provider : lefi.providers) {
        if (!provider.isOk())
            p.facts.append({ provider.name.isEmpty() ? provider.code : provider.name, provider.state,
                explain::lefiProviderState(provider.state).text, true });
    }
    for (const LefiDeviation &d : lefi.deviations)
        p.facts.append({ Text::tr("Left out: %1").arg(d.groupText.isEmpty() ? d.groupCode : d.groupText), d.code,
            explain::lefiDeviation(d.code).text, true });
    if (lefi.jobDays)
        p.facts.append({ Text::tr("JOB days used"), QString::number(lefi.jobDays->used),
            lefi.jobDays->allUsed ? Text::tr("All days in jobb- och utvecklingsgarantin are used.") : QString(),
            lefi.jobDays->allUsed });
    if (lefi.pensionHoldings) {
        const PensionHoldings &h = *lefi.pensionHoldings;
        auto show = [](const Amount &m) { return m.isAbsent() ? Text::tr("not stated") : amountText(m); };
        p.facts.append({ Text::tr("Income pension"), show(h.incomePension), {}, false });
        p.facts.append({ Text::tr("Premium pension"), show(h.premiumPension), {}, false });
        p.facts.append({ Text::tr("Pension holdings, total"), show(h.total),
            h.source == u"PM" ? Text::tr("From Pensionsmyndigheten's latest account values.")
                              : Text::tr("From the latest annual statement."),
            false });
    }
    for (const LefiPerson &person : lefi.persons) {
        if (person.protectedIdentity.value_or(false))
            p.facts.append({ Text::tr("Protected identity"), Text::tr("yes"),
                Text::tr("Försäkringskassan marks the person as protected (skyddad). Handle the address with care."),
                true });
        for (const QString &address : person.addresses)
            p.facts.append({ Text::tr("Address"), address, {}, person.protectedIdentity.value_or(false) });
        if (person.addressesWithheld)
            p.facts.append({ Text::tr("Address"), Text::tr("withheld: protected identity"),
                Text::tr("Shown only when the caseworker confirms, and then recorded in the audit log."), true });
    }
    p.tables.append(paymentsTable(Text::tr("Payments"), lefi.payments, Text::tr("No payments in the period.")));
    p.tables.append(paymentsTable(Text::tr("Advance payment notices"), lefi.preliminaryPayments,
        Text::tr("No decided payments waiting to be paid.")));
    Table decisions { Text::tr("Decisions"),
        { { Text::tr("Decided"), K::Date }, { Text::tr("By"), K::Text }, { Text::tr("Case"), K::Text },
            { Text::tr("Benefit"), K::Text }, { Text::tr("Period"), K::Text }, { Text::tr("Final"), K::Text },
            { Text::tr("Amount"), K::Money }, { Text::tr("Days"), K::Number } },
        {}, Text::tr("No decisions in the answer.") };
    for (const BenefitDecision &d : lefi.decisions)
        decisions.rows.append({ date(d.decided), d.provider, d.caseKind,
            d.benefit.isEmpty() ? d.benefitCode : d.benefit, period(d.periodFrom, d.periodTo), yesNo(d.definitive),
            money(d.amount), d.days ? QVariant(*d.days) : QVariant() });
    p.tables.append(decisions);
    if (!lefi.claims.isEmpty()) {
        Table claims { Text::tr("Claims at Pensionsmyndigheten"),
            { { Text::tr("Arrived"), K::Date }, { Text::tr("Benefit group"), K::Text },
                { Text::tr("Period"), K::Text } },
            {}, {} };
        for (const PmClaim &c : lefi.claims)
            claims.rows.append({ date(c.arrived), c.benefitGroup.isEmpty() ? c.benefitGroupCode : c.benefitGroup,
                period(c.periodFrom, c.periodTo) });
        p.tables.append(claims);
    }
    p.count = int(lefi.payments.size());
    p.summary = Text::tr("%n payment(s)", nullptr, p.count);
}

// An identity as people read it: a personnummer with its dash, anything else as sent.
QString identityText(const QString &id)
{
    const auto pnr = Personnummer::parse(id);
    return pnr && id.size() == 12 ? pnr->display() : id;
}

void presentSkv(const SkvData &skv, AgencyPresentation &p)
{
    // Whom the taxation data is about, first: Skatteverket names the person in its document
    // (v10) or in each part (v11).
    if (!skv.perPart && !skv.personnummer.isEmpty()) {
        const QString name = (skv.firstName + u' ' + skv.lastName).trimmed();
        p.facts.append({ Text::tr("About"),
            name.isEmpty() ? identityText(skv.personnummer) : u"%1, %2"_s.arg(identityText(skv.personnummer), name),
            Text::tr("The person Skatteverket's document is about."), false });
    }
    if (skv.perPart) {
        for (const QString &id : skv.identities()) {
            QStringList parts, names;
            for (const SkvPart &part : skv.parts) {
                if (part.identity != id)
                    continue;
                parts << part.name;
                if (!part.personName.isEmpty() && !names.contains(part.personName))
                    names << part.personName;
            }
            p.facts.append({ Text::tr("About"),
                names.isEmpty() ? identityText(id) : u"%1, %2"_s.arg(identityText(id), names.join(u"; "_s)),
                Text::tr("Whom the parts %1 are about.").arg(parts.join(u", "_s)), false });
        }
        if (skv.identities().size() > 1)
            p.facts.append({ Text::tr("Different persons"),
                Text::tr("the parts name %n identities", nullptr, int(skv.identities().size())),
                Text::tr("Skatteverket's parts are not all about the same person (or company). Check each part before "
                         "using it."),
                true });
    }
    if (!skv.perPart) {
        Table capital { Text::tr("Capital income"),
            { { Text::tr("Taxation year"), K::Text }, { Text::tr("Capital income"), K::Money },
                { Text::tr("Surplus"), K::Money } },
            {}, Text::tr("No capital income reported.") };
        for (const SkvCapitalRecord &c : skv.capital)
            capital.rows.append({ c.taxationYear, money(c.income), money(c.surplus) });
        p.tables.append(capital);
        p.count = int(skv.capital.size());
    } else {
        for (const SkvPart &part : skv.parts) {
            if (part.error) {
                p.facts.append(
                    { part.name, Text::tr("could not be read"), explain::agencyError(Agency::SKV, *part.error), true });
                continue;
            }
            Table t { part.name, { { Text::tr("Information"), K::Text }, { Text::tr("Value"), K::Text } }, {},
                Text::tr("Nothing reported.") };
            for (const auto &[path, value] : part.fields)
                t.rows.append({ path, value });
            p.tables.append(t);
            ++p.count;
        }
    }
    p.summary = Text::tr("%n part(s)", nullptr, p.count);
}

void presentSo(const SoData &so, AgencyPresentation &p)
{
    Table payments { Text::tr("Payments"),
        { { Text::tr("Date"), K::Date }, { Text::tr("A-kassa"), K::Text }, { Text::tr("Net after tax"), K::Money },
            { Text::tr("Net after deductions"), K::Money }, { Text::tr("Days"), K::Text },
            { Text::tr("From"), K::Date }, { Text::tr("To"), K::Date } },
        {}, Text::tr("No a-kassa payments in the period.") };
    Table suspensions { Text::tr("Suspensions"),
        { { Text::tr("A-kassa"), K::Text }, { Text::tr("From"), K::Date }, { Text::tr("To"), K::Date } }, {},
        Text::tr("No suspensions.") };
    for (const UnemploymentFundAnswer &f : so.funds) {
        for (const UnemploymentPayment &pay : f.payments)
            payments.rows.append({ date(pay.paid), f.fund, money(pay.netAfterTax), money(pay.netAfterDeductions),
                pay.days, date(pay.from), date(pay.to) });
        for (const Suspension &s : f.suspensions)
            suspensions.rows.append({ f.fund, date(s.from), date(s.to) });
        if (f.hasApplication)
            p.facts.append({ Text::tr("Application at %1").arg(f.fund),
                f.entitlementDecided
                    ? Text::tr("entitlement decided %1").arg(f.entitlementDecided->toString(Qt::ISODate))
                    : Text::tr("entitlement not decided"),
                f.paymentApplicationSubmitted.value_or(false)
                    ? Text::tr("An application for payment has been submitted.")
                    : QString(),
                false });
    }
    if (!suspensions.rows.isEmpty())
        p.facts.append({ Text::tr("Suspended"), Text::tr("%n period(s)", nullptr, int(suspensions.rows.size())),
            Text::tr("The a-kassa has suspended the person from compensation; see the table."), true });
    p.tables << payments << suspensions;
    p.count = int(payments.rows.size());
    p.summary = Text::tr("%n payment(s)", nullptr, p.count);
}

void presentTns(const TnsData &tns, AgencyPresentation &p)
{
    if (!tns.ok())
        p.facts.append({ Text::tr("Result"), tns.result, explain::tnsResult(tns.result).text, true });
    for (const TnsError &e : tns.errors)
        p.facts.append({ Text::tr("Error %1").arg(e.code), e.text, {}, true });
    Table vehicles { Text::tr("Vehicles"),
        { { Text::tr("Registration"), K::Text }, { Text::tr("Make"), K::Text }, { Text::tr("Model"), K::Text },
            { Text::tr("Vehicle year"), K::Text }, { Text::tr("Kind"), K::Text } },
        {},
        tns.ok() ? Text::tr("No vehicles registered to the person.")
                 : Text::tr("Transportstyrelsen could not answer.") };
    for (const VehicleHolding &v : tns.vehicles)
        vehicles.rows.append({ v.registrationNumber, v.make, v.model, v.vehicleYear, v.kind });
    p.tables.append(vehicles);
    p.count = int(tns.vehicles.size());
    p.summary = Text::tr("%n vehicle(s)", nullptr, p.count);
}

void presentMiv(const MivData &miv, AgencyPresentation &p)
{
    if (!miv.homeCountry.isEmpty())
        p.facts.append({ Text::tr("Home country"), miv.homeCountry, {}, false });
    if (miv.entryDate.isValid())
        p.facts.append({ Text::tr("Entered Sweden"), miv.entryDate.toString(Qt::ISODate), {}, false });
    Table permits { Text::tr("Permits"),
        { { Text::tr("Permit"), K::Text }, { Text::tr("Validity"), K::Text }, { Text::tr("Decision"), K::Text },
            { Text::tr("Decided"), K::Date }, { Text::tr("Case type"), K::Text } },
        {}, Text::tr("No permit decisions.") };
    for (const PermitDecision &d : miv.permits) {
        const QString validity = d.isPermanent() ? Text::tr("Permanent")
            : d.validTo.isValid()                ? Text::tr("Valid until %1").arg(d.validTo.toString(Qt::ISODate))
                                                 : explain::permitValidity(d.validity).text;
        permits.rows.append({ d.permitTypeName.isEmpty() ? d.permitType : d.permitTypeName, validity,
            d.decisionName.isEmpty() ? d.decisionCode : d.decisionName, date(d.decided),
            d.caseTypeName.isEmpty() ? d.caseType : d.caseTypeName });
    }
    p.tables.append(permits);
    p.count = int(miv.permits.size());
    p.summary = Text::tr("%n permit(s)", nullptr, p.count);
}

} // namespace

QString stateText(AgencyOutcome::State state)
{
    switch (state) {
    case AgencyOutcome::State::NotAsked:
        return Text::tr("Not asked");
    case AgencyOutcome::State::Absent:
        return Text::tr("No answer");
    case AgencyOutcome::State::Data:
        return Text::tr("Answered");
    case AgencyOutcome::State::Error:
        return Text::tr("Error");
    }
    return {};
}

AgencyPresentation present(Agency agency, const AgencyOutcome &outcome)
{
    AgencyPresentation p;
    p.agency = agency;
    p.state = outcome.state;
    p.stateText = stateText(outcome.state);
    switch (outcome.state) {
    case AgencyOutcome::State::NotAsked:
        p.summary = Text::tr("Not asked in this query.");
        return p;
    case AgencyOutcome::State::Absent:
        p.summary = Text::tr("No answer from %1. This is not the same as \"nothing found\": ask again.")
                        .arg(agencyName(agency));
        return p;
    case AgencyOutcome::State::Error:
        p.errorText = explain::agencyError(agency, outcome.error);
        p.summary = Text::tr("Error: the answer from %1 could not be used.").arg(agencyName(agency));
        return p;
    case AgencyOutcome::State::Data:
        break;
    }
    std::visit(
        [&p](const auto &d) {
            using T = std::decay_t<decltype(d)>;
            if constexpr (std::is_same_v<T, AfData>)
                presentAf(d, p);
            else if constexpr (std::is_same_v<T, CsnData>)
                presentCsn(d, p);
            else if constexpr (std::is_same_v<T, LefiData>)
                presentLefi(d, p);
            else if constexpr (std::is_same_v<T, SkvData>)
                presentSkv(d, p);
            else if constexpr (std::is_same_v<T, SoData>)
                presentSo(d, p);
            else if constexpr (std::is_same_v<T, TnsData>)
                presentTns(d, p);
            else if constexpr (std::is_same_v<T, MivData>)
                presentMiv(d, p);
        },
        outcome.data);
    if (const int n = outcome.unreadableAmounts())
        p.facts.prepend({ Text::tr("Amounts that could not be read"), QString::number(n),
            Text::tr("%n amount(s) in the answer are not exact amounts in kronor and öre. They are shown as "
                     "received, marked \"could not be read\", and left out of the sums, which say so.",
                nullptr, n),
            true });
    return p;
}

QString tabTitle(const AgencyPresentation &p)
{
    const QString code = agencyCode(p.agency);
    switch (p.state) {
    case AgencyOutcome::State::Data:
        return u"%1 (%2)"_s.arg(code).arg(p.count);
    case AgencyOutcome::State::Error:
        return Text::tr("%1 — error").arg(code);
    case AgencyOutcome::State::Absent:
        return Text::tr("%1 — no answer").arg(code);
    case AgencyOutcome::State::NotAsked:
        return Text::tr("%1 — not asked").arg(code);
    }
    return code;
}

QString cellText(const QVariant &cell, const Column &column)
{
    return cell.isValid() && !cell.isNull() ? cellText(cell, column.kind) : column.missingText;
}

QString amountText(const Amount &amount)
{
    if (const auto exact = amount.exact())
        return exact->toDisplayString();
    if (amount.isUnreadable()) {
        const QString raw = amount.raw().simplified();
        return Text::tr("could not be read: “%1”").arg(raw.size() > 40 ? raw.left(39) + u'…' : raw);
    }
    return {};
}

QString totalText(const Total &total)
{
    if (total.overflowed())
        return Text::tr("could not be summed (out of range)");
    if (total.unreadable() > 0 && total.exactCount() == 0)
        return Text::tr("unknown: %n amount(s) could not be read", nullptr, total.unreadable());
    if (total.unreadable() > 0)
        return Text::tr("%1 (incomplete: %n amount(s) could not be read)", nullptr, total.unreadable())
            .arg(total.sum().toDisplayString());
    return total.sum().toDisplayString();
}

void addCell(Total &sum, const QVariant &cell)
{
    if (!cell.isValid() || cell.isNull())
        return;
    if (cell.metaType() == QMetaType::fromType<Amount>())
        sum.add(cell.value<Amount>());
    else if (cell.metaType() == QMetaType::fromType<Total>())
        sum.add(cell.value<Total>());
    else
        sum.add(Money::fromOre(cell.toLongLong()));
}

QString cellText(const QVariant &cell, Column::Kind kind)
{
    if (!cell.isValid() || cell.isNull())
        return {};
    if (cell.metaType() == QMetaType::fromType<Amount>())
        return amountText(cell.value<Amount>());
    if (cell.metaType() == QMetaType::fromType<Total>())
        return totalText(cell.value<Total>());
    switch (kind) {
    case K::Money:
        return Money::fromOre(cell.toLongLong()).toDisplayString();
    case K::Date:
        return cell.toDate().toString(Qt::ISODate);
    case K::Number:
        return QString::number(cell.toLongLong());
    case K::Text:
        break;
    }
    return cell.toString();
}

Total IncomeOverview::total(int month) const
{
    Total sum;
    for (const Total &t : amounts.value(month))
        sum.add(t);
    return sum;
}

Table IncomeOverview::asTable() const
{
    Table t;
    t.title = Text::tr("Income per month");
    t.columns.append({ Text::tr("Month"), K::Text });
    for (const QString &s : sources) {
        t.columns.append({ unreadable.contains(s) ? Text::tr("%1 (could not be read)").arg(s)
                : incomplete.contains(s)          ? Text::tr("%1 (incomplete)").arg(s)
                                                  : s,
            K::Money, unreadable.contains(s) ? Text::tr("could not be read") : QString() });
    }
    t.columns.append({ complete() ? Text::tr("Total") : Text::tr("Total (incomplete)"), K::Money });
    for (int m = 0; m < months.size(); ++m) {
        QList<QVariant> row { months[m].toString(u"yyyy-MM"_s) };
        for (int s = 0; s < sources.size(); ++s)
            row.append(unreadable.contains(sources[s]) ? QVariant() : money(amounts[m][s]));
        row.append(money(total(m)));
        t.rows.append(row);
    }
    t.emptyText = Text::tr("No months in the period.");
    return t;
}

IncomeOverview incomeOverview(const Answer &answer, const Period &period)
{
    // The overview's sources, each from one agency; an agency not asked (or left out of a case
    // file) has no column, rather than one that reads as no income.
    enum Source { Fk, Pm, Akassa, Csn, SourceCount };
    const std::pair<QString, Agency> known[SourceCount] = { { u"Försäkringskassan"_s, Agency::FK },
        { u"Pensionsmyndigheten"_s, Agency::FK }, { Text::tr("A-kassa"), Agency::SO }, { u"CSN"_s, Agency::CSN } };
    IncomeOverview o;
    int column[SourceCount];
    for (int s = 0; s < SourceCount; ++s) {
        const bool asked = answer.outcome(known[s].second).state != AgencyOutcome::State::NotAsked;
        column[s] = asked ? int(o.sources.size()) : -1;
        if (asked)
            o.sources.append(known[s].first);
    }
    if (!period.isValid())
        return o;
    for (QDate m(period.from.year(), period.from.month(), 1); m <= period.to; m = m.addMonths(1))
        o.months.append(m);
    o.amounts = QList<QList<Total>>(o.months.size(), QList<Total>(o.sources.size()));
    auto add = [&](QDate day, Source source, const Amount &amount) {
        if (!day.isValid() || !period.contains(day) || column[source] < 0)
            return;
        const int index = int((day.year() - period.from.year()) * 12 + day.month() - period.from.month());
        if (index >= 0 && index < o.months.size())
            o.amounts[index][column[source]].add(amount); // an unreadable amount makes the month's sum incomplete
    };
    auto unreadable = [&](Source source) {
        const auto state = answer.outcome(known[source].second).state;
        if (state == AgencyOutcome::State::Error || state == AgencyOutcome::State::Absent)
            o.unreadable.append(known[source].first);
    };
    for (int s = 0; s < SourceCount; ++s)
        unreadable(Source(s));
    if (const auto *lefi = answer.outcome(Agency::FK).get<LefiData>()) {
        for (const BenefitPayment &p : lefi->payments)
            add(p.date, p.provider == u"PM" ? Pm : Fk, p.net);
        for (const LefiProvider &provider : lefi->providers) {
            if (!provider.isOk())
                o.unreadable.append(known[provider.code == u"PM" ? Pm : Fk].first);
        }
    }
    if (const auto *so = answer.outcome(Agency::SO).get<SoData>()) {
        for (const UnemploymentFundAnswer &f : so->funds) {
            for (const UnemploymentPayment &p : f.payments)
                add(p.paid, Akassa, p.netAfterTax);
        }
    }
    if (const auto *csn = answer.outcome(Agency::CSN).get<CsnData>()) {
        for (const CsnPerson &person : csn->persons) {
            for (const CsnCase &c : person.cases) {
                for (const CsnPayment &p : c.payments) {
                    if (p.isPaid())
                        add(p.date, Csn, p.total);
                }
            }
        }
    }
    o.unreadable.removeDuplicates();
    // A source with an amount that could not be read in some month is summed incompletely.
    for (int source = 0; source < o.sources.size(); ++source) {
        for (const QList<Total> &month : std::as_const(o.amounts)) {
            if (!month.at(source).complete() && !o.unreadable.contains(o.sources.at(source))) {
                o.incomplete.append(o.sources.at(source));
                break;
            }
        }
    }
    return o;
}

QList<Fact> overviewFlags(const Answer &answer)
{
    QList<Fact> flags;
    const bool protectedIdentity = answer.protectedIdentity();
    if (const auto *lefi = answer.outcome(Agency::FK).get<LefiData>()) {
        if (lefi->jobDays && lefi->jobDays->allUsed)
            flags.append({ Text::tr("All JOB days used"), QString::number(lefi->jobDays->used),
                Text::tr("The person has used every day in jobb- och utvecklingsgarantin."), true });
        if (!lefi->preliminaryPayments.isEmpty()) {
            Total sum;
            for (const BenefitPayment &p : lefi->preliminaryPayments)
                sum.add(p.net);
            flags.append({ Text::tr("Advance payment notices"),
                Text::tr("%n pending, net %1", nullptr, int(lefi->preliminaryPayments.size())).arg(totalText(sum)),
                Text::tr("Decided payments from Försäkringskassan that have not been paid yet."), true });
        }
        if (lefi->anyProviderUnavailable())
            flags.append({ Text::tr("Incomplete from Försäkringskassan"), Text::tr("a provider was unavailable"),
                Text::tr("Data from an unavailable provider is missing: it is not \"nothing found\"."), true });
    }
    if (protectedIdentity)
        flags.prepend({ Text::tr("Protected identity"), Text::tr("yes"),
            Text::tr("Handle with care: the person has protected identity or a protection marking."), true });
    for (Agency a : AllAgencies) {
        const auto state = answer.outcome(a).state;
        if (state == AgencyOutcome::State::Error || state == AgencyOutcome::State::Absent)
            flags.append({ agencyName(a), stateText(state), Text::tr("See the %1 tab.").arg(agencyCode(a)), true });
        else if (const int n = answer.outcome(a).unreadableAmounts())
            flags.append({ agencyName(a), Text::tr("%n amount(s) could not be read", nullptr, n),
                Text::tr("Kept as received and marked in the %1 tab; the sums that would include them say they are "
                         "incomplete.")
                    .arg(agencyCode(a)),
                true });
    }
    return flags;
}

AnswerPresentation presentAnswer(const Answer &answer, const Period &period)
{
    AnswerPresentation p;
    for (Agency a : AllAgencies)
        p.agencies.append(present(a, answer.outcome(a)));
    p.income = incomeOverview(answer, period);
    p.flags = overviewFlags(answer);
    return p;
}

} // namespace ssbtek::presentation
