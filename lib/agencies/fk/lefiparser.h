#pragma once
#include "core/expected.h"
#include "lefidata.h"

#include <QByteArray>

namespace ssbtek {
// The decoded LEFI answer JSON. Unknown keys are ignored; `avvikelser` may be an object or
// an array; amounts numbers or strings; key casing varies.
// Arrays longer than `largeBytes` are read a run of about that size at a time.
Expected<LefiData, QString> parseLefi(const QByteArray &json, qsizetype largeBytes = 64 * 1024);
} // namespace ssbtek
