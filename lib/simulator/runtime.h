#pragma once
// What the GUI and the CLI run against: the configured endpoint, or — with none configured —
// the built-in simulator, started here, with fictitious organisation data filled in.

#include "config/settings.h"
#include "embeddedsimulator.h"

#include <memory>

namespace ssbtek::sim {

struct Runtime
{
    AppSettings settings; // endpoint resolved
    std::unique_ptr<EmbeddedSimulator> simulator;

    bool simulated() const { return simulator != nullptr; }
    // Starts the simulator when `settings` name no endpoint; nullopt with *error otherwise.
    static std::unique_ptr<Runtime> prepare(AppSettings settings, QString *error);
};

} // namespace ssbtek::sim
