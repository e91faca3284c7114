// What a caseworker may type.
#include "core/personnummer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto p = ssbtek::Personnummer::parse(text, QDate(2026, 11, 24));
    if (p && (p->wire().size() != 12 || !ssbtek::Personnummer::parse(p->wire(), QDate(2026, 11, 24))))
        __builtin_trap(); // a number we accept must read back the same
    return 0;
}
