// The whole SOAP answer parser, both versions, every agency asked.
#include "answer/answerparser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    ssbtek::ParseOptions small; // payloads cut out and read in runs, as a large answer's are
    small.largeBytes = 16;
    for (const ssbtek::ProtocolVersion &v : ssbtek::ProtocolVersion::all()) {
        (void)ssbtek::AnswerParser::parse(bytes, v, ssbtek::AgencySet::all());
        (void)ssbtek::AnswerParser::parse(bytes, v, ssbtek::AgencySet::all(), small);
    }
    return 0;
}
