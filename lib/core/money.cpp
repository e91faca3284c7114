#include "money.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace ssbtek {

std::optional<Money> Money::parse(QStringView text)
{
    const QStringView s = text.trimmed();
    if (s.isEmpty())
        return std::nullopt;
    qsizetype i = 0;
    bool negative = false;
    if (s.at(0) == u'-' || s.at(0) == u'+') {
        negative = s.at(0) == u'-';
        ++i;
    }
    constexpr qint64 limit = std::numeric_limits<qint64>::max() / 1000;
    qint64 kronor = 0;
    int integerDigits = 0;
    for (; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c >= u'0' && c <= u'9') {
            kronor = kronor * 10 + c.digitValue();
            if (kronor > limit)
                return std::nullopt;
            ++integerDigits;
        } else if (c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F)) {
            continue; // digit grouping as people write it
        } else {
            break;
        }
    }
    qint64 ore = 0;
    if (i < s.size()) {
        if (s.at(i) != u'.' && s.at(i) != u',')
            return std::nullopt;
        const QStringView decimals = s.mid(i + 1);
        if (decimals.isEmpty() || decimals.size() > 2)
            return std::nullopt;
        for (QChar c : decimals) {
            if (c < u'0' || c > u'9')
                return std::nullopt;
        }
        ore = decimals.toInt() * (decimals.size() == 1 ? 10 : 1);
    } else if (integerDigits == 0) {
        return std::nullopt;
    }
    const qint64 total = kronor * 100 + ore;
    return Money(negative ? -total : total);
}

QString Money::toDecimalString() const
{
    const qint64 magnitude = m_ore < 0 ? -m_ore : m_ore;
    return (m_ore < 0 ? u"-"_s : QString()) + QString::number(magnitude / 100) + u'.'
        + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
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
