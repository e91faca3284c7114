#pragma once
// Counting the amounts in an agency's data that could not be read exactly.

#include "core/amount.h"

#include <initializer_list>

namespace ssbtek {

inline int unreadableCount(std::initializer_list<const Amount *> amounts)
{
    int n = 0;
    for (const Amount *a : amounts)
        n += a->isUnreadable() ? 1 : 0;
    return n;
}

} // namespace ssbtek
