#pragma once
// Who may ask what: direct access is allowed only for persons in a current case of the
// caseworker's unit (socialförsäkringsbalken 114 kap. 22 §), and contact-centre staff may use
// the service only while preparing an application, for fewer agencies and a shorter period.

#include "domain/agency.h"
#include "domain/query.h"
#include "legalbasis.h"

#include <QCoreApplication>
#include <QStringList>

namespace ssbtek {

struct AccessPolicy
{
    Q_DECLARE_TR_FUNCTIONS(AccessPolicy)

public:
    bool requireCase = true; // a case id and the caseworker's confirmation, every lookup
    QString contactCentrePurpose; // empty: no contact-centre purpose offered
    AgencySet contactCentreAgencies { Agency::AF, Agency::CSN, Agency::FK };
    int contactCentreMaxMonths = 3;
    QList<LegalBasisPreset> legalBases; // query/legalBasisPresets: the wordings IT offers, with their days
    bool testEnvironment = false; // the built-in simulator: its test wording may be used
    // access/contactCentre: this desktop is the contact centre's. Its limits then hold for
    // every lookup, whatever purpose is typed, and no other purpose may be given.
    bool contactCentreStaff = false;
    AgencySet enabledAgencies = AgencySet::all(); // agencies/enabled; empty when that does not parse
    // Settings that are not valid (AppSettings::check's errors): while there are any, every
    // lookup is refused. A rule that cannot be read is not a rule that allows everything.
    QStringList settingsProblems;

    // The presets that may be cited on `day`, in order.
    QStringList legalBasesInForce(QDate day) const;

    bool isContactCentre(const QString &purpose) const
    {
        return contactCentreStaff
            || (!contactCentrePurpose.isEmpty()
                && purpose.simplified().compare(contactCentrePurpose.simplified(), Qt::CaseInsensitive) == 0);
    }
    // Why `query` may not be sent, for people; empty when it may. `confirmedCurrentCase`: the
    // caseworker confirmed that the person belongs to a current case of their unit. The legal
    // basis is judged on today's date (clock::today()).
    QStringList problems(const Query &query, bool confirmedCurrentCase) const;
};

} // namespace ssbtek
