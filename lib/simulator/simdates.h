#pragma once
// Dates in the test-person catalogue, relative to "today" so the data never goes stale:
// "@M-1:25" the 25th of last month (day clamped to the month), "@D-10" ten days ago,
// "@Y-2" 1 January two years ago, "@Y+1" one year from today; ISO dates as they are.

#include <QDate>
#include <QList>
#include <QString>

namespace ssbtek::sim {

QDate resolveDate(const QString &spec, QDate today); // invalid for "0", "" and junk
QString isoDate(const QString &spec, QDate today); // resolved, as YYYY-MM-DD ("" when invalid)

// The latest `months` paydays on `day` of the month (clamped to its length) up to and including
// `today`, oldest first: a monthly payer has always paid `months` times, whatever day it is.
QList<QDate> monthlyPaydays(int months, int day, QDate today);

} // namespace ssbtek::sim
