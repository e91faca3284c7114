#include "lefiparser.h"

#include "agencies/jsonobjectreader.h"
#include "agencies/parsing.h"

using namespace Qt::StringLiterals;

namespace ssbtek {

using namespace parsing;

bool LefiData::anyProviderUnavailable() const
{
    return std::any_of(providers.cbegin(), providers.cend(), [](const LefiProvider &p) { return !p.isOk(); });
}

namespace {

// a + b, or a − b: exact when both are; unreadable (with the unreadable one's text) when either
// cannot be read or the result is out of range; absent when either is absent.
Amount combine(const Amount &a, const Amount &b, bool subtract)
{
    if (a.isUnreadable())
        return a;
    if (b.isUnreadable())
        return b;
    if (!a.isExact() || !b.isExact())
        return {};
    const auto result = subtract ? checkedSubtract(*a.exact(), *b.exact()) : checkedAdd(*a.exact(), *b.exact());
    return result ? Amount(*result) : Amount::unreadable(u"(out of range)"_s);
}

Amount sum(const Amount &a, const Amount &b)
{
    return combine(a, b, false);
}

Amount difference(const Amount &a, const Amount &b)
{
    return combine(a, b, true);
}

// A period object {"fran"/"from", "till"/"tom"}, parsed either way.
template <typename V> void readPeriod(const V &v, QString &from, QString &to, Interner &intern)
{
    from = intern(string(value(v, { "fran", "from" })));
    to = intern(string(value(v, { "till", "tom" })));
}

// A payment row: Försäkringskassan's (forman, bruttobelopp) and Pensionsmyndigheten's
// (formansgrupp, belopp) differ only in these two keys.
PaymentDetail readDetail(const JsonView &row, std::string_view benefitKey, std::string_view grossKey, Interner &intern)
{
    PaymentDetail detail;
    const JsonView benefit = row.value(benefitKey);
    const JsonView amountType = row.value("beloppstyp");
    detail.benefitCode = intern(code(benefit));
    detail.benefit = intern(description(benefit));
    detail.amountTypeCode = intern(code(amountType));
    detail.amountType = intern(description(amountType));
    detail.gross = money(row.value(grossKey));
    return detail;
}

BenefitPayment readFkPayment(const JsonView &o, Interner &intern)
{
    BenefitPayment p;
    p.provider = code(o.value("foretag")) == u"1003" ? u"PM"_s : u"FK"_s;
    p.date = isoDate(string(o.value("datum")));
    readPeriod(o.value("period"), p.periodFrom, p.periodTo, intern);
    const JsonView family = o.value("formansfamilj");
    p.benefitCode = intern(code(family));
    p.benefit = intern(description(family));
    p.gross = money(o.value("bruttobelopp"));
    p.tax = money(o.value("skattebelopp"));
    p.deductions = money(o.value("avdragsbelopp"));
    p.net = money(o.value("nettobelopp"));
    for (const JsonView &row : array(o.value("utbetalningsdetalj"))) {
        PaymentDetail detail = readDetail(row, "forman", "bruttobelopp", intern);
        detail.tax = money(row.value("skattebelopp"));
        detail.deduction = money(row.value("avdragsbelopp"));
        detail.days = integer(row.value("dagar"));
        p.details.append(detail);
    }
    return p;
}

BenefitPayment readPmPayment(const JsonView &o, Interner &intern)
{
    BenefitPayment p;
    p.provider = u"PM"_s;
    p.date = isoDate(string(o.value("utbetalningsdatum")));
    readPeriod(o.value("utbetalningsperiod"), p.periodFrom, p.periodTo, intern);
    p.gross = money(o.value("bruttobelopp"));
    p.net = money(o.value("nettobelopp"));
    // The deductions' sum: unreadable when one of them is.
    for (const JsonView &a : array(o.value("avdrag"))) {
        const Amount amount = money(a.value("belopp"));
        if (!amount.isAbsent())
            p.deductions = p.deductions.isAbsent() ? amount : sum(p.deductions, amount);
    }
    for (const JsonView &row : array(o.value("utbetalningsrader"))) {
        const PaymentDetail detail = readDetail(row, "formansgrupp", "belopp", intern);
        p.details.append(detail);
        if (p.benefitCode.isEmpty()) {
            p.benefitCode = detail.benefitCode;
            p.benefit = detail.benefit;
        }
    }
    return p;
}

void readFkDecisions(const QString &caseKind, const JsonView &c, QList<BenefitDecision> &out, Interner &intern)
{
    // beslut is an array, or a single object (merkostnadsersättning, omvårdnadsbidrag).
    for (const JsonView &d : array(c.value("beslut"))) {
        BenefitDecision decision;
        decision.provider = u"FK"_s;
        decision.caseKind = caseKind;
        decision.decided = isoDate(string(d.value("fattades")));
        decision.definitive = boolean(d.value("definitivt"));
        const JsonView benefit = d.contains("forman") ? d.value("forman") : d.value("ersattning");
        decision.benefitCode = code(benefit);
        decision.benefit = description(benefit);
        readPeriod(d.value("period"), decision.periodFrom, decision.periodTo, intern);
        decision.amount = money(d.value("beslutatBruttobelopp"));
        decision.days = integer(d.value("dagar"));
        out.append(decision);
    }
}

bool readFormansinformation(const JsonObjectReader &reader, LefiData &lefi, Interner &intern, QString *error)
{
    // The payments may be years of daily rows: read one at a time.
    if (!reader.forEach(
            { u"utbetalningsuppgift" }, [&](const JsonView &v) { lefi.payments.append(readFkPayment(v, intern)); },
            error)
        || !reader.forEach(
            { u"preliminarautbetalningar", u"preliminaraUtbetalningar" },
            [&](const JsonView &v) { lefi.preliminaryPayments.append(readFkPayment(v, intern)); }, error))
        return false;
    const auto rest
        = reader.allExcept({ u"utbetalningsuppgift", u"preliminarautbetalningar", u"preliminaraUtbetalningar" });
    if (!rest) {
        if (error)
            *error = rest.error();
        return false;
    }
    const QJsonObject &fi = *rest;

    // JOB days: several rows fold to the highest count, and "all used" if any row says so.
    const QJsonArray jobRows = array(fi.value(u"programjobdagar"));
    if (!jobRows.isEmpty()) {
        JobDays days;
        for (const QJsonValue &v : jobRows) {
            const QJsonObject r = v.toObject();
            days.used = std::max(days.used, integer(r.value(u"antalForbrukade")).value_or(0));
            days.allUsed = days.allUsed || boolean(r.value(u"harForbrukatMaxAntal")).value_or(false);
        }
        lefi.jobDays = days;
    }

    const QJsonArray holdings = array(fi.value(u"intjanandebehallning"));
    if (!holdings.isEmpty()) {
        const QJsonObject h = holdings.last().toObject(); // the latest annual statement
        PensionHoldings p;
        p.source = u"FK"_s;
        p.total = money(h.value(u"belopp"));
        p.premiumPension = money(value(h, { u"premiepensionBelopp", u"premiepensionbelopp" }));
        p.incomePension = difference(p.total, p.premiumPension);
        lefi.pensionHoldings = p;
    }

    for (const QJsonValue &v : array(fi.value(u"generellPersoninformation"))) {
        const QJsonObject o = v.toObject();
        LefiPerson person;
        person.personnummer = string(o.value(u"personnummer"));
        person.name = string(o.value(u"namn"));
        person.protectedIdentity = boolean(o.value(u"skyddad"));
        person.civilStatus = description(o.value(u"civilstand"));
        for (const QJsonValue &a : array(o.value(u"adress"))) {
            const QJsonObject addr = a.toObject();
            QStringList lines;
            for (const QJsonValue &l : array(addr.value(u"utdelningadress")))
                lines << string(l);
            lines << (string(addr.value(u"postnummer")) + u' ' + string(addr.value(u"postort"))).trimmed();
            person.addresses << lines.join(u", "_s);
        }
        lefi.persons.append(person);
    }

    for (const QString &key : reader.keys()) {
        if ((key.endsWith(u"arende", Qt::CaseInsensitive) || key == u"mottagareavbarnbidrag")
            && !reader.forEach(
                { key }, [&](const JsonView &c) { readFkDecisions(key, c, lefi.decisions, intern); }, error))
            return false;
    }
    return true;
}

// `root`: the root's members but the payment lists and formansinformation.
bool readPm(const JsonObjectReader &reader, const QJsonObject &root, LefiData &lefi, Interner &intern, QString *error)
{
    if (!reader.forEach(
            { u"utbetalningar" }, [&](const JsonView &v) { lefi.payments.append(readPmPayment(v, intern)); }, error)
        || !reader.forEach(
            { u"preliminaraUtbetalningar", u"preliminarautbetalningar" },
            [&](const JsonView &v) { lefi.preliminaryPayments.append(readPmPayment(v, intern)); }, error))
        return false;
    for (const QJsonValue &v : array(root.value(u"ansprak"))) {
        const QJsonObject o = v.toObject();
        PmClaim c;
        c.id = string(o.value(u"ansprakid"));
        c.arrived = isoDate(string(o.value(u"ankomstdatum")));
        c.benefitGroupCode = code(o.value(u"formansgrupp"));
        c.benefitGroup = description(o.value(u"formansgrupp"));
        readPeriod(o.value(u"yrkadPeriod"), c.periodFrom, c.periodTo, intern);
        lefi.claims.append(c);
    }
    for (const QJsonValue &v : array(root.value(u"beslut"))) {
        const QJsonObject o = v.toObject();
        const QJsonArray compensations = array(o.value(u"beslutadErsattning"));
        auto base = [&] {
            BenefitDecision d;
            d.provider = u"PM"_s;
            d.caseKind = code(o.value(u"formansgrupp"));
            d.decided = isoDate(string(o.value(u"beslutsdatum")));
            d.status = code(o.value(u"beslutsstatus"));
            d.outcome = code(o.value(u"beslutsutfall"));
            d.definitive = d.status == u"SLUTLIGT";
            return d;
        };
        if (compensations.isEmpty())
            lefi.decisions.append(base());
        for (const QJsonValue &e : compensations) {
            const QJsonObject c = e.toObject();
            BenefitDecision d = base();
            d.benefitCode = code(c.value(u"ersattningstyp"));
            d.benefit = description(c.value(u"ersattningstyp"));
            readPeriod(c.value(u"period"), d.periodFrom, d.periodTo, intern);
            const QJsonObject amount = c.value(u"beslutatBelopp").toObject();
            d.amount = money(amount.value(u"belopp"));
            d.amountFrequency = code(amount.value(u"beloppsfrekvens"));
            lefi.decisions.append(d);
        }
    }
    for (const QJsonValue &v : array(root.value(u"ovrigInformation"))) {
        const QJsonObject o = v.toObject();
        if (code(o.value(u"informationstyp")) != u"PM:PBH")
            continue;
        PensionHoldings p;
        p.source = u"PM"_s;
        Amount total = Money();
        for (const QJsonValue &k : array(o.value(u"pensionsbehallning").toObject().value(u"pensionskonton"))) {
            const QJsonObject account = k.toObject();
            const QString type = code(account.value(u"kontotyp"));
            // The latest value of each account counts, read or not.
            std::optional<PensionAccountValue> latest;
            for (const QJsonValue &kv : array(account.value(u"kontovarden"))) {
                const QJsonObject value = kv.toObject();
                const Amount amount = money(value.value(u"varde"));
                const QString from = string(value.value(u"gallerFrom"));
                if (!amount.isAbsent() && (!latest || from >= latest->validFrom))
                    latest = PensionAccountValue { type, amount, from };
            }
            if (!latest)
                continue;
            p.accounts.append(*latest);
            total = sum(total, latest->value);
            if (type == u"IP")
                p.incomePension = latest->value;
            else if (type == u"PREP")
                p.premiumPension = latest->value;
        }
        if (!p.accounts.isEmpty()) {
            p.total = total;
            lefi.pensionHoldings = p; // Pensionsmyndigheten's own figures win over FK's copy
        }
    }
    return true;
}

void readDeviations(const QJsonValue &v, LefiData &lefi)
{
    auto readList = [&](const QString &area, const QJsonValue &list) {
        for (const QJsonValue &e : array(list)) {
            const QJsonObject o = e.toObject();
            LefiDeviation d;
            d.area = area;
            d.code = code(o.value(u"avvikelse"));
            d.text = description(o.value(u"avvikelse"));
            const QJsonValue group = value(o, { u"formansgrupp", u"ovrigInformationstyp" });
            d.groupCode = code(group);
            d.groupText = description(group);
            lefi.deviations.append(d);
        }
    };
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            readList(it.key(), it.value());
    } else if (v.isArray()) {
        readList(QString(), v); // the openapi's own example sends a flat array
    }
}

} // namespace

Expected<LefiData, QString> parseLefi(const QByteArray &json, qsizetype largeBytes)
{
    const auto root = JsonObjectReader::read(json, largeBytes);
    if (!root)
        return unexpected(u"the LEFI answer is not readable: %1"_s.arg(root.error()));
    LefiData lefi;
    QString error;
    const bool read = root->forEach(
        { u"utlamnare" },
        [&](const JsonView &o) {
            LefiProvider p;
            p.code = code(o.value("utlamnare"));
            p.name = description(o.value("utlamnare"));
            p.state = code(o.value("tillstand"));
            p.stateText = description(o.value("tillstand"));
            lefi.providers.append(p);
        },
        &error);
    if (!read)
        return unexpected(u"the LEFI answer is not readable: %1"_s.arg(error));
    const auto rest = root->allExcept({ u"utbetalningar", u"preliminaraUtbetalningar", u"preliminarautbetalningar",
        u"formansinformation", u"utlamnare" });
    if (!rest)
        return unexpected(u"the LEFI answer is not readable: %1"_s.arg(rest.error()));
    readDeviations(rest->value(u"avvikelser"), lefi);
    const auto fi = root->object(u"formansinformation");
    if (!fi)
        return unexpected(u"the LEFI answer is not readable: %1"_s.arg(fi.error()));
    Interner intern; // one copy of each repeated text, for this answer
    if (!readFormansinformation(*fi, lefi, intern, &error) || !readPm(*root, *rest, lefi, intern, &error))
        return unexpected(u"the LEFI answer is not readable: %1"_s.arg(error));
    return lefi;
}

} // namespace ssbtek
