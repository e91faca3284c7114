#pragma once
// A Swedish personal identity number or coordination number (samordningsnummer), parsed
// from the forms people type and formatted for the wire (12 digits) and for people.

#include "expected.h"

#include "core/clock.h"
#include <QDate>
#include <QString>

namespace ssbtek {

class Personnummer
{
public:
    enum class Error {
        Empty,
        BadCharacters, // something other than digits, one '-' or one '+'
        BadLength, // not 10 or 12 digits
        BadDate, // no such date (also a coordination day that maps to none)
        FutureDate, // born after the reference date
        BadChecksum, // the last digit is not the Luhn check digit
    };

    // Accepts YYMMDD-NNNN, YYMMDD+NNNN (100 years or older), YYMMDDNNNN, YYYYMMDD-NNNN and
    // YYYYMMDDNNNN, surrounding spaces ignored. Ten-digit forms are resolved against
    // `reference` (today, normally).
    static Expected<Personnummer, Error> parse(QStringView input, QDate reference = clock::today());
    // A sentence for the person who typed it.
    static QString errorText(Error error);

    QString wire() const { return m_digits; } // YYYYMMDDNNNN
    QString display() const; // YYYYMMDD-NNNN
    QDate birthDate() const { return m_birthDate; }
    bool isCoordinationNumber() const { return m_coordination; }

    bool operator==(const Personnummer &other) const { return m_digits == other.m_digits; }
    bool operator!=(const Personnummer &other) const { return !(*this == other); }

private:
    Personnummer() = default;
    QString m_digits;
    QDate m_birthDate;
    bool m_coordination = false;
};

} // namespace ssbtek
