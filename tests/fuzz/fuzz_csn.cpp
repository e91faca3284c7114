// CSN's document (the XML inside the base64 CSN payload).
#include "agencies/csn/csnparser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)ssbtek::parseCsn(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
