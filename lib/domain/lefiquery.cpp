#include "core/clock.h"
#include "query.h"

using namespace Qt::StringLiterals;

namespace ssbtek {

const QStringList &LefiQuery::fkBenefitGroups()
{
    static const QStringList codes {
        u"FK:ABB"_s,
        u"FK:AP"_s,
        u"FK:AS"_s,
        u"FK:BOB"_s,
        u"FK:BST"_s,
        u"FK:BTI"_s,
        u"FK:DPE"_s,
        u"FK:EJO"_s,
        u"FK:ET"_s,
        u"FK:FP"_s,
        u"FK:FSJP"_s,
        u"FK:GP"_s,
        u"FK:HE"_s,
        u"FK:MABB"_s,
        u"FK:MEK"_s,
        u"FK:NP"_s,
        u"FK:OMV"_s,
        u"FK:PJOB"_s,
        u"FK:PROG"_s,
        u"FK:RBE"_s,
        u"FK:SA"_s,
        u"FK:SBP"_s,
        u"FK:SJP"_s,
        u"FK:TFP"_s,
        u"FK:US"_s,
        u"FK:VB"_s,
        u"FK:YL"_s,
    };
    return codes;
}

const QStringList &LefiQuery::pmBenefitGroups()
{
    static const QStringList codes { u"PM:AP"_s, u"PM:BTI"_s, u"PM:EF"_s };
    return codes;
}

LefiQuery LefiQuery::standard(const QString &actorId)
{
    LefiQuery q;
    q.actorId = actorId;
    q.benefits = fkBenefitGroups();
    q.pmClaims = pmBenefitGroups();
    q.pmDecisions = pmBenefitGroups();
    q.preliminaryPayments = fkBenefitGroups() + pmBenefitGroups();
    q.payments = q.preliminaryPayments;
    q.otherInformation = QStringList { u"FK:GEPI"_s };
    return q;
}

bool LefiQuery::isEmpty() const
{
    return benefits.isEmpty() && pmClaims.isEmpty() && pmDecisions.isEmpty() && preliminaryPayments.isEmpty()
        && payments.isEmpty() && otherInformation.isEmpty();
}

SkvQuery SkvQuery::defaultFor(const Period &period)
{
    SkvQuery q;
    const int endYear = period.to.isValid() ? period.to.year() : clock::today().year();
    q.years = { endYear - 2, endYear - 1 };
    return q;
}

bool SkvQuery::anyPart() const
{
    return companyInformation || individualData || taxAccount || taxData || taxAppendices;
}

} // namespace ssbtek
