#pragma once
// The PostgreSQL server of a test run, for the tests of the store and the gateway (the library
// ssbtek_storesupport, which links the store; the other tests do not).

#include "store/storesettings.h"

#include <QString>

#include <optional>

namespace ssbtek::test {

// The PostgreSQL server tests/store/postgres.sh started for this run (the "postgres" CTest
// fixture), as its administrator; empty with `why` saying why there is none.
std::optional<store::StoreSettings> postgresAdmin(QString *why);
// Stops that server for a while (the data stays) and starts it again on the same port.
bool postgresPause();
bool postgresResume();

} // namespace ssbtek::test
