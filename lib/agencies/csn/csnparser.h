#pragma once
#include "core/expected.h"
#include "csndata.h"

#include <QByteArray>

namespace ssbtek {
// The decoded CSN document (CSNSvar, namespace v3.0 or v4.0: matched by local name).
Expected<CsnData, QString> parseCsn(const QByteArray &xml);
} // namespace ssbtek
