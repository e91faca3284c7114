#include "parsing.h"

#include <cmath>

using namespace Qt::StringLiterals;

#include "protocol/xmltext.h"

namespace ssbtek::parsing {

QDate isoDate(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.size() < 10)
        return {};
    return QDate::fromString(t.left(10).toString(), Qt::ISODate);
}

QDate csnDate(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.size() != 8)
        return {};
    return QDate::fromString(t.toString(), u"yyyyMMdd"_s);
}

std::optional<bool> boolean(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t == u"true" || t == u"1")
        return true;
    if (t == u"false" || t == u"0")
        return false;
    return std::nullopt;
}

std::optional<int> integer(QStringView text)
{
    bool ok = false;
    const int v = text.trimmed().toInt(&ok);
    return ok ? std::optional<int>(v) : std::nullopt;
}

QString text(QXmlStreamReader &xml)
{
    return readText(xml).trimmed();
}

QJsonValue value(const QJsonObject &o, std::initializer_list<QStringView> keys)
{
    for (QStringView k : keys) {
        const auto it = o.constFind(k);
        if (it != o.constEnd())
            return *it;
    }
    return QJsonValue(QJsonValue::Undefined);
}

QJsonArray array(const QJsonValue &v)
{
    if (v.isArray())
        return v.toArray();
    if (v.isObject())
        return QJsonArray { v };
    return {};
}

std::optional<Money> money(const QJsonValue &v)
{
    if (v.isObject())
        return money(v.toObject().value(u"summa"));
    if (v.isDouble()) {
        const double ore = std::round(v.toDouble() * 100.0);
        if (!std::isfinite(ore) || std::fabs(ore) > 9e15)
            return std::nullopt;
        return Money::fromOre(qint64(ore));
    }
    if (v.isString())
        return Money::parse(v.toString());
    return std::nullopt;
}

QString code(const QJsonValue &v)
{
    if (v.isObject()) {
        const QJsonValue c = value(v.toObject(), { u"id", u"kod" });
        return string(c);
    }
    return string(v);
}

QString description(const QJsonValue &v)
{
    if (!v.isObject())
        return {};
    return string(value(v.toObject(), { u"beskrivning", u"namn" }));
}

QString string(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == std::floor(d) && std::fabs(d) < 1e15 ? QString::number(qint64(d)) : QString::number(d);
    }
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    return {};
}

} // namespace ssbtek::parsing
