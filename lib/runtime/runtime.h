#pragma once
// What the GUI and the CLI run against: the configured endpoint, or — with none configured —
// the built-in simulator, started here, with fictitious organisation data filled in.

#include "config/settings.h"
#include "core/expected.h"
#include "simulator/embeddedsimulator.h"

#include <memory>

namespace ssbtek::runtime {

struct Runtime
{
    AppSettings settings; // endpoint resolved
    std::unique_ptr<sim::EmbeddedSimulator> simulator;

    bool simulated() const { return simulator != nullptr; }
    // Starts the simulator when `settings` name no endpoint; why it could not, otherwise.
    static Expected<std::unique_ptr<Runtime>, QString> prepare(AppSettings settings);
};

} // namespace ssbtek::runtime
