#include "simdates.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ssbtek::sim {

QDate resolveDate(const QString &spec, QDate today)
{
    static const QRegularExpression relative(u"^@([DMY])([+-]\\d+)?(?::(\\d+))?$"_s);
    const auto m = relative.match(spec.trimmed());
    if (!m.hasMatch())
        return QDate::fromString(spec.trimmed().left(10), Qt::ISODate);
    const int amount = m.captured(2).isEmpty() ? 0 : m.captured(2).toInt();
    const QChar unit = m.captured(1).at(0);
    if (unit == u'D')
        return today.addDays(amount);
    if (unit == u'Y')
        return m.captured(2).startsWith(u'+') ? today.addYears(amount) : QDate(today.year() + amount, 1, 1);
    const QDate month = QDate(today.year(), today.month(), 1).addMonths(amount);
    const int day = m.captured(3).isEmpty() ? 1 : m.captured(3).toInt();
    return QDate(month.year(), month.month(), std::clamp(day, 1, month.daysInMonth()));
}

QString isoDate(const QString &spec, QDate today)
{
    const QDate d = resolveDate(spec, today);
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QList<QDate> monthlyPaydays(int months, int day, QDate today)
{
    auto payday
        = [day](QDate month) { return QDate(month.year(), month.month(), std::clamp(day, 1, month.daysInMonth())); };
    QDate month(today.year(), today.month(), 1);
    if (payday(month) > today)
        month = month.addMonths(-1); // this month's is still to come
    QList<QDate> days;
    for (int m = months - 1; m >= 0; --m)
        days.append(payday(month.addMonths(-m)));
    return days;
}

} // namespace ssbtek::sim
