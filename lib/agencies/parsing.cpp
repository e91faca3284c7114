#include "parsing.h"

#include "jsonview.h"

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

QJsonValue value(const QJsonValue &o, std::initializer_list<std::string_view> keys)
{
    const QJsonObject object = o.toObject();
    for (std::string_view k : keys) {
        const auto it = object.constFind(QLatin1StringView(k.data(), qsizetype(k.size())));
        if (it != object.constEnd())
            return *it;
    }
    return QJsonValue(QJsonValue::Undefined);
}

JsonView value(const JsonView &o, std::initializer_list<std::string_view> keys)
{
    for (std::string_view k : keys) {
        const JsonView v = o.value(k);
        if (!v.isUndefined())
            return v;
    }
    return {};
}

QVarLengthArray<JsonView, 8> array(const JsonView &v)
{
    QVarLengthArray<JsonView, 8> out;
    if (v.isArray())
        v.forEachElement([&out](const JsonView &e) { out.append(e); });
    else if (v.isObject())
        out.append(v);
    return out;
}

namespace {

    // One reading of amounts, codes and texts for both kinds of JSON value.
    template<typename V>
    QString stringOf(const V &v)
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

    template<typename V>
    std::optional<Money> moneyOf(const V &v)
    {
        if (v.isObject())
            return moneyOf(value(v, { "summa" }));
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

    template<typename V>
    QString codeOf(const V &v)
    {
        return v.isObject() ? stringOf(value(v, { "id", "kod" })) : stringOf(v);
    }

    template<typename V>
    QString descriptionOf(const V &v)
    {
        return v.isObject() ? stringOf(value(v, { "beskrivning", "namn" })) : QString();
    }

} // namespace

std::optional<Money> money(const QJsonValue &v)
{
    return moneyOf(v);
}

std::optional<Money> money(const JsonView &v)
{
    return moneyOf(v);
}

QString code(const QJsonValue &v)
{
    return codeOf(v);
}

QString code(const JsonView &v)
{
    return codeOf(v);
}

QString description(const QJsonValue &v)
{
    return descriptionOf(v);
}

QString description(const JsonView &v)
{
    return descriptionOf(v);
}

QString string(const QJsonValue &v)
{
    return stringOf(v);
}

QString string(const JsonView &v)
{
    return stringOf(v);
}

} // namespace ssbtek::parsing
