#pragma once
// What the program asks of an agency's data, each an overload for the data's type. Every folder
// declares these two in `<x>/<x>.h`; the compiler names a folder that lacks one:
//
//   void present(const XData &, presentation::AgencyView &);  its facts and tables (<x>view.cpp)
//   void writeJson(const XData &, JsonMembers &);              its members of the JSON (<x>json.cpp)
//
// and, where the agency has such things, these (agencies.h gives the rest "nothing"):
//
//   int unreadableAmounts(const XData &);                       amounts not read exactly
//   bool protectedIdentity(const XData &);                      a protection marking
//   void withholdProtectedDetails(XData &);                     what could lead to such a person, removed
//   void addIncome(const XData &, presentation::IncomeSink &);  its payments under the overview's sources
//   void addFlags(const XData &, QList<presentation::Fact> &);  what the overview must show first
//
// Everything the program knows of an agency lives in its folder: its data (<x>data.h), its
// parser (<x>parser.cpp) and these. The answer, the presentation and the JSON reach them by the
// data's type (agencies.h) and never name an agency's fields.

#include <QList>

namespace ssbtek {

class JsonMembers;
namespace presentation {
struct AgencyView;
struct Fact;
struct IncomeSink;
enum class IncomeSource;
} // namespace presentation

} // namespace ssbtek
