#include "money.h"

using namespace Qt::StringLiterals;

namespace ssbtek {

char *Money::decimalBefore(char *end) const
{
    quint64 magnitude = m_ore < 0 ? quint64(0) - quint64(m_ore) : quint64(m_ore);
    char *p = end;
    *--p = char('0' + magnitude % 10);
    *--p = char('0' + magnitude / 10 % 10);
    *--p = '.';
    magnitude /= 100;
    do {
        *--p = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    if (m_ore < 0)
        *--p = '-';
    return p;
}

QString Money::toDecimalString() const
{
    char text[DecimalMax];
    const char *start = decimalBefore(text + DecimalMax);
    return QString::fromLatin1(start, text + DecimalMax - start);
}

QString Money::toDisplayString() const
{
    const qint64 magnitude = m_ore < 0 ? -m_ore : m_ore;
    QString kronor = QString::number(magnitude / 100);
    for (qsizetype pos = kronor.size() - 3; pos > 0; pos -= 3)
        kronor.insert(pos, QChar(0x00A0));
    return (m_ore < 0 ? u"−"_s : QString()) + kronor + u','
        + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0')) + u"\u00A0kr"_s;
}

} // namespace ssbtek
