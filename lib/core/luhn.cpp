#include "luhn.h"

namespace ssbtek::luhn {

int checkDigit(QStringView digits)
{
    int sum = 0;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        int d = digits.at(i).digitValue();
        if (i % 2 == 0) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return (10 - sum % 10) % 10;
}

bool isValid(QStringView digitsWithCheck)
{
    if (digitsWithCheck.size() < 2)
        return false;
    return checkDigit(digitsWithCheck.chopped(1)) == digitsWithCheck.last().digitValue();
}

} // namespace ssbtek::luhn
