#pragma once
#include "tnsdata.h"

class QXmlStreamReader;

namespace ssbtek {
TnsData parseTns(QXmlStreamReader &xml); // reader on `data`'s start; left on its end
} // namespace ssbtek
