#pragma once
// The built-in simulator the GUI and the CLI start when no endpoint is configured: a
// SimulatorServer on 127.0.0.1 (plain HTTP, loopback only) in a thread of its own. The settings
// that ask it are lib/runtime's.

#include "simulatorserver.h"

#include <QThread>
#include <QUrl>

#include <memory>

namespace ssbtek::sim {

class EmbeddedSimulator
{
public:
    EmbeddedSimulator();
    ~EmbeddedSimulator();
    EmbeddedSimulator(const EmbeddedSimulator &) = delete;
    EmbeddedSimulator &operator=(const EmbeddedSimulator &) = delete;

    // Starts serving: where it answers, or why it cannot.
    Expected<QUrl, QString> start(SimulatorOptions options = {}, const QString &cataloguePath = QString());
    QUrl url() const { return m_url; }
    SimulatorServer *server() const { return m_server; }

private:
    QThread m_thread;
    QObject m_context; // lives in m_thread: where the server is made and deleted
    SimulatorServer *m_server = nullptr;
    QUrl m_url;
};

} // namespace ssbtek::sim
