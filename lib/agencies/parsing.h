#pragma once
// Small, lenient readers shared by the agency parsers: dates with zone suffixes, CSN's
// yyyyMMdd with "0" for unset, amounts as numbers or strings, JSON keys in either casing,
// object-or-array values. The real service is loose; these accept what it sends.

#include "core/money.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QXmlStreamReader>

#include <QSet>
#include <QVarLengthArray>

#include <optional>
#include <string_view>

namespace ssbtek::parsing {

class JsonView; // jsonview.h: a value parsed by simdjson, kept out of the other parsers' headers

// "2016-11-18", "2016-11-18+01:00", "2016-11-18T00:00:00Z": the first ten characters.
QDate isoDate(QStringView text);
// CSN's yyyyMMdd; "0", "" and anything else invalid give an invalid date.
QDate csnDate(QStringView text);
std::optional<bool> boolean(QStringView text); // "true"/"false"/"1"/"0"
std::optional<int> integer(QStringView text);

// The text of the current element (children's text included), trimmed; consumes it.
QString text(QXmlStreamReader &xml);

// JSON: the value at the first of `keys` present (casing varies between providers).
QJsonValue value(const QJsonObject &o, std::initializer_list<QStringView> keys);
// An array as is, a single object as an array of one, anything else as empty.
QJsonArray array(const QJsonValue &v);
// Amounts: a number (rounded to öre; at most two decimals arrive), a numeric string, or a
// LefiBelopp object {"summa": …}. nullopt when absent or not an amount.
std::optional<Money> money(const QJsonValue &v);
// A code object's code: {"id": 101} or {"id": "SJP"} or {"kod": "PM:AP"}; a plain string as is.
QString code(const QJsonValue &v);
QString description(const QJsonValue &v); // "beskrivning" (or "namn")
QString string(const QJsonValue &v);      // strings as is, numbers as text

// The same readers for a value parsed by simdjson, with the same answers.
JsonView value(const JsonView &o, std::initializer_list<std::string_view> keys);
QJsonValue value(const QJsonValue &o, std::initializer_list<std::string_view> keys); // o an object
QVarLengthArray<JsonView, 8> array(const JsonView &v); // short lists stay on the stack
std::optional<Money> money(const JsonView &v);
QString code(const JsonView &v);
QString description(const JsonView &v);
QString string(const JsonView &v);

// Repeated texts (benefit names, codes, periods) share one copy: a large answer repeats the
// same few strings on every one of tens of thousands of rows.
class Interner
{
public:
    QString operator()(const QString &text)
    {
        if (text.isEmpty())
            return {};
        return *m_seen.insert(text);
    }

private:
    QSet<QString> m_seen;
};

} // namespace ssbtek::parsing
