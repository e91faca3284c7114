// LEFI's JSON (Försäkringskassan and Pensionsmyndigheten).
#include "agencies/fk/lefiparser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)ssbtek::parseLefi(json);
    (void)ssbtek::parseLefi(json, 16); // every array read in runs, as a large answer's are
    return 0;
}
