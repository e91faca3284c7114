#pragma once
// The seven agencies' data, in the one list the answer holds (one alternative per agency, or
// nothing). Whatever the program does with an agency's data, it does by visiting this variant
// and calling the overload the agency's folder declares (operations.h). A new operation is one
// overload per folder, and the compiler names any folder that lacks it.
//
// The list is closed on purpose: SSBTEK's contract fixes the agencies, their request flags
// (`Agency`, `AgencySet`) and the shape of each answer, so a new agency arrives with a new
// contract version, a new `Agency` value and a new alternative here, not as a plug-in.

#include "af/af.h"
#include "csn/csn.h"
#include "fk/lefi.h"
#include "miv/miv.h"
#include "skv/skv.h"
#include "so/so.h"
#include "tns/tns.h"

#include <variant>

namespace ssbtek {

using AgencyData = std::variant<std::monostate, AfData, CsnData, LefiData, SkvData, SoData, TnsData, MivData>;

// Nothing (an agency not asked, absent or in error) has nothing to show, write or count.
inline void present(const std::monostate &, presentation::AgencyView &) { }
inline void writeJson(const std::monostate &, JsonMembers &) { }
inline int unreadableAmounts(const std::monostate &)
{
    return 0;
}
inline bool protectedIdentity(const std::monostate &)
{
    return false;
}
inline void withholdProtectedDetails(std::monostate &) { }
inline void addIncome(const std::monostate &, presentation::IncomeSink &) { }

} // namespace ssbtek
