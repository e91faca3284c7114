#pragma once
// The answer as stable JSON, the CLI's output format (documented in README): agency codes
// as keys, every amount an exact decimal string in SEK ("1234.50"), every date ISO 8601,
// every code with its explanation.

#include "answer.h"

#include <QJsonObject>

namespace ssbtek {

QJsonObject answerToJson(const Answer &answer);
QJsonObject agencyToJson(Agency agency, const AgencyOutcome &outcome);

} // namespace ssbtek
