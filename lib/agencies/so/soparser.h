#pragma once
#include "sodata.h"

class QXmlStreamReader;

namespace ssbtek {
SoData parseSo(QXmlStreamReader &xml); // reader on `data`'s start; left on its end
} // namespace ssbtek
