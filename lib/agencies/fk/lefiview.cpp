#include "lefi.h"

#include "explain/explanations.h"
#include "view/view.h"

using namespace Qt::StringLiterals;

namespace ssbtek {

namespace {

using namespace presentation;
using K = Column::Kind;

Table paymentsTable(const QString &title, const QList<BenefitPayment> &payments, const QString &empty)
{
    Table t { title,
        { { Presentation::tr("Date"), K::Date }, { Presentation::tr("Paid by"), K::Text, {}, Column::Priority::Minor },
            { Presentation::tr("Benefit"), K::Text }, { Presentation::tr("Period"), K::Text },
            { Presentation::tr("Gross"), K::Money }, { Presentation::tr("Tax"), K::Money },
            { Presentation::tr("Deductions"), K::Money }, { Presentation::tr("Net"), K::Money } },
        {}, empty };
    for (const BenefitPayment &p : payments) {
        t.rows.append({ dateCell(p.date), incomeSourceName(incomeSourceOf(p.provider)),
            p.benefit.isEmpty() ? p.benefitCode : p.benefit, periodText(p.periodFrom, p.periodTo), moneyCell(p.gross),
            moneyCell(p.tax), moneyCell(p.deductions), moneyCell(p.net) });
    }
    return t;
}
} // namespace

void present(const LefiData &lefi, presentation::AgencyView &p)
{
    for (const LefiProvider &provider : lefi.providers) {
        if (!provider.isOk())
            p.facts.append({ provider.name.isEmpty() ? provider.code : provider.name, provider.state,
                explain::lefiProviderState(provider.state).text, true });
    }
    for (const LefiDeviation &d : lefi.deviations)
        p.facts.append({ Presentation::tr("Left out: %1").arg(d.groupText.isEmpty() ? d.groupCode : d.groupText),
            d.code, explain::lefiDeviation(d.code).text, true });
    if (lefi.jobDays)
        p.facts.append({ Presentation::tr("JOB days used"), QString::number(lefi.jobDays->used),
            lefi.jobDays->allUsed ? Presentation::tr("All days in jobb- och utvecklingsgarantin are used.") : QString(),
            lefi.jobDays->allUsed });
    if (lefi.pensionHoldings) {
        const PensionHoldings &h = *lefi.pensionHoldings;
        auto show = [](const Amount &m) { return m.isAbsent() ? Presentation::tr("not stated") : amountText(m); };
        p.facts.append({ Presentation::tr("Income pension"), show(h.incomePension), {}, false });
        p.facts.append({ Presentation::tr("Premium pension"), show(h.premiumPension), {}, false });
        p.facts.append({ Presentation::tr("Pension holdings, total"), show(h.total),
            h.source == u"PM" ? Presentation::tr("From Pensionsmyndigheten's latest account values.")
                              : Presentation::tr("From the latest annual statement."),
            false });
    }
    for (const LefiPerson &person : lefi.persons) {
        if (person.protectedIdentity.value_or(false))
            p.facts.append({ Presentation::tr("Protected identity"), Presentation::tr("yes"),
                Presentation::tr(
                    "Försäkringskassan marks the person as protected (skyddad). Handle the address with care."),
                true });
        for (const QString &address : person.addresses)
            p.facts.append({ Presentation::tr("Address"), address, {}, person.protectedIdentity.value_or(false) });
        if (person.addressesWithheld)
            p.facts.append({ Presentation::tr("Address"), Presentation::tr("withheld: protected identity"),
                Presentation::tr("Shown only when the caseworker confirms, and then recorded in the audit log."),
                true });
    }
    p.tables.append(
        paymentsTable(Presentation::tr("Payments"), lefi.payments, Presentation::tr("No payments in the period.")));
    p.tables.append(paymentsTable(Presentation::tr("Advance payment notices"), lefi.preliminaryPayments,
        Presentation::tr("No decided payments waiting to be paid.")));
    Table decisions { Presentation::tr("Decisions"),
        { { Presentation::tr("Decided"), K::Date }, { Presentation::tr("By"), K::Text },
            { Presentation::tr("Case"), K::Text }, { Presentation::tr("Benefit"), K::Text },
            { Presentation::tr("Period"), K::Text }, { Presentation::tr("Final"), K::Text },
            { Presentation::tr("Amount"), K::Money }, { Presentation::tr("Days"), K::Number } },
        {}, Presentation::tr("No decisions in the answer.") };
    for (const BenefitDecision &d : lefi.decisions)
        decisions.rows.append({ dateCell(d.decided), d.provider, d.caseKind,
            d.benefit.isEmpty() ? d.benefitCode : d.benefit, periodText(d.periodFrom, d.periodTo),
            yesNoText(d.definitive), moneyCell(d.amount), d.days ? QVariant(*d.days) : QVariant() });
    p.tables.append(decisions);
    if (!lefi.claims.isEmpty()) {
        Table claims { Presentation::tr("Claims at Pensionsmyndigheten"),
            { { Presentation::tr("Arrived"), K::Date }, { Presentation::tr("Benefit group"), K::Text },
                { Presentation::tr("Period"), K::Text } },
            {}, {} };
        for (const PmClaim &c : lefi.claims)
            claims.rows.append({ dateCell(c.arrived), c.benefitGroup.isEmpty() ? c.benefitGroupCode : c.benefitGroup,
                periodText(c.periodFrom, c.periodTo) });
        p.tables.append(claims);
    }
    p.count = int(lefi.payments.size());
    p.summary = Presentation::tr("%n payment(s)", nullptr, p.count);
}

void addFlags(const LefiData &lefi, QList<presentation::Fact> &flags)
{
    if (lefi.jobDays && lefi.jobDays->allUsed)
        flags.append({ Presentation::tr("All JOB days used"), QString::number(lefi.jobDays->used),
            Presentation::tr("The person has used every day in jobb- och utvecklingsgarantin."), true });
    if (!lefi.preliminaryPayments.isEmpty()) {
        Total sum;
        for (const BenefitPayment &p : lefi.preliminaryPayments)
            sum.add(p.net);
        flags.append({ Presentation::tr("Advance payment notices"),
            Presentation::tr("%n pending, net %1", nullptr, int(lefi.preliminaryPayments.size())).arg(totalText(sum)),
            Presentation::tr("Decided payments from Försäkringskassan that have not been paid yet."), true });
    }
    if (lefi.anyProviderUnavailable())
        flags.append(
            { Presentation::tr("Incomplete from Försäkringskassan"), Presentation::tr("a provider was unavailable"),
                Presentation::tr("Data from an unavailable provider is missing: it is not \"nothing found\"."), true });
}

} // namespace ssbtek
