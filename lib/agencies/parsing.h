#pragma once
// Small readers shared by the agency parsers: every lexical form the schemas allow for dates,
// numbers, booleans and amounts, read exactly; CSN's yyyyMMdd with "0" for unset; JSON keys in
// either casing, object-or-array values. The real service is loose in shape, so these accept
// what it sends — but a value they cannot read exactly is said so, never guessed.

#include "core/amount.h"

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

// xs:date as the schemas allow it — "2016-11-18", with a zone "2016-11-18+01:00" or
// "2016-11-18Z" — and a dateTime's date ("2016-11-18T00:00:00Z"); white space around it. The
// date as written; anything else gives an invalid date.
QDate isoDate(QStringView text);
// CSN's yyyyMMdd; "0", "" and anything else invalid give an invalid date.
QDate csnDate(QStringView text);
std::optional<bool> boolean(QStringView text); // xs:boolean: "true", "false", "1", "0"
std::optional<int> integer(QStringView text); // xs:int: white space, a sign, leading zeros
// (A QString is text, not a JSON value.)
inline std::optional<bool> boolean(const QString &text)
{
    return boolean(QStringView(text));
}
inline std::optional<int> integer(const QString &text)
{
    return integer(QStringView(text));
}

// The text of the current element (children's text included), trimmed; consumes it.
QString text(QXmlStreamReader &xml);
// The current element's text as an xs:decimal amount (its text kept when unreadable); consumes it.
Amount decimal(QXmlStreamReader &xml);

// JSON: the value at the first of `keys` present (casing varies between providers).
QJsonValue value(const QJsonObject &o, std::initializer_list<QStringView> keys);
// An array as is, a single object as an array of one, anything else as empty.
QJsonArray array(const QJsonValue &v);

// JSON read by JsonObjectReader and JsonParser keeps each number's text (jsonnumbers.h);
// these read it, for QJsonValue and JsonView alike.
bool isNumber(const QJsonValue &v);
// Amounts: a number exactly as written, a numeric string (xs:decimal's form), or a LefiBelopp
// object {"summa": …}. Absent when absent or null; unreadable, with its text, otherwise.
Amount money(const QJsonValue &v);
// A whole number that fits in int: a number (1, 1.0, 1E2), or a string of xs:int's form.
std::optional<int> integer(const QJsonValue &v);
std::optional<bool> boolean(const QJsonValue &v); // true/false, or a string of xs:boolean's form
// A code object's code: {"id": 101} or {"id": "SJP"} or {"kod": "PM:AP"}; a plain string as is.
QString code(const QJsonValue &v);
QString description(const QJsonValue &v); // "beskrivning" (or "namn")
QString string(const QJsonValue &v); // strings as is, numbers as written, booleans as text

// The same readers for a value parsed by simdjson, with the same answers.
JsonView value(const JsonView &o, std::initializer_list<std::string_view> keys);
QJsonValue value(const QJsonValue &o, std::initializer_list<std::string_view> keys); // o an object
QVarLengthArray<JsonView, 8> array(const JsonView &v); // short lists stay on the stack
bool isNumber(const JsonView &v);
Amount money(const JsonView &v);
std::optional<int> integer(const JsonView &v);
std::optional<bool> boolean(const JsonView &v);
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
