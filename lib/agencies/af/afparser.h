#pragma once
#include "afdata.h"

class QXmlStreamReader;

namespace ssbtek {
// Reads the AF `data` element's content (the reader on its start; left on its end).
// Lenient: the Fraga part and elements the schema calls required may be missing.
AfData parseAf(QXmlStreamReader &xml);
} // namespace ssbtek
