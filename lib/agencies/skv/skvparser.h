#pragma once
#include "core/expected.h"
#include "skvdata.h"

namespace ssbtek {
// v10: the XML document carried in `svar` (already unescaped / out of its CDATA).
Expected<SkvData, QString> parseSkvDocument(const QString &xml);
// v11: one part's decoded JSON.
Expected<SkvPart, QString> parseSkvPart(const QString &name, const QByteArray &json);
} // namespace ssbtek
