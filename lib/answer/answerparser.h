#pragma once
// Parses a hamtaBastjanstInformationResponse into an Answer: a pure function from bytes,
// callable from any thread, one pass over the XML.

#include "answer.h"
#include "core/expected.h"

#include <QByteArray>

namespace ssbtek {

struct ParseFailure
{
    QString message; // for IT staff; carries no personal data
};

class AnswerParser
{
public:
    static Expected<Answer, ParseFailure> parse(
        const QByteArray &soap, const ProtocolVersion &version, const AgencySet &asked);
};

} // namespace ssbtek
