#pragma once
// The text of the current XML element, children's text included, read without recursion
// (Qt's readElementText(IncludeChildElements) recurses per nested element, so a hostile
// answer could exhaust the stack). Deeper nesting than `maxDepth` raises an error on the
// reader, which ends the parse with an error value.

#include <QXmlStreamReader>

namespace ssbtek {

QString readText(QXmlStreamReader &xml, int maxDepth = 32);

} // namespace ssbtek
