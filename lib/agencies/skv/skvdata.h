#pragma once
// Skatteverket: v10 a taxation document (capital income per year); v11 up to five parts,
// each with its own data or error.

#include "core/amount.h"
#include "protocol/agencyerror.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace ssbtek {

struct SkvCapitalRecord
{
    QString taxationYear;          // Taxeringsar
    Amount income;   // SummaIntakterPaKapital
    Amount surplus;  // OverskottPaKapital
};

struct SkvPart
{
    QString name; // foretagsinformation | individuppgifter | skattekonto | skatteuppgifter | beskattningsbilagor
    std::optional<AgencyError> error;
    QList<QPair<QString, QString>> fields; // every value in the part's JSON, path → value
    QByteArray json;                        // decoded, for IT staff
};

struct SkvData
{
    bool perPart = false; // v11
    QString firstName, lastName;
    QString statusCode;   // v10 StatusPersonuppgiftKod
    QList<SkvCapitalRecord> capital;
    QList<SkvPart> parts;
};

} // namespace ssbtek
