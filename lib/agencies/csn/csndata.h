#pragma once
// CSN: study support cases per kind, with applied and granted periods and payment plans.

#include "core/amount.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace ssbtek {

enum class StudySupportKind { Studiemedel, Studiehjalp, Studiestartsstod, Omstallningsstudiestod, Hemutrustningslan };
QString studySupportKindName(StudySupportKind kind);

struct CsnAmount
{
    QString type; // beloppstyp, e.g. GRUNDB
    QString text; // klartext
    Amount amount;
    Amount total;
};

struct CsnAppliedPeriod
{
    QDate from, to;
    QString pace; // takt in percent
    bool loanApplied = false;
};

struct CsnGrantedPeriod
{
    QString startWeek, endWeek; // yyyyWW as sent
    QString pace;
    QList<CsnAmount> amounts;
    Amount total;
};

struct CsnPayment
{
    QDate date; // utbetdatum (invalid: not decided yet)
    QString status; // Utbetald | Planerad | UTBETALAD (both spellings occur)
    Amount total;
    bool isPaid() const
    {
        return status.compare(QLatin1String("utbetald"), Qt::CaseInsensitive) == 0
            || status.compare(QLatin1String("utbetalad"), Qt::CaseInsensitive) == 0;
    }
};

struct CsnCase
{
    StudySupportKind kind = StudySupportKind::Studiemedel;
    QString number; // lopnummer
    QString form; // stodform, e.g. GRUND
    QString text; // klartext
    QString status;
    QList<CsnAppliedPeriod> applied;
    QList<CsnGrantedPeriod> granted;
    QList<CsnPayment> payments;
};

struct CsnPerson
{
    QString personnummer; // 10 digits, as CSN sends
    QString century; // sekel
    bool hit = true; // Status "Ej träff" = not found
    QString protection; // sekretess
    QList<CsnCase> cases;
};

struct CsnData
{
    QString schemaVersion;
    QString resultCode; // ResultatKod; "0" = all fine
    QString resultText;
    QList<CsnPerson> persons;
};

} // namespace ssbtek
