#include "skv.h"

#include "core/personnummer.h"
#include "explain/explanations.h"
#include "view/view.h"

using namespace Qt::StringLiterals;

namespace ssbtek {

namespace {

using namespace presentation;
using K = Column::Kind;

// An identity as people read it: a personnummer with its dash, anything else as sent.
QString identityText(const QString &id)
{
    const auto pnr = Personnummer::parse(id);
    return pnr && id.size() == 12 ? pnr->display() : id;
}
} // namespace

void present(const SkvData &skv, presentation::AgencyView &p)
{
    // Whom the taxation data is about, first: Skatteverket names the person in its document
    // (v10) or in each part (v11).
    if (!skv.perPart && !skv.personnummer.isEmpty()) {
        const QString name = (skv.firstName + u' ' + skv.lastName).trimmed();
        p.facts.append({ Presentation::tr("About"),
            name.isEmpty() ? identityText(skv.personnummer) : u"%1, %2"_s.arg(identityText(skv.personnummer), name),
            Presentation::tr("The person Skatteverket's document is about."), false });
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
            p.facts.append({ Presentation::tr("About"),
                names.isEmpty() ? identityText(id) : u"%1, %2"_s.arg(identityText(id), names.join(u"; "_s)),
                Presentation::tr("Whom the parts %1 are about.").arg(parts.join(u", "_s)), false });
        }
        if (skv.identities().size() > 1)
            p.facts.append({ Presentation::tr("Different persons"),
                Presentation::tr("the parts name %n identities", nullptr, int(skv.identities().size())),
                Presentation::tr(
                    "Skatteverket's parts are not all about the same person (or company). Check each part before "
                    "using it."),
                true });
    }
    if (!skv.perPart) {
        Table capital { Presentation::tr("Capital income"),
            { { Presentation::tr("Taxation year"), K::Text }, { Presentation::tr("Capital income"), K::Money },
                { Presentation::tr("Surplus"), K::Money } },
            {}, Presentation::tr("No capital income reported.") };
        for (const SkvCapitalRecord &c : skv.capital)
            capital.rows.append({ c.taxationYear, moneyCell(c.income), moneyCell(c.surplus) });
        p.tables.append(capital);
        p.count = int(skv.capital.size());
    } else {
        for (const SkvPart &part : skv.parts) {
            if (part.error) {
                p.facts.append({ part.name, Presentation::tr("could not be read"),
                    explain::agencyError(Agency::SKV, *part.error), true });
                continue;
            }
            Table t { part.name,
                { { Presentation::tr("Information"), K::Text }, { Presentation::tr("Value"), K::Text } }, {},
                Presentation::tr("Nothing reported.") };
            for (const auto &[path, value] : part.fields)
                t.rows.append({ path, value });
            p.tables.append(t);
            ++p.count;
        }
    }
    p.summary = Presentation::tr("%n part(s)", nullptr, p.count);
}

} // namespace ssbtek
