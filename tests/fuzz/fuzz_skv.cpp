// Skatteverket: the v10 document and a v11 part.
#include "agencies/skv/skvparser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)ssbtek::parseSkvDocument(QString::fromUtf8(bytes));
    (void)ssbtek::parseSkvPart(QStringLiteral("skatteuppgifter"), bytes);
    return 0;
}
