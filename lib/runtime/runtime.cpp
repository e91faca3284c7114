#include "runtime.h"

#include "simulatedsettings.h"

namespace ssbtek::runtime {

Expected<std::unique_ptr<Runtime>, QString> Runtime::prepare(AppSettings settings)
{
    auto runtime = std::make_unique<Runtime>();
    if (settings.usesSimulator()) {
        runtime->simulator = std::make_unique<sim::EmbeddedSimulator>();
        sim::SimulatorOptions options;
        options.versions = ProtocolVersion::all(); // every version, so the switch can be tried
        if (const auto started = runtime->simulator->start(options); !started)
            return unexpected(started.error());
        settings = ssbtek::runtime::simulated(std::move(settings), runtime->simulator->url());
        settings.alternatives.clear();
        for (const ProtocolVersion &v : ProtocolVersion::all()) {
            if (v != settings.version)
                settings.alternatives.append({ v, settings.endpoint });
        }
    }
    runtime->settings = std::move(settings);
    return runtime;
}

} // namespace ssbtek::runtime
