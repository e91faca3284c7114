#pragma once
// Skatteverket: v10 a taxation document (capital income per year); v11 up to five parts,
// each with its own data or error.

#include "core/amount.h"
#include "domain/agencyerror.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace ssbtek {

struct SkvCapitalRecord
{
    QString taxationYear; // Taxeringsar
    Amount income; // SummaIntakterPaKapital
    Amount surplus; // OverskottPaKapital
};

struct SkvPart
{
    QString name; // foretagsinformation | individuppgifter | skattekonto | skatteuppgifter | beskattningsbilagor
    QString identity; // whom the part is about, as sent: identitet | kontohavare | personnummer | foretag.foretagId
    QString personName; // namn, or fornamn and efternamn, where the part names the person
    std::optional<AgencyError> error;
    QList<QPair<QString, QString>> fields; // every value in the part's JSON, path → value
    QByteArray json; // decoded, for IT staff
};

struct SkvData
{
    bool perPart = false; // v11
    QString personnummer; // v10 IdentitetsbeteckningFysiskPerson: whom the document is about
    QString firstName, lastName; // v10 Fornamn, Efternamn
    QString statusCode; // v10 StatusPersonuppgiftKod
    QList<SkvCapitalRecord> capital;
    QList<SkvPart> parts;

    // Whom the data is about: v10's person, or each part's identity (distinct, as sent).
    QStringList identities() const;
};

} // namespace ssbtek
