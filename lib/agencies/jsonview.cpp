#include "jsonview.h"

#include "jsonnumbers.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ssbtek::parsing {

JsonView JsonView::value(std::string_view key) const
{
    simdjson::dom::object object;
    if (!m_defined || m_element.get_object().get(object) != simdjson::SUCCESS)
        return {};
    // A linear look through the members: LEFI's objects have a handful each. The first of
    // equal keys counts.
    for (const simdjson::dom::key_value_pair member : object) {
        if (member.key == key)
            return JsonView(member.value);
    }
    return {};
}

QString JsonView::toString() const
{
    const std::string_view text = utf8();
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

std::string_view JsonView::utf8() const
{
    std::string_view text;
    if (!m_defined || m_element.get_string().get(text) != simdjson::SUCCESS)
        return {};
    return text;
}

bool JsonView::isString() const
{
    std::string_view text;
    return m_defined && m_element.get_string().get(text) == simdjson::SUCCESS && !markedNumber(text);
}

bool JsonView::toBool(bool defaultValue) const
{
    bool b = false;
    if (!m_defined || m_element.get_bool().get(b) != simdjson::SUCCESS)
        return defaultValue;
    return b;
}

QJsonValue JsonView::toJsonValue() const
{
    if (!m_defined)
        return QJsonValue(QJsonValue::Undefined);
    switch (m_element.type()) {
    case simdjson::dom::element_type::ARRAY: {
        QJsonArray array;
        forEachElement([&array](const JsonView &e) { array.append(e.toJsonValue()); });
        return array;
    }
    case simdjson::dom::element_type::OBJECT: {
        QJsonObject object;
        simdjson::dom::object members;
        if (m_element.get_object().get(members) == simdjson::SUCCESS) {
            for (const simdjson::dom::key_value_pair member : members) {
                const QString key = QString::fromUtf8(member.key.data(), qsizetype(member.key.size()));
                if (!object.contains(key)) // the first of equal keys, as value() reads them
                    object.insert(key, JsonView(member.value).toJsonValue());
            }
        }
        return object;
    }
    case simdjson::dom::element_type::INT64: {
        int64_t i = 0;
        if (m_element.get_int64().get(i) == simdjson::SUCCESS)
            return QJsonValue(qint64(i));
        break;
    }
    case simdjson::dom::element_type::UINT64:
    case simdjson::dom::element_type::DOUBLE: {
        double d = 0;
        if (m_element.get_double().get(d) == simdjson::SUCCESS)
            return d;
        break;
    }
    case simdjson::dom::element_type::STRING:
        return toString(); // a number's text as marked, as QJsonDocument reads the same text
    case simdjson::dom::element_type::BOOL:
        return toBool();
    case simdjson::dom::element_type::NULL_VALUE:
        break;
    }
    return QJsonValue(QJsonValue::Null);
}

std::optional<JsonView> JsonParser::parse(const char *data, size_t size, qsizetype offset, QString *error)
{
    simdjson::dom::element root;
    // The numbers marked, into a buffer of ours with the padding simdjson reads past the end
    // (initialised, so that no tool sees a read of undefined bytes): one copy, not two.
    markNumbers(data, qsizetype(size), m_marked);
    const qsizetype length = m_marked.size();
    m_marked.append(QByteArray(simdjson::SIMDJSON_PADDING, '\0'));
    const simdjson::error_code code = m_parser.parse(m_marked.constData(), size_t(length), false).get(root);
    if (code != simdjson::SUCCESS) {
        if (error)
            *error = u"not well-formed JSON (%1, in the text from byte %2)"_s
                         .arg(QString::fromUtf8(simdjson::error_message(code)))
                         .arg(offset);
        return std::nullopt;
    }
    return JsonView(root);
}

} // namespace ssbtek::parsing
