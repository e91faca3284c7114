#include "embeddedsimulator.h"

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

Expected<QUrl, QString> EmbeddedSimulator::start(SimulatorOptions options, const QString &cataloguePath)
{
    auto catalogue = PersonCatalogue::load(cataloguePath);
    if (!catalogue)
        return unexpected(catalogue.error());
    m_context.moveToThread(&m_thread);
    m_thread.start();
    std::optional<Expected<QUrl, QString>> started;
    QMetaObject::invokeMethod(
        &m_context,
        [&] {
            m_server = new SimulatorServer(std::move(options), std::move(catalogue).value());
            started = m_server->start(0);
        },
        Qt::BlockingQueuedConnection);
    if (*started)
        m_url = **started;
    return *started;
}

} // namespace ssbtek::sim
