#include "access.h"

#include "core/clock.h"

using namespace Qt::StringLiterals;

namespace ssbtek {

QStringList AccessPolicy::problems(const Query &query, bool confirmedCurrentCase) const
{
    QStringList list;
    if (!settingsProblems.isEmpty())
        list << tr("The settings are not valid, so no lookup is sent: %1").arg(settingsProblems.join(u" "_s));
    QStringList notEnabled;
    for (Agency a : query.agencies.toList()) {
        if (!enabledAgencies.contains(a))
            notEnabled << agencyName(a);
    }
    if (!notEnabled.isEmpty())
        list << tr("The organisation may not ask %1 (agencies/enabled).").arg(notEnabled.join(u", "_s));
    if (contactCentreStaff && query.purpose.simplified() != contactCentrePurpose.simplified())
        list << (contactCentrePurpose.isEmpty()
                ? tr("This desktop is the contact centre's, but no contact-centre purpose is configured.")
                : tr("From the contact centre, the purpose is \"%1\".").arg(contactCentrePurpose));
    if (requireCase && query.caseId.trimmed().isEmpty())
        list << tr("Give the case id of the person's current case.");
    if (requireCase && !confirmedCurrentCase)
        list << tr("Confirm that the person belongs to a current case of your unit.");
    list << legalBasisProblems(query.legalBasis, legalBases, clock::today(), testEnvironment);
    if (isContactCentre(query.purpose)) {
        QStringList outside;
        for (Agency a : query.agencies.toList()) {
            if (!contactCentreAgencies.contains(a))
                outside << agencyName(a);
        }
        if (!outside.isEmpty())
            list << tr("While preparing an application, %1 may not be asked.").arg(outside.join(u", "_s));
        if (query.period.from.isValid() && query.period.to.isValid()
            && query.period.from.addMonths(contactCentreMaxMonths) <= query.period.to)
            list << tr("While preparing an application, the period may be at most %n month(s).", nullptr,
                contactCentreMaxMonths);
    }
    return list;
}

QStringList AccessPolicy::legalBasesInForce(QDate day) const
{
    QStringList texts;
    for (const LegalBasisPreset &p : legalBases) {
        if ((!p.testData || testEnvironment) && p.inForce(day) && !texts.contains(p.text))
            texts << p.text;
    }
    return texts;
}

} // namespace ssbtek
