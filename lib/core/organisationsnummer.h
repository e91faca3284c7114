#pragma once
// A Swedish organisation number: typed as NNNNNN-NNNN (or 10 digits, or the 12-digit
// "16…" form SSBTEK uses on the wire).

#include "expected.h"

#include <QString>

namespace ssbtek {

class Organisationsnummer
{
public:
    enum class Error {
        Empty,
        BadCharacters,
        BadLength, // not 10 digits (or 12 starting with 16)
        NotLegalEntity, // third digit below 2: that is a personal identity number
        BadChecksum,
    };

    static Expected<Organisationsnummer, Error> parse(QStringView input);
    static QString errorText(Error error);

    QString digits() const { return m_digits; } // 10 digits
    QString wire() const { return QStringLiteral("16") + m_digits; } // 12 digits, as the contract wants
    QString display() const { return m_digits.left(6) + u'-' + m_digits.mid(6); }

    bool operator==(const Organisationsnummer &other) const { return m_digits == other.m_digits; }

private:
    Organisationsnummer() = default;
    QString m_digits;
};

} // namespace ssbtek
