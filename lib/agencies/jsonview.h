#pragma once
// A read-only view of one JSON value parsed by simdjson (DOM), with the few questions the
// LEFI reader asks of QJsonValue — and the same answers: a missing key gives an undefined
// value. Numbers keep their text (jsonnumbers.h): parsing.h's readers read them exactly.
// Parsing a run of payments this way costs a fraction of QJsonDocument's tree of QCborValues.
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
    explicit JsonView(simdjson::dom::element element)
        : m_element(element)
        , m_defined(true)
    {
    }

    bool isUndefined() const { return !m_defined; }
    bool isNull() const { return m_defined && m_element.is_null(); }
    bool isObject() const { return m_defined && m_element.is_object(); }
    bool isArray() const { return m_defined && m_element.is_array(); }
    bool isString() const; // a string, not a number kept as text
    bool isBool() const { return m_defined && m_element.is_bool(); }

    // The member at `key` (ASCII) of an object; undefined when absent or not an object.
    JsonView value(std::string_view key) const;
    bool contains(std::string_view key) const { return !value(key).isUndefined(); }

    QString toString() const; // a string's text; empty for anything else
    std::string_view utf8() const; // a string's bytes (a number's: marked), valid as long as the view
    bool toBool(bool defaultValue = false) const;

    // The elements of an array, each given to `each` (for arrays of any length).
    template <typename F> void forEachElement(F &&each) const
    {
        simdjson::dom::array array;
        if (m_defined && m_element.get_array().get(array) == simdjson::SUCCESS) {
            for (simdjson::dom::element e : array)
                each(JsonView(e));
        }
    }

    // The same value as a QJsonValue tree (for the tests): what QJsonDocument makes of the same
    // text with its numbers marked.
    QJsonValue toJsonValue() const;

private:
    simdjson::dom::element m_element;
    bool m_defined = false;
};

// Parses JSON text into views, numbers kept as text; reuses its buffers from one parse to the next.
class JsonParser
{
public:
    // The document's root, or nullopt with *error (where: from byte `offset` of the whole).
    std::optional<JsonView> parse(const char *data, size_t size, qsizetype offset, QString *error);

private:
    simdjson::dom::parser m_parser;
    QByteArray m_marked; // the text with its numbers marked, and simdjson's padding after it
};

} // namespace ssbtek::parsing
