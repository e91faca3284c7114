#include "personnummer.h"

#include "luhn.h"

#include <QCoreApplication>

namespace ssbtek {

namespace {

constexpr int CoordinationDayOffset = 60;

bool allDigits(QStringView s)
{
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

} // namespace

Expected<Personnummer, Personnummer::Error> Personnummer::parse(QStringView input, QDate reference)
{
    const QStringView text = input.trimmed();
    if (text.isEmpty())
        return unexpected(Error::Empty);

    // Split off one separator, which may only stand before the last four digits.
    QChar separator;
    QString digits;
    digits.reserve(12);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'-' || c == u'+') {
            if (!separator.isNull() || i != text.size() - 5)
                return unexpected(Error::BadCharacters);
            separator = c;
        } else if (c >= u'0' && c <= u'9') {
            digits.append(c);
        } else {
            return unexpected(Error::BadCharacters);
        }
    }
    if (digits.size() != 10 && digits.size() != 12)
        return unexpected(Error::BadLength);
    if (digits.size() == 12 && separator == u'+')
        return unexpected(Error::BadCharacters); // '+' only means something with a two-digit year

    const QStringView datePart = QStringView(digits).left(digits.size() - 4);
    const int yearDigits = digits.size() == 12 ? 4 : 2;
    const int year = datePart.left(yearDigits).toInt();
    const int month = datePart.mid(yearDigits, 2).toInt();
    int day = datePart.mid(yearDigits + 2, 2).toInt();
    const bool coordination = day > CoordinationDayOffset;
    if (coordination)
        day -= CoordinationDayOffset;

    QDate born;
    if (yearDigits == 4) {
        born = QDate(year, month, day);
        if (!born.isValid())
            return unexpected(Error::BadDate);
    } else {
        // The latest century that puts the birth date on or before the reference date;
        // '+' marks a person who has turned 100.
        int fullYear = reference.year() - (reference.year() % 100) + year;
        if (fullYear > reference.year())
            fullYear -= 100;
        born = QDate(fullYear, month, day);
        if (!born.isValid()) {
            // 29 February in a century year that is no leap year: try the century before.
            born = QDate(fullYear - 100, month, day);
            if (!born.isValid())
                return unexpected(Error::BadDate);
        }
        if (born > reference)
            born = born.addYears(-100);
        if (separator == u'+')
            born = born.addYears(-100);
        if (born.month() != month || born.day() != day)
            return unexpected(Error::BadDate); // 29 February moved into a non-leap year
        digits.prepend(QString::number(born.year() / 100));
    }
    if (born > reference)
        return unexpected(Error::FutureDate);

    Q_ASSERT(allDigits(digits) && digits.size() == 12);
    if (!luhn::isValid(QStringView(digits).mid(2)))
        return unexpected(Error::BadChecksum);

    Personnummer result;
    result.m_digits = digits;
    result.m_birthDate = born;
    result.m_coordination = coordination;
    return result;
}

QString Personnummer::display() const
{
    return m_digits.left(8) + u'-' + m_digits.mid(8);
}

QString Personnummer::errorText(Error error)
{
    switch (error) {
    case Error::Empty:
        return QCoreApplication::translate("Personnummer", "Enter a personal identity number.");
    case Error::BadCharacters:
        return QCoreApplication::translate("Personnummer", "Use only digits, with '-' or '+' before the last four.");
    case Error::BadLength:
        return QCoreApplication::translate("Personnummer", "A personal identity number has 10 or 12 digits.");
    case Error::BadDate:
        return QCoreApplication::translate("Personnummer", "The date in the number does not exist.");
    case Error::FutureDate:
        return QCoreApplication::translate("Personnummer", "The date in the number is in the future.");
    case Error::BadChecksum:
        return QCoreApplication::translate("Personnummer", "The check digit is wrong: look for a mistyped digit.");
    }
    return {};
}

} // namespace ssbtek
