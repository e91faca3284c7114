#pragma once
// The Luhn (mod 10) check digit used by personnummer and organisationsnummer.

#include <QStringView>

namespace ssbtek::luhn {

// The check digit for a run of ASCII digits (the digits before the check digit).
int checkDigit(QStringView digits);
// True when the last digit is the Luhn check digit of the others.
bool isValid(QStringView digitsWithCheck);

} // namespace ssbtek::luhn
