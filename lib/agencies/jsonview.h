#pragma once
// A read-only view of one JSON value parsed by simdjson (DOM), with the few questions the
// LEFI reader asks of QJsonValue — and the same answers: a missing key gives an undefined
// value, a number is a double, toInt() only for whole numbers in range. Parsing a run of
// payments this way costs a fraction of QJsonDocument's tree of QCborValues.
//
// A view lives as long as the JsonParser that made it, until that parser's next parse.

#include <QJsonValue>
#include <QString>

#include <simdjson.h>

#include <optional>
#include <string_view>

namespace ssbtek::parsing {

class JsonView
{
public:
    JsonView() = default; // undefined, as QJsonObject::value() of a missing key
    explicit JsonView(simdjson::dom::element element) : m_element(element), m_defined(true) { }

    bool isUndefined() const { return !m_defined; }
    bool isNull() const { return m_defined && m_element.is_null(); }
    bool isObject() const { return m_defined && m_element.is_object(); }
    bool isArray() const { return m_defined && m_element.is_array(); }
    bool isString() const { return m_defined && m_element.is_string(); }
    bool isDouble() const { return m_defined && m_element.is_number(); } // QJsonValue's name for numbers
    bool isBool() const { return m_defined && m_element.is_bool(); }

    // The member at `key` (ASCII) of an object; undefined when absent or not an object.
    JsonView value(std::string_view key) const;
    bool contains(std::string_view key) const { return !value(key).isUndefined(); }

    QString toString() const;       // a string's text; empty for anything else
    std::string_view utf8() const;  // a string's bytes, valid as long as the view
    double toDouble(double defaultValue = 0) const;
    int toInt(int defaultValue = 0) const; // whole numbers within int, as QJsonValue::toInt
    bool toBool(bool defaultValue = false) const;

    // The elements of an array, each given to `each` (for arrays of any length).
    template<typename F>
    void forEachElement(F &&each) const
    {
        simdjson::dom::array array;
        if (m_defined && m_element.get_array().get(array) == simdjson::SUCCESS) {
            for (simdjson::dom::element e : array)
                each(JsonView(e));
        }
    }

    // The same value as a QJsonValue tree (for the few places, and the tests, that want one).
    QJsonValue toJsonValue() const;

private:
    simdjson::dom::element m_element;
    bool m_defined = false;
};

// Parses JSON text into views; reuses its buffers from one parse to the next.
class JsonParser
{
public:
    // The document's root, or nullopt with *error ("… at byte N", N counted from `offset`).
    std::optional<JsonView> parse(const char *data, size_t size, qsizetype offset, QString *error);

private:
    simdjson::dom::parser m_parser;
};

} // namespace ssbtek::parsing
