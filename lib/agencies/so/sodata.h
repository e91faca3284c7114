#pragma once
// Sveriges a-kassor: unemployment-benefit payments per a-kassa.

#include "core/amount.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace ssbtek {

struct UnemploymentPayment
{
    QDate paid; // Utbetalningsdatum
    Amount netAfterTax; // NettoEfterSkatt
    Amount netAfterDeductions; // NettoEfterAvdrag
    QString days; // Ersattningsdagar (a decimal, as sent)
    QDate from, to; // AvserFrom, AvserTom
};

struct Suspension
{
    QDate from, to;
};

struct UnemploymentFundAnswer
{
    QString fund; // SvarandeOrganisation
    QString status; // StatusSvarandeOrganisation (free text)
    QList<UnemploymentPayment> payments;
    QList<Suspension> suspensions;
    std::optional<QDate> entitlementDecided; // BeslutOmRattTillErsattning (nil: not decided)
    bool hasApplication = false; // AnsoktOmErsattning present
    std::optional<bool> paymentApplicationSubmitted; // AnsokanOmUtbetalningInlamnad
};

struct SoData
{
    QList<UnemploymentFundAnswer> funds;
};

} // namespace ssbtek
