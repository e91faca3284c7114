#pragma once
// A closed range of days, as SSBTEK asks about (fromDatum..tomDatum).

#include <QDate>
#include <QString>

namespace ssbtek {

struct Period
{
    QDate from;
    QDate to;

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    bool contains(QDate day) const { return isValid() && day >= from && day <= to; }
    qint64 days() const { return isValid() ? from.daysTo(to) + 1 : 0; }
    // LEFI refuses periods longer than two years without a contractual exception.
    bool exceedsTwoYears() const { return isValid() && to > from.addYears(2).addDays(-1); }

    // Presets offered to caseworkers, relative to `today`.
    static Period thisMonth(QDate today);
    static Period lastMonths(int months, QDate today); // whole months before this one
    static Period parse(QStringView from, QStringView to); // ISO dates; invalid when either is

    QString toString() const; // "2026-01-01 – 2026-03-31"

    bool operator==(const Period &other) const { return from == other.from && to == other.to; }
};

} // namespace ssbtek
