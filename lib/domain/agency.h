#pragma once
// The seven agencies ("bastjänster") SSBTEK asks on the caller's behalf. Their codes are
// the element names in the contract.

#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace ssbtek {

enum class Agency { AF, CSN, FK, SKV, SO, TNS, MIV };

inline constexpr std::array<Agency, 7> AllAgencies { Agency::AF, Agency::CSN, Agency::FK, Agency::SKV, Agency::SO,
    Agency::TNS, Agency::MIV };

QString agencyCode(Agency agency); // "AF": the contract's element name
std::optional<Agency> agencyFromCode(QStringView code); // case-insensitive
QString agencyName(Agency agency); // "Arbetsförmedlingen", for people
// Agencies whose request element may carry its own tidsperiod.
bool agencyAcceptsPeriod(Agency agency);

// A set of agencies, kept in contract order.
class AgencySet
{
public:
    AgencySet() = default;
    AgencySet(std::initializer_list<Agency> agencies);
    static AgencySet all();
    // "AF,CSN,FK" (any case, spaces ignored); nullopt names the first unknown code.
    static std::optional<AgencySet> parse(QStringView codes, QString *unknown = nullptr);

    void insert(Agency agency) { m_bits |= bit(agency); }
    void remove(Agency agency) { m_bits &= ~bit(agency); }
    bool contains(Agency agency) const { return m_bits & bit(agency); }
    bool isEmpty() const { return m_bits == 0; }
    QList<Agency> toList() const;
    QString toString() const; // "AF,CSN"

    bool operator==(const AgencySet &other) const { return m_bits == other.m_bits; }

private:
    static unsigned bit(Agency agency) { return 1u << static_cast<unsigned>(agency); }
    unsigned m_bits = 0;
};

} // namespace ssbtek
