// LEFI's JSON (Försäkringskassan and Pensionsmyndigheten).
#include "agencies/fk/lefiparser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)ssbtek::parseLefi(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
