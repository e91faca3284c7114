#pragma once
// The seven agencies' data, in the one list the answer holds (one alternative per agency, or
// nothing). Whatever the program does with an agency's data, it does by visiting this variant
// and calling the overload the agency's folder declares (operations.h).
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

#include <type_traits>
#include <variant>

namespace ssbtek {

using AgencyData = std::variant<std::monostate, AfData, CsnData, LefiData, SkvData, SoData, TnsData, MivData>;

// Nothing (an agency not asked, absent or in error) has nothing to show or write.
inline void present(const std::monostate &, presentation::AgencyView &) { }
inline void writeJson(const std::monostate &, JsonMembers &) { }

// The operations an agency need not have: for the data of one that declares none of its own
// (and for nothing), no amounts, no protection marking, nothing to withhold, no income, no
// flags. Only for AgencyData's alternatives, so no other type of the same name is caught.
template <typename T, typename Variant> struct IsAlternativeOf;
template <typename T, typename... Ts>
struct IsAlternativeOf<T, std::variant<Ts...>> : std::disjunction<std::is_same<T, Ts>...>
{
};
template <typename Data> using IfAgencyData = std::enable_if_t<IsAlternativeOf<Data, AgencyData>::value, int>;

template <typename Data, IfAgencyData<Data> = 0> int unreadableAmounts(const Data &)
{
    return 0;
}
template <typename Data, IfAgencyData<Data> = 0> bool protectedIdentity(const Data &)
{
    return false;
}
template <typename Data, IfAgencyData<Data> = 0> void withholdProtectedDetails(Data &) { }
template <typename Data, IfAgencyData<Data> = 0> void addIncome(const Data &, presentation::IncomeSink &) { }
template <typename Data, IfAgencyData<Data> = 0> void addFlags(const Data &, QList<presentation::Fact> &) { }

} // namespace ssbtek
