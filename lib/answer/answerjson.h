#pragma once
// The answer as stable JSON, the CLI's output format (documented in README): agency codes
// as keys, every amount an exact decimal string in SEK ("1234.50"), every date ISO 8601,
// every code with its explanation. Written as it goes (JsonWriter), however large the answer.

#include "answer.h"

#include <QJsonObject>

namespace ssbtek {

class JsonWriter;

// One object: the answer's members and `extra`'s (the CLI's "simulated", "savedId", …), in
// key order; a member of `extra` replaces the answer's of the same name. Agencies in `leftOut`
// (left out of a case file by the caseworker) are not in "agencies"; "leftOut" lists their codes.
void writeAnswerJson(
    JsonWriter &writer, const Answer &answer, const QJsonObject &extra = {}, const AgencySet &leftOut = {});
void writeAgencyJson(JsonWriter &writer, Agency agency, const AgencyOutcome &outcome);

// The same as values, for small answers and for tests.
QJsonObject answerToJson(const Answer &answer);
QJsonObject agencyToJson(Agency agency, const AgencyOutcome &outcome);

} // namespace ssbtek
