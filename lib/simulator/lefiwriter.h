#pragma once
// The LEFI answer JSON the simulator puts (base64) in the FK part, made from a test
// person's FK entry: providers, deviations, monthly and daily payments, advance payment
// notices, JOB days, pension holdings, Pensionsmyndigheten's payments, person information.

#include <QByteArray>
#include <QDate>
#include <QJsonObject>

namespace ssbtek::sim {

struct LefiRequestWindow
{
    QDate from, to; // the period asked about; effected payments outside it are left out
    QDate today;
};

QByteArray lefiAnswer(const QJsonObject &fk, const QString &personnummer, const LefiRequestWindow &window);

} // namespace ssbtek::sim
