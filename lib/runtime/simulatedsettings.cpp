#include "simulatedsettings.h"

#include "config/legalbasis.h"
#include "core/clock.h"

using namespace Qt::StringLiterals;

namespace ssbtek::runtime {

AppSettings simulated(AppSettings settings, const QUrl &endpoint)
{
    // The fictitious organisation the simulator is asked as, where IT has set none.
    settings.endpoint = endpoint;
    if (settings.organisationNumber.isEmpty())
        settings.organisationNumber = u"555000-0003"_s;
    if (settings.organisationName.isEmpty())
        settings.organisationName = u"Testkommunen (fiktiv)"_s;
    if (settings.lefiActorId.isEmpty())
        settings.lefiActorId = u"000-00"_s;
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
