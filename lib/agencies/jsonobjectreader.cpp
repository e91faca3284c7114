#include "jsonobjectreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace ssbtek::parsing {

namespace {

    constexpr int MaxDepth = 512; // deeper than any real answer; bounds hostile nesting

    bool isSpace(char c)
    {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    qsizetype skipSpace(const QByteArray &json, qsizetype at, qsizetype end)
    {
        while (at < end && isSpace(json.at(at)))
            ++at;
        return at;
    }

    // One past the end of the string starting at `at` (its opening quote), or -1.
    qsizetype stringEnd(const QByteArray &json, qsizetype at, qsizetype end)
    {
        for (qsizetype i = at + 1; i < end; ++i) {
            const char c = json.at(i);
            if (c == '\\')
                ++i;
            else if (c == '"')
                return i + 1;
        }
        return -1;
    }

    // One past the end of the value starting at `at`, or -1 when it is cut off or nested
    // too deeply. Only the structure is checked here; QJsonDocument checks the rest when the
    // value is parsed.
    qsizetype valueEnd(const QByteArray &json, qsizetype at, qsizetype end)
    {
        if (at >= end)
            return -1;
        const char first = json.at(at);
        if (first == '"')
            return stringEnd(json, at, end);
        if (first != '{' && first != '[') {
            qsizetype i = at;
            while (i < end && !isSpace(json.at(i)) && json.at(i) != ',' && json.at(i) != '}' && json.at(i) != ']')
                ++i;
            return i > at ? i : -1;
        }
        int depth = 0;
        for (qsizetype i = at; i < end; ++i) {
            const char c = json.at(i);
            if (c == '"') {
                i = stringEnd(json, i, end);
                if (i < 0)
                    return -1;
                --i;
            } else if (c == '{' || c == '[') {
                if (++depth > MaxDepth)
                    return -1;
            } else if (c == '}' || c == ']') {
                if (--depth == 0)
                    return i + 1;
            }
        }
        return -1;
    }

    QString where(qsizetype at)
    {
        return u"not well-formed JSON (at byte %1)"_s.arg(at);
    }

    Expected<QJsonDocument, QString> parse(const QByteArray &bytes, qsizetype offset)
    {
        QJsonParseError error;
        QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        if (error.error != QJsonParseError::NoError)
            return unexpected(u"not well-formed JSON (%1 at byte %2)"_s.arg(error.errorString()).arg(offset + error.offset));
        return doc;
    }

} // namespace

Expected<JsonObjectReader, QString> JsonObjectReader::read(const QByteArray &json, qsizetype largeBytes)
{
    const qsizetype begin = skipSpace(json, 0, json.size());
    qsizetype end = json.size();
    while (end > begin && isSpace(json.at(end - 1)))
        --end;
    if (begin >= end || json.at(begin) != '{')
        return unexpected(u"not a JSON object"_s);
    return readSpan(json, { begin, end }, largeBytes);
}

Expected<JsonObjectReader, QString> JsonObjectReader::readSpan(const QByteArray &json, Span span, qsizetype largeBytes)
{
    JsonObjectReader reader;
    reader.m_json = &json;
    reader.m_largeBytes = largeBytes;
    if (valueEnd(json, span.begin, span.end) != span.end)
        return unexpected(where(span.begin));
    // The small members are copied into one object text and parsed once; the large arrays
    // and the member objects are remembered by their spans.
    QByteArray small = "{";
    qsizetype at = skipSpace(json, span.begin + 1, span.end - 1);
    while (at < span.end - 1) {
        const qsizetype keyEnd = json.at(at) == '"' ? stringEnd(json, at, span.end) : -1;
        if (keyEnd < 0)
            return unexpected(where(at));
        const qsizetype colon = skipSpace(json, keyEnd, span.end);
        if (colon >= span.end || json.at(colon) != ':')
            return unexpected(where(colon));
        const qsizetype valueBegin = skipSpace(json, colon + 1, span.end);
        const qsizetype valueStop = valueEnd(json, valueBegin, span.end - 1);
        if (valueStop < 0)
            return unexpected(where(valueBegin));
        // The key, unescaped as JSON says.
        const auto keyDoc = parse("[" + json.mid(at, keyEnd - at) + "]", at);
        if (!keyDoc)
            return unexpected(keyDoc.error());
        const QString key = keyDoc->array().first().toString();
        reader.m_keys.append(key);
        const char kind = json.at(valueBegin);
        const bool large = valueStop - valueBegin > largeBytes;
        if (large && kind == '[') {
            reader.m_large.insert(key, { valueBegin, valueStop });
        } else if (large && kind == '{') {
            reader.m_objects.insert(key, { valueBegin, valueStop }); // read by object(), the same way
        } else {
            if (small.size() > 1)
                small += ',';
            small += json.mid(at, valueStop - at);
        }
        at = skipSpace(json, valueStop, span.end);
        if (at < span.end - 1) {
            if (json.at(at) != ',')
                return unexpected(where(at));
            at = skipSpace(json, at + 1, span.end);
        }
    }
    small += '}';
    const auto doc = parse(small, span.begin);
    if (!doc)
        return unexpected(doc.error());
    reader.m_small = doc->object();
    return reader;
}

Expected<QJsonObject, QString> JsonObjectReader::allExcept(std::initializer_list<QStringView> keys) const
{
    QJsonObject all = m_small;
    for (QStringView key : keys)
        all.remove(key.toString());
    for (const QHash<QString, Span> *spans : { &m_large, &m_objects }) {
        for (auto it = spans->cbegin(); it != spans->cend(); ++it) {
            if (std::find(keys.begin(), keys.end(), QStringView(it.key())) != keys.end())
                continue;
            const auto doc = parse(QByteArray::fromRawData(m_json->constData() + it->begin, it->end - it->begin), it->begin);
            if (!doc)
                return unexpected(doc.error());
            all.insert(it.key(), doc->isArray() ? QJsonValue(doc->array()) : QJsonValue(doc->object()));
        }
    }
    return all;
}

bool JsonObjectReader::contains(QStringView key) const
{
    return m_keys.contains(key);
}

bool JsonObjectReader::forEach(std::initializer_list<QStringView> keys, const std::function<void(const QJsonValue &)> &each,
                               QString *error) const
{
    for (QStringView k : keys) {
        const QString key = k.toString();
        if (const auto large = m_large.constFind(key); large != m_large.cend()) {
            // A run of elements at a time, about largeBytes of text: each run its own small
            // tree, so the memory stays bounded and QJsonDocument's cost per call is shared.
            const QByteArray &json = *m_json;
            const qsizetype chunk = std::max<qsizetype>(m_largeBytes, 4096);
            auto fail = [error](const QString &why) {
                if (error)
                    *error = why;
                return false;
            };
            qsizetype at = skipSpace(json, large->begin + 1, large->end - 1);
            while (at < large->end - 1) {
                const qsizetype runBegin = at;
                qsizetype runEnd = at;
                while (at < large->end - 1 && runEnd - runBegin < chunk) {
                    const qsizetype stop = valueEnd(json, at, large->end - 1);
                    if (stop < 0)
                        return fail(where(at));
                    runEnd = stop;
                    at = skipSpace(json, stop, large->end);
                    if (at < large->end - 1) {
                        if (json.at(at) != ',')
                            return fail(where(at));
                        at = skipSpace(json, at + 1, large->end);
                    }
                }
                const auto doc = parse("[" + QByteArray::fromRawData(json.constData() + runBegin, runEnd - runBegin) + "]", runBegin);
                if (!doc)
                    return fail(doc.error());
                for (const QJsonValue &element : doc->array())
                    each(element);
            }
            return true;
        }
        if (const auto object = m_objects.constFind(key); object != m_objects.cend()) {
            const auto doc = parse(QByteArray::fromRawData(m_json->constData() + object->begin, object->end - object->begin),
                                   object->begin);
            if (!doc) {
                if (error)
                    *error = doc.error();
                return false;
            }
            each(doc->object()); // a single object where a list may stand, as parsing::array() reads it
            return true;
        }
        if (m_small.contains(key)) {
            const QJsonValue v = m_small.value(key);
            if (v.isArray()) {
                for (const QJsonValue &e : v.toArray())
                    each(e);
            } else if (v.isObject()) {
                each(v);
            }
            return true;
        }
    }
    return true;
}

Expected<JsonObjectReader, QString> JsonObjectReader::object(QStringView key) const
{
    const QString k = key.toString();
    if (const auto span = m_objects.constFind(k); span != m_objects.cend())
        return readSpan(*m_json, *span, m_largeBytes);
    JsonObjectReader reader;
    reader.m_json = m_json;
    reader.m_largeBytes = m_largeBytes;
    reader.m_small = m_small.value(k).toObject();
    reader.m_keys = reader.m_small.keys();
    return reader;
}

} // namespace ssbtek::parsing
