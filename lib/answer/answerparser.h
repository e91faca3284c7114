#pragma once
// Parses a hamtaBastjanstInformationResponse into an Answer: a pure function from bytes,
// callable from any thread. One pass over the SOAP XML; each base64 payload is sliced from
// the bytes and decoded once.

#include "answer.h"
#include "core/expected.h"

#include <QByteArray>

namespace ssbtek {

struct ParseFailure
{
    QString message; // for IT staff; carries no personal data
};

struct ParseOptions
{
    qint64 maxBytes = 64 * 1024 * 1024; // larger answers are refused, not read
    // Base64 payloads and LEFI arrays longer than this are read straight from the bytes, a
    // run at a time, never as one XML text or JSON tree. Tests and fuzzing set it low.
    qsizetype largeBytes = 64 * 1024;
};

class AnswerParser
{
public:
    static Expected<Answer, ParseFailure> parse(const QByteArray &soap, const ProtocolVersion &version,
        const AgencySet &asked, const ParseOptions &options = {});
};

} // namespace ssbtek
