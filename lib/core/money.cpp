#include "money.h"

using namespace Qt::StringLiterals;

namespace ssbtek {

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
