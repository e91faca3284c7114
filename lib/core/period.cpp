#include "period.h"

using namespace Qt::StringLiterals;

namespace ssbtek {

Period Period::thisMonth(QDate today)
{
    const QDate first(today.year(), today.month(), 1);
    return { first, first.addMonths(1).addDays(-1) };
}

Period Period::lastMonths(int months, QDate today)
{
    const QDate firstOfThisMonth(today.year(), today.month(), 1);
    return { firstOfThisMonth.addMonths(-months), firstOfThisMonth.addDays(-1) };
}

Period Period::parse(QStringView from, QStringView to)
{
    return { QDate::fromString(from.trimmed().toString(), Qt::ISODate),
        QDate::fromString(to.trimmed().toString(), Qt::ISODate) };
}

QString Period::toString() const
{
    return from.toString(Qt::ISODate) + u" – "_s + to.toString(Qt::ISODate);
}

} // namespace ssbtek
