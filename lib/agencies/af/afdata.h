#pragma once
// Arbetsförmedlingen: job-seeker registration, activity-report status, economic decisions.

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace ssbtek {

struct ActivityReportStatus
{
    QString code; // AktivitetsRapportMeddelande: 200, 500, 501, 502 (as text)
    QDate latestDate; // SenasteAktivitetsRapportDatum
};

struct EconomicDecision
{
    QString compensationType; // ErsattningTyp
    std::optional<int> extentPercent;
    QDate from;
    QDate to;
};

struct AfData
{
    QString firstName;
    QString lastName;
    std::optional<bool> protectedIdentity; // Sekretessmarkering
    std::optional<bool> registered; // Arbetssokande
    QString category; // ArbetssokandeSKAT
    QDate registeredFrom; // ArbetssokandeRegistrerad
    std::optional<int> extentPercent; // ArbetssokandeOmfattning
    QDate deregistered; // ArbetssokandeAvaktualiserad
    std::optional<ActivityReportStatus> activityReport;
    QList<EconomicDecision> decisions;
    QString unemploymentFund; // Akassetillhorighet
    std::optional<int> statusCode; // StatusSokandeinformationKod; 0 = handled normally
    QString statusText;
};

} // namespace ssbtek
