#include "clicore.h"

#include "answer/answerjson.h"
#include "explain/explanations.h"
#include "ui/models/householdoverview.h"

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ssbtek::cli {

namespace {

QString netSum(const QList<BenefitPayment> &payments)
{
    Total total;
    for (const BenefitPayment &p : payments)
        total.add(p.net);
    return ui::totalText(total);
}

// One or a few lines per agency for people at a terminal.

} // namespace

QStringList summary(Agency agency, const AgencyOutcome &o)
{
    QStringList lines;
    if (o.state == AgencyOutcome::State::Error) {
        lines << explain::agencyError(agency, o.error);
        return lines;
    }
    if (const int n = o.unreadableAmounts())
        lines << Text::tr(
            "WARNING: %n amount(s) could not be read; kept as received, left out of the sums", nullptr, n);
    if (const auto *af = o.get<AfData>()) {
        if (af->activityReport)
            lines << Text::tr("activity report %1 (%2): %3")
                         .arg(af->activityReport->code, af->activityReport->latestDate.toString(Qt::ISODate),
                             explain::activityReport(af->activityReport->code).text);
        if (af->registered)
            lines << (*af->registered
                    ? Text::tr("registered job seeker since %1").arg(af->registeredFrom.toString(Qt::ISODate))
                    : Text::tr("not registered as a job seeker"));
        if (af->protectedIdentity.value_or(false))
            lines << Text::tr("PROTECTED IDENTITY");
    } else if (const auto *tns = o.get<TnsData>()) {
        lines << Text::tr("%1 vehicle(s)").arg(tns->vehicles.size());
        for (const VehicleHolding &v : tns->vehicles)
            lines << u"%1  %2 %3  %4  %5"_s.arg(v.registrationNumber, v.make, v.model, v.vehicleYear, v.kind);
    } else if (const auto *miv = o.get<MivData>()) {
        for (const PermitDecision &p : miv->permits)
            lines << (p.isPermanent()
                    ? Text::tr("%1: permanent").arg(p.permitTypeName)
                    : Text::tr("%1: valid %2 – %3")
                          .arg(p.permitTypeName, p.validFrom.toString(Qt::ISODate), p.validTo.toString(Qt::ISODate)));
        if (miv->permits.isEmpty())
            lines << Text::tr("no permit decisions");
    } else if (const auto *lefi = o.get<LefiData>()) {
        QStringList providers;
        for (const LefiProvider &p : lefi->providers)
            providers << p.code + u' ' + p.state;
        lines << Text::tr("providers: %1").arg(providers.join(u", "_s));
        lines << Text::tr("%1 payment(s), net %2").arg(lefi->payments.size()).arg(netSum(lefi->payments));
        lines << Text::tr("%1 preliminary payment(s), net %2")
                     .arg(lefi->preliminaryPayments.size())
                     .arg(netSum(lefi->preliminaryPayments));
        if (lefi->jobDays)
            lines << Text::tr("JOB days used: %1%2")
                         .arg(lefi->jobDays->used)
                         .arg(lefi->jobDays->allUsed ? Text::tr(" (all)") : QString());
        if (lefi->pensionHoldings && !lefi->pensionHoldings->total.isAbsent())
            lines << Text::tr("pension holdings: %1").arg(ui::amountText(lefi->pensionHoldings->total));
        for (const LefiPerson &p : lefi->persons) {
            for (const QString &address : p.addresses)
                lines << Text::tr("address: %1").arg(address);
            if (p.addressesWithheld)
                lines << Text::tr("address: withheld (protected identity)");
        }
        for (const LefiDeviation &d : lefi->deviations)
            lines << Text::tr("deviation %1 for %2: %3").arg(d.code, d.groupCode, explain::lefiDeviation(d.code).text);
    } else if (const auto *so = o.get<SoData>()) {
        for (const UnemploymentFundAnswer &f : so->funds) {
            Total total;
            for (const UnemploymentPayment &p : f.payments)
                total.add(p.netAfterTax);
            lines << Text::tr("%1: %2 payment(s), net after tax %3")
                         .arg(f.fund)
                         .arg(f.payments.size())
                         .arg(ui::totalText(total));
        }
        if (so->funds.isEmpty())
            lines << Text::tr("no a-kassa payments");
    } else if (const auto *csn = o.get<CsnData>()) {
        lines << explain::csnResult(csn->resultCode, csn->resultText).text;
        for (const CsnPerson &p : csn->persons) {
            if (!p.hit)
                lines << explain::csnNotFound().text;
            for (const CsnCase &c : p.cases)
                lines << u"%1 %2: %3"_s.arg(studySupportKindName(c.kind), c.number, c.status);
        }
    } else if (const auto *skv = o.get<SkvData>()) {
        const QString name = skv->perPart ? QString() : (skv->firstName + u' ' + skv->lastName).trimmed();
        if (!skv->identities().isEmpty())
            lines << Text::tr("about %1").arg((skv->identities().join(u", "_s) + u' ' + name).trimmed());
        for (const SkvCapitalRecord &c : skv->capital)
            lines << Text::tr("taxation year %1: capital income %2").arg(c.taxationYear, ui::amountText(c.income));
        for (const SkvPart &p : skv->parts)
            lines << (p.error ? u"%1: %2"_s.arg(p.name, explain::agencyError(Agency::SKV, *p.error))
                              : Text::tr("%1: %2 value(s)").arg(p.name).arg(p.fields.size()));
    }
    return lines;
}

// Prints an answer; returns the exit code it deserves.
void printAnswerText(const Answer &answer)
{
    for (Agency a : AllAgencies) {
        const AgencyOutcome o = answer.outcome(a);
        const QStringList lines = summary(a, o);
        out() << agencyCode(a).leftJustified(4) << ' ' << AgencyOutcome::stateKey(o.state).leftJustified(9) << ' '
              << lines.value(0) << '\n';
        for (qsizetype i = 1; i < lines.size(); ++i)
            out() << QString(17, u' ') << lines.at(i) << '\n';
    }
}

int printAnswer(const QCommandLineParser &parser, const Answer &answer, const QJsonObject &meta)
{
    if (wantsJson(parser)) {
        if (!printJson([&](JsonWriter &w) { writeAnswerJson(w, answer, meta); }))
            return OutputFailed;
    } else {
        printAnswerText(answer);
        out().flush();
        if (out().status() != QTextStream::Ok)
            return OutputFailed;
    }
    return answer.complete() && answer.fullyReadable() ? Ok : Partial;
}

} // namespace ssbtek::cli
