#include "runtime.h"

namespace ssbtek::sim {

std::unique_ptr<Runtime> Runtime::prepare(AppSettings settings, QString *error)
{
    auto runtime = std::make_unique<Runtime>();
    if (settings.usesSimulator()) {
        runtime->simulator = std::make_unique<EmbeddedSimulator>();
        SimulatorOptions options;
        options.versions = ProtocolVersion::all(); // every version, so the switch can be tried
        if (!runtime->simulator->start(options, QString(), error))
            return nullptr;
        settings = EmbeddedSimulator::simulated(std::move(settings), runtime->simulator->url());
        settings.alternatives.clear();
        for (const ProtocolVersion &v : ProtocolVersion::all()) {
            if (v != settings.version)
                settings.alternatives.append({ v, settings.endpoint });
        }
    }
    runtime->settings = std::move(settings);
    return runtime;
}

} // namespace ssbtek::sim
