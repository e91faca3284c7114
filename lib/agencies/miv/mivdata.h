#pragma once
// Migrationsverket: residence and work permit decisions.

#include <QDate>
#include <QList>
#include <QString>

namespace ssbtek {

struct PermitDecision
{
    QString caseType, caseTypeName; // arendeTyp(Namn), e.g. UAT
    QString decisionCode, decisionName; // beslutsKod(Namn), e.g. BEV
    QString permitType, permitTypeName; // beslutsTyp(Namn), e.g. PUT
    QString reason, reasonName; // anledning(Namn)
    QDate applied; // ansokningsdatum
    QDate decided; // beslutsdatum
    QString validity; // giltighetstid: PERMANENT | TIDBEGRANSAT
    QDate validFrom; // fromDatum
    QDate validTo; // tomDatum

    bool isPermanent() const { return validity == QLatin1String("PERMANENT"); }
};

struct MivData
{
    QString firstName, lastName;
    QString homeCountry; // hemland
    QDate entryDate; // inresedatum
    QList<PermitDecision> permits;
};

} // namespace ssbtek
