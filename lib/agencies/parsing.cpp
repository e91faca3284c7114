#include "parsing.h"

#include "jsonnumbers.h"
#include "jsonview.h"

#include <limits>

using namespace Qt::StringLiterals;

#include "domain/xmltext.h"

namespace ssbtek::parsing {

namespace {

bool isXmlSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

// XML's collapsed white space: what is around the value goes.
QStringView collapsed(QStringView text)
{
    while (!text.isEmpty() && isXmlSpace(text.front()))
        text = text.mid(1);
    while (!text.isEmpty() && isXmlSpace(text.back()))
        text.chop(1);
    return text;
}

bool digitsAt(QStringView s, qsizetype at, qsizetype count)
{
    for (qsizetype i = at; i < at + count; ++i) {
        if (i >= s.size() || s.at(i) < u'0' || s.at(i) > u'9')
            return false;
    }
    return true;
}

} // namespace

QDate isoDate(QStringView text)
{
    const QStringView t = collapsed(text);
    if (t.size() < 10 || !digitsAt(t, 0, 4) || t.at(4) != u'-' || !digitsAt(t, 5, 2) || t.at(7) != u'-'
        || !digitsAt(t, 8, 2))
        return {};
    const QStringView rest = t.mid(10);
    const bool zone = rest.isEmpty() || rest == u"Z"
        || (rest.size() == 6 && (rest.at(0) == u'+' || rest.at(0) == u'-') && digitsAt(rest, 1, 2) && rest.at(3) == u':'
            && digitsAt(rest, 4, 2));
    const bool dateTime
        = !zone && rest.front() == u'T' && QDateTime::fromString(t.toString(), Qt::ISODateWithMs).isValid();
    if (!zone && !dateTime)
        return {};
    return QDate(t.left(4).toInt(), t.mid(5, 2).toInt(), t.mid(8, 2).toInt()); // invalid for 2026-02-30
}

QDate csnDate(QStringView text)
{
    const QStringView t = collapsed(text);
    if (t.size() != 8 || !digitsAt(t, 0, 8))
        return {};
    return QDate(t.left(4).toInt(), t.mid(4, 2).toInt(), t.mid(6, 2).toInt());
}

std::optional<bool> boolean(QStringView text)
{
    const QStringView t = collapsed(text);
    if (t == u"true" || t == u"1")
        return true;
    if (t == u"false" || t == u"0")
        return false;
    return std::nullopt;
}

std::optional<int> integer(QStringView text)
{
    const QStringView t = collapsed(text);
    qsizetype at = t.startsWith(u'+') || t.startsWith(u'-') ? 1 : 0;
    if (at == t.size() || !digitsAt(t, at, t.size() - at))
        return std::nullopt;
    qint64 value = 0;
    for (; at < t.size(); ++at) {
        value = value * 10 + t.at(at).digitValue();
        if (value > qint64(std::numeric_limits<int>::max()) + 1)
            return std::nullopt;
    }
    if (t.startsWith(u'-'))
        value = -value;
    if (value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max())
        return std::nullopt;
    return int(value);
}

QString text(QXmlStreamReader &xml)
{
    return readText(xml).trimmed();
}

Amount decimal(QXmlStreamReader &xml)
{
    return Amount::fromDecimal(readText(xml));
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

// A marked number's text (jsonnumbers.h), for either kind of value.
std::optional<QString> numberText(const QJsonValue &v)
{
    if (!v.isString())
        return std::nullopt;
    const QString s = v.toString();
    if (const auto n = markedNumber(QStringView(s)))
        return n->toString();
    return std::nullopt;
}

std::optional<QString> numberText(const JsonView &v)
{
    if (const auto n = markedNumber(v.utf8()))
        return QString::fromLatin1(n->data(), qsizetype(n->size()));
    return std::nullopt;
}

// One reading of amounts, codes and texts for both kinds of value.
template <typename V> QString stringOf(const V &v)
{
    if (auto n = numberText(v))
        return *n;
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    return {};
}

template <typename V> Amount moneyOf(const V &v)
{
    if (v.isUndefined() || v.isNull())
        return {};
    if (v.isObject())
        return moneyOf(value(v, { "summa" }));
    if (const auto n = numberText(v))
        return Amount::fromJsonNumber(*n);
    if (v.isString())
        return Amount::fromDecimal(v.toString());
    return Amount::unreadable(v.isBool() ? stringOf(v) : u"(not an amount)"_s);
}

template <typename V> std::optional<int> integerOf(const V &v)
{
    if (const auto n = numberText(v)) {
        const auto ore = exactOre(*n, true);
        if (!ore || ore->ore() % 100 != 0 || ore->ore() / 100 < std::numeric_limits<int>::min()
            || ore->ore() / 100 > std::numeric_limits<int>::max())
            return std::nullopt;
        return int(ore->ore() / 100);
    }
    if (v.isString())
        return integer(QStringView(v.toString()));
    return std::nullopt;
}

template <typename V> std::optional<bool> booleanOf(const V &v)
{
    if (v.isBool())
        return v.toBool();
    if (v.isString() && !numberText(v))
        return boolean(QStringView(v.toString()));
    return std::nullopt;
}

template <typename V> QString codeOf(const V &v)
{
    return v.isObject() ? stringOf(value(v, { "id", "kod" })) : stringOf(v);
}

template <typename V> QString descriptionOf(const V &v)
{
    return v.isObject() ? stringOf(value(v, { "beskrivning", "namn" })) : QString();
}

} // namespace

bool isNumber(const QJsonValue &v)
{
    return numberText(v).has_value();
}

bool isNumber(const JsonView &v)
{
    return numberText(v).has_value();
}

Amount money(const QJsonValue &v)
{
    return moneyOf(v);
}

Amount money(const JsonView &v)
{
    return moneyOf(v);
}

std::optional<int> integer(const QJsonValue &v)
{
    return integerOf(v);
}

std::optional<int> integer(const JsonView &v)
{
    return integerOf(v);
}

std::optional<bool> boolean(const QJsonValue &v)
{
    return booleanOf(v);
}

std::optional<bool> boolean(const JsonView &v)
{
    return booleanOf(v);
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
