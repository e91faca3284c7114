#pragma once
// An amount as an agency sent it: absent, exact (whole öre), or text that is not an exact
// amount in öre — kept as received, and never shown, summed or written as zero or as nothing.
// Total sums amounts and says what it could not add.

#include "money.h"

#include <QMetaType>
#include <QString>

#include <optional>

namespace ssbtek {

class Amount
{
public:
    enum class State { Absent, Exact, Unreadable };

    Amount() = default; // absent
    Amount(Money exact)
        : m_state(State::Exact)
        , m_money(exact)
    {
    }
    static Amount unreadable(QString raw);

    // xs:decimal as the schemas allow it: white space around it (collapsed), a sign, leading
    // zeros, no fraction or any fraction whose digits beyond öre are zeros. Anything else —
    // other text, a non-zero digit beyond öre (never rounded), a value beyond 64-bit öre — is
    // unreadable, with the text kept.
    static Amount fromDecimal(QStringView text);
    // A JSON number (RFC 8259) as written, exponent included: "1.5E3" is 1500.00.
    static Amount fromJsonNumber(QStringView token);

    State state() const { return m_state; }
    bool isAbsent() const { return m_state == State::Absent; }
    bool isExact() const { return m_state == State::Exact; }
    bool isUnreadable() const { return m_state == State::Unreadable; }
    std::optional<Money> exact() const { return isExact() ? std::optional<Money>(m_money) : std::nullopt; }
    const QString &raw() const { return m_raw; } // the text received, for an unreadable amount

    bool operator==(const Amount &other) const
    {
        return m_state == other.m_state && m_money == other.m_money && m_raw == other.m_raw;
    }
    bool operator!=(const Amount &other) const { return !(*this == other); }

private:
    State m_state = State::Absent;
    Money m_money;
    QString m_raw;
};

} // namespace ssbtek

// Moved in memory as bytes (its members are): lists of amounts, and of the payments that hold
// them, grow without copying each element.
Q_DECLARE_TYPEINFO(ssbtek::Amount, Q_RELOCATABLE_TYPE);

namespace ssbtek {

// Decimal text to whole öre, exactly; nullopt when it is not of the form, not whole öre, or
// out of range. `json`: JSON's number form (no '+', no bare '.', exponents) instead of
// xs:decimal's (a sign, ".5" and "5." allowed, surrounding XML white space).
std::optional<Money> exactOre(QStringView text, bool json);

// A sum that says what it left out: amounts that could not be read, and an overflow (a sum
// beyond what 64-bit öre hold is unknown, never wrapped round).
class Total
{
public:
    void add(const Amount &amount);
    void add(Money money);
    void add(const Total &other);

    Money sum() const { return m_sum; } // of the exact amounts; meaningless after an overflow
    int exactCount() const { return m_exact; } // how many exact amounts the sum holds
    int unreadable() const { return m_unreadable; }
    bool overflowed() const { return m_overflow; }
    bool complete() const { return m_unreadable == 0 && !m_overflow; }
    // The sum, when it is complete.
    std::optional<Money> exact() const { return complete() ? std::optional<Money>(m_sum) : std::nullopt; }

    bool operator==(const Total &other) const
    {
        return m_sum == other.m_sum && m_exact == other.m_exact && m_unreadable == other.m_unreadable
            && m_overflow == other.m_overflow;
    }

private:
    Money m_sum;
    int m_exact = 0;
    int m_unreadable = 0;
    bool m_overflow = false;
};

// Checked arithmetic: nullopt where 64-bit öre overflow.
std::optional<Money> checkedAdd(Money a, Money b);
std::optional<Money> checkedSubtract(Money a, Money b);

} // namespace ssbtek

Q_DECLARE_METATYPE(ssbtek::Amount)
Q_DECLARE_METATYPE(ssbtek::Total)
