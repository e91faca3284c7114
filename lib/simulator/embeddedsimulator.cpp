#include "embeddedsimulator.h"

#include "core/clock.h"

using namespace Qt::StringLiterals;

namespace ssbtek::sim {

EmbeddedSimulator::EmbeddedSimulator()
{
    m_thread.setObjectName(u"ssbtek-simulator"_s);
}

EmbeddedSimulator::~EmbeddedSimulator()
{
    if (m_server) {
        QMetaObject::invokeMethod(
            &m_context, [server = m_server] { delete server; }, Qt::BlockingQueuedConnection);
        m_server = nullptr;
    }
    m_thread.quit();
    m_thread.wait();
}

bool EmbeddedSimulator::start(SimulatorOptions options, const QString &cataloguePath, QString *error)
{
    auto catalogue = PersonCatalogue::load(cataloguePath, error);
    if (!catalogue)
        return false;
    m_context.moveToThread(&m_thread);
    m_thread.start();
    bool ok = false;
    QString problem;
    QMetaObject::invokeMethod(
        &m_context,
        [&] {
            m_server = new SimulatorServer(std::move(options), std::move(*catalogue));
            ok = m_server->start(0, &problem);
            if (ok)
                m_url = m_server->url();
        },
        Qt::BlockingQueuedConnection);
    if (!ok && error)
        *error = problem;
    return ok;
}

AppSettings EmbeddedSimulator::appSettings(const QUrl &endpoint, const QString &caseworker)
{
    AppSettings settings;
    settings.caseworker = caseworker;
    return simulated(settings, endpoint);
}

AppSettings EmbeddedSimulator::simulated(AppSettings settings, const QUrl &endpoint)
{
    settings.endpoint = endpoint;
    if (settings.organisationNumber.isEmpty())
        settings.organisationNumber = organisationNumber();
    if (settings.organisationName.isEmpty())
        settings.organisationName = organisationName();
    if (settings.lefiActorId.isEmpty())
        settings.lefiActorId = lefiActorId();
    settings.access.testEnvironment = true;
    if (settings.legalBasis.isEmpty() || settings.access.legalBasesInForce(clock::today()).isEmpty()) {
        const LegalBasisPreset test = simulatorLegalBasis();
        settings.legalBasis = test.text;
        settings.access.legalBases.prepend(test);
    }
    return settings;
}

QString EmbeddedSimulator::organisationNumber()
{
    return u"555000-0003"_s;
}

QString EmbeddedSimulator::organisationName()
{
    return u"Testkommunen (fiktiv)"_s;
}

QString EmbeddedSimulator::lefiActorId()
{
    return u"000-00"_s;
}

} // namespace ssbtek::sim
