#pragma once
// A household's answers as the CLI's documented JSON: "caseId", "household" (per member its
// role, person and answer or failure), "overview" (income per month per person and in total)
// and "simulated". Written by `ssbtek-cli query` and beside a household's PDF for case systems.

#include "householdoverview.h"

#include <QHash>

namespace ssbtek {
class JsonWriter;
}

namespace ssbtek::presentation {

// `savedIds`: per member index, the id its answer was saved under ("savedId"). Agencies in
// `leftOut` are not in the members' answers (each lists them as "leftOut"); `overview` is then
// expected to be made without them.
void writeHouseholdJson(JsonWriter &w, const QString &caseId, const QList<MemberResult> &results,
    const HouseholdOverview &overview, bool simulated, const QHash<int, qint64> &savedIds = {},
    const AgencySet &leftOut = {});

} // namespace ssbtek::presentation
