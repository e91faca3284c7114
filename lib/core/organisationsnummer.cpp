#include "organisationsnummer.h"

#include "luhn.h"

#include <QCoreApplication>

namespace ssbtek {

Expected<Organisationsnummer, Organisationsnummer::Error> Organisationsnummer::parse(QStringView input)
{
    const QStringView text = input.trimmed();
    if (text.isEmpty())
        return unexpected(Error::Empty);
    QString digits;
    int hyphens = 0;
    for (const QChar c : text) {
        if (c >= u'0' && c <= u'9')
            digits.append(c);
        else if (c != u'-' || ++hyphens > 1)
            return unexpected(Error::BadCharacters);
    }
    if (digits.size() == 12 && digits.startsWith(u"16"))
        digits.remove(0, 2);
    if (digits.size() != 10)
        return unexpected(Error::BadLength);
    if (digits.at(2).digitValue() < 2)
        return unexpected(Error::NotLegalEntity);
    if (!luhn::isValid(digits))
        return unexpected(Error::BadChecksum);
    Organisationsnummer result;
    result.m_digits = digits;
    return result;
}

QString Organisationsnummer::errorText(Error error)
{
    switch (error) {
    case Error::Empty:
        return QCoreApplication::translate("Organisationsnummer", "Enter an organisation number.");
    case Error::BadCharacters:
        return QCoreApplication::translate("Organisationsnummer", "Use only digits, as NNNNNN-NNNN.");
    case Error::BadLength:
        return QCoreApplication::translate("Organisationsnummer", "An organisation number has 10 digits.");
    case Error::NotLegalEntity:
        return QCoreApplication::translate(
            "Organisationsnummer", "The third digit must be 2 or higher in an organisation number.");
    case Error::BadChecksum:
        return QCoreApplication::translate(
            "Organisationsnummer", "The check digit is wrong: look for a mistyped digit.");
    }
    return {};
}

} // namespace ssbtek
