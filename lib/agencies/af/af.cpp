#include "af.h"

namespace ssbtek {

bool protectedIdentity(const AfData &data)
{
    return data.protectedIdentity.value_or(false); // sekretessmarkering
}

} // namespace ssbtek
