#pragma once
#include "mivdata.h"

class QXmlStreamReader;

namespace ssbtek {
// Migrationsverket's elements are unqualified; matched by local name.
MivData parseMiv(QXmlStreamReader &xml); // reader on `data`'s start; left on its end
} // namespace ssbtek
