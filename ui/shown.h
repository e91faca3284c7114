#pragma once
// The widgets show what lib/presentation makes (facts, tables, the income overview, the report):
// within the ui, its names are the ui's own.

#include "presentation/presentation.h"

namespace ssbtek::ui {
using namespace ssbtek::presentation;
}
