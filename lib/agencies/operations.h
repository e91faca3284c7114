#pragma once
// What every agency's folder declares for its data type, in `<x>/<x>.h`:
//
//   void present(const XData &, presentation::AgencyView &);  its facts and tables (<x>view.cpp)
//   void writeJson(const XData &, JsonMembers &);              its members of the JSON (<x>json.cpp)
//   int unreadableAmounts(const XData &);                      amounts not read exactly
//   bool protectedIdentity(const XData &);                     a protection marking
//   void withholdProtectedDetails(XData &);                    what could lead to such a person, removed
//   void addIncome(const XData &, presentation::IncomeSink &); its payments under the overview's sources
//
// Everything the program knows of an agency lives in its folder: its data (<x>data.h), its
// parser (<x>parser.cpp) and these. The answer, the presentation and the JSON reach them by the
// data's type (agencies.h) and never name an agency's fields.

namespace ssbtek {

class JsonMembers;
namespace presentation {
struct AgencyView;
struct IncomeSink;
} // namespace presentation

} // namespace ssbtek
