#include "view.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ssbtek::presentation {

namespace {

using K = Column::Kind;

} // namespace

// A money cell: öre when exact, the Amount itself when it could not be read, empty when absent.
QVariant moneyCell(const Amount &m)
{
    if (const auto exact = m.exact())
        return QVariant::fromValue(exact->ore());
    return m.isUnreadable() ? QVariant::fromValue(m) : QVariant();
}

// A sum's cell: öre when complete, the Total when something could not be added.
QVariant moneyCell(const Total &t)
{
    if (const auto exact = t.exact())
        return QVariant::fromValue(exact->ore());
    return QVariant::fromValue(t);
}

QVariant dateCell(QDate d)
{
    return d.isValid() ? QVariant(d) : QVariant();
}

QString yesNoText(std::optional<bool> b)
{
    return !b ? Presentation::tr("not stated") : *b ? Presentation::tr("yes") : Presentation::tr("no");
}

QString periodText(const QString &from, const QString &to)
{
    if (from.isEmpty() && to.isEmpty())
        return {};
    return from + u" – "_s + to;
}

QString cellText(const QVariant &cell, const Column &column)
{
    return cell.isValid() && !cell.isNull() ? cellText(cell, column.kind) : column.missingText;
}

QString amountText(const Amount &amount)
{
    if (const auto exact = amount.exact())
        return exact->toDisplayString();
    if (amount.isUnreadable()) {
        const QString raw = amount.raw().simplified();
        return Presentation::tr("could not be read: “%1”").arg(raw.size() > 40 ? raw.left(39) + u'…' : raw);
    }
    return {};
}

QString totalText(const Total &total)
{
    if (total.overflowed())
        return Presentation::tr("could not be summed (out of range)");
    if (total.unreadable() > 0 && total.exactCount() == 0)
        return Presentation::tr("unknown: %n amount(s) could not be read", nullptr, total.unreadable());
    if (total.unreadable() > 0)
        return Presentation::tr("%1 (incomplete: %n amount(s) could not be read)", nullptr, total.unreadable())
            .arg(total.sum().toDisplayString());
    return total.sum().toDisplayString();
}

void addCell(Total &sum, const QVariant &cell)
{
    if (!cell.isValid() || cell.isNull())
        return;
    if (cell.metaType() == QMetaType::fromType<Amount>())
        sum.add(cell.value<Amount>());
    else if (cell.metaType() == QMetaType::fromType<Total>())
        sum.add(cell.value<Total>());
    else
        sum.add(Money::fromOre(cell.toLongLong()));
}

QString cellText(const QVariant &cell, Column::Kind kind)
{
    if (!cell.isValid() || cell.isNull())
        return {};
    if (cell.metaType() == QMetaType::fromType<Amount>())
        return amountText(cell.value<Amount>());
    if (cell.metaType() == QMetaType::fromType<Total>())
        return totalText(cell.value<Total>());
    switch (kind) {
    case K::Money:
        return Money::fromOre(cell.toLongLong()).toDisplayString();
    case K::Date:
        return cell.toDate().toString(Qt::ISODate);
    case K::Number:
        return QString::number(cell.toLongLong());
    case K::Text:
        break;
    }
    return cell.toString();
}

QString incomeSourceName(IncomeSource source)
{
    switch (source) {
    case IncomeSource::Forsakringskassan:
        return u"Försäkringskassan"_s;
    case IncomeSource::Pensionsmyndigheten:
        return u"Pensionsmyndigheten"_s;
    case IncomeSource::Akassa:
        return Presentation::tr("A-kassa");
    case IncomeSource::Csn:
        return u"CSN"_s;
    }
    return {};
}

} // namespace ssbtek::presentation
