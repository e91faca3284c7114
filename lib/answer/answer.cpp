#include "answer.h"

using namespace Qt::StringLiterals;

namespace ssbtek {

QString AgencyOutcome::stateKey(State state)
{
    switch (state) {
    case State::NotAsked:
        return u"not_asked"_s;
    case State::Absent:
        return u"absent"_s;
    case State::Data:
        return u"data"_s;
    case State::Error:
        return u"error"_s;
    }
    return {};
}

int AgencyOutcome::unreadableAmounts() const
{
    return std::visit([](const auto &d) { return ssbtek::unreadableAmounts(d); }, data);
}

bool Answer::fullyReadable() const
{
    for (auto it = agencies.cbegin(); it != agencies.cend(); ++it) {
        if (it->unreadableAmounts() > 0)
            return false;
    }
    return true;
}

bool Answer::complete() const
{
    for (auto it = agencies.cbegin(); it != agencies.cend(); ++it) {
        if (it->state == AgencyOutcome::State::Absent || it->state == AgencyOutcome::State::Error)
            return false;
    }
    return true;
}

bool Answer::protectedIdentity() const
{
    for (auto it = agencies.cbegin(); it != agencies.cend(); ++it) {
        if (std::visit([](const auto &d) { return ssbtek::protectedIdentity(d); }, it->data))
            return true;
    }
    return false;
}

Answer withholdProtectedDetails(const Answer &answer)
{
    if (!answer.protectedIdentity())
        return answer;
    Answer held = answer;
    for (AgencyOutcome &o : held.agencies) {
        o.raw.clear();
        o.rawFormat = AgencyOutcome::RawFormat::None;
        std::visit([](auto &d) { withholdProtectedDetails(d); }, o.data);
    }
    return held;
}

Answer withoutAgencies(const Answer &answer, const AgencySet &leftOut)
{
    Answer kept = answer;
    for (Agency a : leftOut.toList())
        kept.agencies.remove(a);
    return kept;
}

} // namespace ssbtek
