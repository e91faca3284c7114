#pragma once
// Transportstyrelsen: vehicles registered to the person.

#include <QList>
#include <QString>

namespace ssbtek {

struct VehicleHolding
{
    QString registrationNumber; // regnr
    QString make; // fabrikat (may also hold the model)
    QString vehicleYear; // fordonsar: model year, else manufacturing, else first registration
    QString kind; // fordonsslag, e.g. PERSONBIL
    QString model; // handelsbeteckning
};

struct TnsError
{
    int code = 0;
    QString text;
};

struct TnsData
{
    QString result; // resultat: OK | FEL
    QList<VehicleHolding> vehicles;
    QList<TnsError> errors;
    bool ok() const { return result == QLatin1String("OK"); }
};

} // namespace ssbtek
