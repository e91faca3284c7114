#pragma once
// Settings that ask a simulator: the fictitious organisation the built-in simulator is asked as,
// for the programs with no endpoint configured, and for tests, benchmarks and screenshots.

#include "config/settings.h"

#include <QUrl>

namespace ssbtek::runtime {

// `settings` made to ask the simulator at `endpoint`: the organisation, LEFI actor and legal
// basis filled in where IT has set none (the legal basis marked as test data, usable only
// there), and the access rules told that this is the test environment.
AppSettings simulated(AppSettings settings, const QUrl &endpoint);
// Fresh settings that ask the simulator at `endpoint` as that organisation, by `caseworker`.
AppSettings simulatorSettings(const QUrl &endpoint, const QString &caseworker);

} // namespace ssbtek::runtime
