#pragma once
// The program's one clock. Production reads the system clock here and nowhere else; tests,
// the simulator and benchmarks fix it, so that nothing depends on the day a test runs.
//
// Fixing it: clock::fixAt() in the process, or the environment variable SSBTEK_NOW (read once,
// at the first question) for a whole program — an ISO date ("2026-12-31", noon local time) or
// date and time ("2026-12-31T23:59:30", local unless it ends in Z or an offset). A fixed clock
// stands still. It does not move the system clock: TLS still judges certificates by that.

#include <QDate>
#include <QDateTime>

#include <optional>

namespace ssbtek::clock {

QDateTime now(); // UTC
QDate today(); // the local date of now()
// The system clock, never fixed: what TLS judges certificates by, so the gateway's own
// check of a client certificate agrees with the handshake.
QDateTime systemNow(); // UTC

// Fixes the clock at `at` (invalid: the system clock again). For tests, the simulator and
// benchmarks; not thread-safe against a concurrent now(), so fix it before work starts.
void fixAt(const QDateTime &at);
bool isFixed();

// "2026-12-31" (noon local time) or an ISO date-time; nullopt when it is neither.
std::optional<QDateTime> parseInstant(QStringView text);

} // namespace ssbtek::clock
