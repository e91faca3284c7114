#pragma once
// An exact amount in SEK, held as whole öre. Amounts never pass through floating point.

#include <QString>
#include <QtGlobal>

namespace ssbtek {

class Money
{
public:
    Money() = default;
    static Money fromOre(qint64 ore) { return Money(ore); }
    static Money fromKronor(qint64 kronor) { return Money(kronor * 100); }

    qint64 ore() const { return m_ore; }
    QString toDecimalString() const; // "1234.50", "-0.05": for files and JSON
    // The same text written backwards so that it ends just before `end`, with no allocation (the
    // JSON writer's thousands of amounts); returns where it starts. Needs DecimalMax bytes.
    static constexpr int DecimalMax = 24;
    char *decimalBefore(char *end) const;
    QString toDisplayString() const; // "1 234,50 kr": for people (Swedish grouping)

    Money operator+(Money other) const { return Money(m_ore + other.m_ore); }
    Money operator-(Money other) const { return Money(m_ore - other.m_ore); }
    Money &operator+=(Money other)
    {
        m_ore += other.m_ore;
        return *this;
    }
    bool operator==(Money other) const { return m_ore == other.m_ore; }
    bool operator!=(Money other) const { return m_ore != other.m_ore; }
    bool operator<(Money other) const { return m_ore < other.m_ore; }

private:
    explicit Money(qint64 ore)
        : m_ore(ore)
    {
    }
    qint64 m_ore = 0;
};

} // namespace ssbtek
