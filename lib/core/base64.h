#pragma once
// xsd:base64Binary text to bytes in one pass: whitespace anywhere is skipped, and what is
// accepted is exactly what QByteArray::fromBase64Encoding(…, AbortOnBase64DecodingErrors)
// accepts once the whitespace is removed — the standard alphabet, '=' only as the last one
// or two characters of a length divisible by four. nullopt for anything else.
// (Qt's decoder needs the whitespace removed first, a copy of many MB, and is slower.)

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace ssbtek {
std::optional<QByteArray> decodeBase64(QByteArrayView text);
} // namespace ssbtek
