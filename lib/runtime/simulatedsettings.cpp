#include "simulatedsettings.h"

#include "config/legalbasis.h"
#include "core/clock.h"

using namespace Qt::StringLiterals;

namespace ssbtek::runtime {

QString simulatedOrganisationNumber()
{
    return u"555000-0003"_s;
}

QString simulatedOrganisationName()
{
    return u"Testkommunen (fiktiv)"_s;
}

QString simulatedLefiActorId()
{
    return u"000-00"_s;
}

AppSettings simulated(AppSettings settings, const QUrl &endpoint)
{
    settings.endpoint = endpoint;
    if (settings.organisationNumber.isEmpty())
        settings.organisationNumber = simulatedOrganisationNumber();
    if (settings.organisationName.isEmpty())
        settings.organisationName = simulatedOrganisationName();
    if (settings.lefiActorId.isEmpty())
        settings.lefiActorId = simulatedLefiActorId();
    settings.access.testEnvironment = true;
    if (settings.legalBasis.isEmpty() || settings.access.legalBasesInForce(clock::today()).isEmpty()) {
        const LegalBasisPreset test = simulatorLegalBasis();
        settings.legalBasis = test.text;
        settings.access.legalBases.prepend(test);
    }
    return settings;
}

AppSettings simulatorSettings(const QUrl &endpoint, const QString &caseworker)
{
    AppSettings settings;
    settings.caseworker = caseworker;
    return simulated(std::move(settings), endpoint);
}

} // namespace ssbtek::runtime
