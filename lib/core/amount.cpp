#include "amount.h"

#include <limits>

namespace ssbtek {

namespace {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isXmlSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

// The digits from `at` on; `at` moves past them.
QStringView digitsFrom(QStringView s, qsizetype &at)
{
    const qsizetype begin = at;
    while (at < s.size() && isDigit(s.at(at)))
        ++at;
    return s.mid(begin, at - begin);
}

// The value ±0.DIGITS × 10^point, in whole öre: DIGITS without leading zeros, `point` the
// position of the decimal point (after shifting by the exponent and by two for öre).
std::optional<Money> toOre(bool negative, QString digits, qint64 point)
{
    qsizetype lead = 0;
    while (lead < digits.size() && digits.at(lead) == u'0')
        ++lead;
    if (lead == digits.size())
        return Money(); // zero, however written
    digits.remove(0, lead);
    point -= lead;
    qsizetype end = digits.size();
    while (end > 0 && digits.at(end - 1) == u'0')
        --end;
    digits.truncate(end);
    if (digits.size() > point)
        return std::nullopt; // a non-zero digit beyond öre: never rounded
    if (point > 19)
        return std::nullopt; // beyond 64-bit öre
    qint64 ore = 0;
    for (qsizetype i = 0; i < point; ++i) {
        const int digit = i < digits.size() ? digits.at(i).digitValue() : 0;
        if (__builtin_mul_overflow(ore, qint64(10), &ore) || __builtin_add_overflow(ore, qint64(digit), &ore))
            return std::nullopt;
    }
    return Money::fromOre(negative ? -ore : ore);
}

} // namespace

std::optional<Money> exactOre(QStringView text, bool json)
{
    QStringView s = text;
    if (!json) { // xs:decimal's white space is collapsed: only around the value
        while (!s.isEmpty() && isXmlSpace(s.front()))
            s = s.mid(1);
        while (!s.isEmpty() && isXmlSpace(s.back()))
            s.chop(1);
    }
    qsizetype at = 0;
    bool negative = false;
    if (at < s.size() && (s.at(at) == u'-' || (!json && s.at(at) == u'+'))) {
        negative = s.at(at) == u'-';
        ++at;
    }
    const QStringView whole = digitsFrom(s, at);
    QStringView fraction;
    bool point = false;
    if (at < s.size() && s.at(at) == u'.') {
        point = true;
        ++at;
        fraction = digitsFrom(s, at);
    }
    if (whole.isEmpty() && fraction.isEmpty())
        return std::nullopt;
    if (json && (whole.isEmpty() || (point && fraction.isEmpty()) || (whole.size() > 1 && whole.front() == u'0')))
        return std::nullopt; // JSON: "0" or a digit 1-9 first, and digits after a point
    qint64 exponent = 0;
    if (json && at < s.size() && (s.at(at) == u'e' || s.at(at) == u'E')) {
        ++at;
        bool negativeExponent = false;
        if (at < s.size() && (s.at(at) == u'+' || s.at(at) == u'-')) {
            negativeExponent = s.at(at) == u'-';
            ++at;
        }
        const QStringView e = digitsFrom(s, at);
        if (e.isEmpty())
            return std::nullopt;
        for (QChar c : e) // saturates far beyond any amount: the result is then out of range or zero
            exponent = std::min<qint64>(exponent * 10 + c.digitValue(), qint64(1) << 40);
        if (negativeExponent)
            exponent = -exponent;
    }
    if (at != s.size())
        return std::nullopt;
    return toOre(negative, whole.toString() + fraction.toString(), whole.size() + exponent + 2);
}

Amount Amount::unreadable(QString raw)
{
    Amount a;
    a.m_state = State::Unreadable;
    a.m_raw = std::move(raw);
    return a;
}

Amount Amount::fromDecimal(QStringView text)
{
    if (const auto ore = exactOre(text, false))
        return *ore;
    return unreadable(text.toString());
}

Amount Amount::fromJsonNumber(QStringView token)
{
    if (const auto ore = exactOre(token, true))
        return *ore;
    return unreadable(token.toString());
}

std::optional<Money> checkedAdd(Money a, Money b)
{
    qint64 sum = 0;
    if (__builtin_add_overflow(a.ore(), b.ore(), &sum))
        return std::nullopt;
    return Money::fromOre(sum);
}

std::optional<Money> checkedSubtract(Money a, Money b)
{
    qint64 difference = 0;
    if (__builtin_sub_overflow(a.ore(), b.ore(), &difference))
        return std::nullopt;
    return Money::fromOre(difference);
}

void Total::add(Money money)
{
    ++m_exact;
    if (const auto sum = checkedAdd(m_sum, money))
        m_sum = *sum;
    else
        m_overflow = true;
}

void Total::add(const Amount &amount)
{
    if (amount.isUnreadable())
        ++m_unreadable;
    else if (const auto exact = amount.exact())
        add(*exact);
}

void Total::add(const Total &other)
{
    if (const auto sum = checkedAdd(m_sum, other.m_sum))
        m_sum = *sum;
    else
        m_overflow = true;
    m_exact += other.m_exact;
    m_unreadable += other.m_unreadable;
    m_overflow = m_overflow || other.m_overflow;
}

} // namespace ssbtek
