#pragma once
// The built-in simulator the GUI and the CLI start when no endpoint is configured: a
// SimulatorServer on 127.0.0.1 (plain HTTP, loopback only) in a thread of its own.

#include "config/settings.h"
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

    // Starts serving; false with *error set when it cannot.
    bool start(SimulatorOptions options = {}, const QString &cataloguePath = QString(), QString *error = nullptr);
    QUrl url() const { return m_url; }
    SimulatorServer *server() const { return m_server; }

    // What the built-in settings use for the organisation while simulating.
    static QString organisationNumber();
    static QString organisationName();
    static QString lefiActorId();
    // Settings that ask the simulator at `endpoint` as that organisation, for tests,
    // benchmarks and screenshots.
    static AppSettings appSettings(const QUrl &endpoint, const QString &caseworker);
    // `settings` made to ask the simulator at `endpoint`: the organisation, LEFI actor and legal
    // basis filled in where IT has set none (the legal basis marked as test data, usable only
    // here), and the access rules told that this is the test environment.
    static AppSettings simulated(AppSettings settings, const QUrl &endpoint);

private:
    QThread m_thread;
    QObject m_context; // lives in m_thread: where the server is made and deleted
    SimulatorServer *m_server = nullptr;
    QUrl m_url;
};

} // namespace ssbtek::sim
