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

} // namespace ssbtek::sim
