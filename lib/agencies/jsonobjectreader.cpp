#include "jsonobjectreader.h"

#include "jsonnumbers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <array>
#include <cstring>

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
    const char *p = json.constData();
    while (at < end && isSpace(p[at]))
        ++at;
    return at;
}

// One past the end of the string starting at `at` (its opening quote), or -1: the next
// quote not escaped by an odd number of backslashes.
qsizetype stringEnd(const char *p, qsizetype at, qsizetype end)
{
    for (qsizetype from = at + 1; from < end;) {
        const void *quote = std::memchr(p + from, '"', size_t(end - from));
        if (!quote)
            return -1;
        const qsizetype q = static_cast<const char *>(quote) - p;
        qsizetype backslashes = 0;
        while (q - backslashes - 1 > at && p[q - backslashes - 1] == '\\')
            ++backslashes;
        if (backslashes % 2 == 0)
            return q + 1;
        from = q + 1;
    }
    return -1;
}

qsizetype stringEnd(const QByteArray &json, qsizetype at, qsizetype end)
{
    return stringEnd(json.constData(), at, end);
}

// The bytes the structure scan stops at; everything else is passed over.
constexpr std::array<bool, 256> StructuralBytes = [] {
    std::array<bool, 256> t {};
    for (unsigned char c : { '"', '{', '[', '}', ']', ',' })
        t[c] = true;
    return t;
}();

// One past the end of the value starting at `at`, or -1 when it is cut off or nested
// too deeply. Only the structure is checked here; the JSON parser checks the rest when
// the value is parsed. With `splits`, the positions of the array's own commas (depth 1)
// are noted about every `chunk` bytes: where runs of its elements can be cut.
qsizetype valueEnd(
    const QByteArray &json, qsizetype at, qsizetype end, QList<qsizetype> *splits = nullptr, qsizetype chunk = 0)
{
    if (at >= end)
        return -1;
    const char *p = json.constData();
    const char first = p[at];
    if (first == '"')
        return stringEnd(p, at, end);
    if (first != '{' && first != '[') {
        qsizetype i = at;
        while (i < end && !isSpace(p[i]) && p[i] != ',' && p[i] != '}' && p[i] != ']')
            ++i;
        return i > at ? i : -1;
    }
    int depth = 0;
    qsizetype lastSplit = at;
    for (qsizetype i = at; i < end; ++i) {
        const char c = p[i];
        if (!StructuralBytes[static_cast<unsigned char>(c)])
            continue;
        if (c == '"') {
            i = stringEnd(p, i, end);
            if (i < 0)
                return -1;
            --i;
        } else if (c == '{' || c == '[') {
            if (++depth > MaxDepth)
                return -1;
        } else if (c == '}' || c == ']') {
            if (--depth == 0)
                return i + 1;
        } else if (splits && depth == 1 && i - lastSplit >= chunk) { // a comma between elements
            splits->append(i);
            lastSplit = i;
        }
    }
    return -1;
}

QString where(qsizetype at)
{
    return u"not well-formed JSON (at byte %1)"_s.arg(at);
}

// The text parsed by Qt, its numbers kept as text (jsonnumbers.h).
Expected<QJsonDocument, QString> parse(const QByteArray &bytes, qsizetype offset)
{
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(markNumbers(bytes), &error);
    if (error.error != QJsonParseError::NoError)
        return unexpected(
            u"not well-formed JSON (%1, in the text from byte %2)"_s.arg(error.errorString()).arg(offset));
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
    return readSpan(json, { begin, end, {} }, largeBytes);
}

Expected<JsonObjectReader, QString> JsonObjectReader::readSpan(const QByteArray &json, Span span, qsizetype largeBytes)
{
    JsonObjectReader reader;
    reader.m_json = &json;
    reader.m_largeBytes = largeBytes;
    if (json.at(span.begin) != '{' || json.at(span.end - 1) != '}')
        return unexpected(where(span.begin));
    const qsizetype chunk = reader.runBytes();
    QList<qsizetype> splits;
    // Every member is remembered by its span (forEach and object read from there); the small
    // ones are also copied into one object text and parsed once, for members() and allExcept().
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
        // Every member is scanned once here; an array's scan also notes where its runs can
        // be cut, so that forEach() need not scan it again.
        splits.clear();
        const bool isArray = valueBegin < span.end && json.at(valueBegin) == '[';
        const qsizetype valueStop = valueEnd(json, valueBegin, span.end - 1, isArray ? &splits : nullptr, chunk);
        if (valueStop < 0)
            return unexpected(where(valueBegin));
        // The key, unescaped as JSON says.
        const auto keyDoc = parse("[" + json.mid(at, keyEnd - at) + "]", at);
        if (!keyDoc)
            return unexpected(keyDoc.error());
        const QString key = keyDoc->array().first().toString();
        reader.m_keys.append(key);
        const bool large = reader.isLarge(valueBegin, valueStop);
        reader.m_spans.insert(key, { valueBegin, valueStop, large ? splits : QList<qsizetype>() });
        if (!large) {
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
    for (auto it = m_spans.cbegin(); it != m_spans.cend(); ++it) {
        if (!isLarge(it->begin, it->end) || std::find(keys.begin(), keys.end(), QStringView(it.key())) != keys.end())
            continue;
        const auto doc
            = parse(QByteArray::fromRawData(m_json->constData() + it->begin, it->end - it->begin), it->begin);
        if (!doc)
            return unexpected(doc.error());
        all.insert(it.key(), doc->isArray() ? QJsonValue(doc->array()) : QJsonValue(doc->object()));
    }
    return all;
}

bool JsonObjectReader::isLarge(qsizetype begin, qsizetype end) const
{
    const char kind = m_json->at(begin);
    return end - begin > m_largeBytes && (kind == '[' || kind == '{');
}

bool JsonObjectReader::forEach(
    std::initializer_list<QStringView> keys, const std::function<void(const JsonView &)> &each, QString *error) const
{
    for (QStringView k : keys) {
        const auto found = m_spans.constFind(k.toString());
        if (found == m_spans.cend())
            continue;
        const Span &span = *found;
        const QByteArray &json = *m_json;
        JsonParser parser; // its buffers serve every run
        if (!isLarge(span.begin, span.end) || json.at(span.begin) != '[') {
            const auto root
                = parser.parse(json.constData() + span.begin, size_t(span.end - span.begin), span.begin, error);
            if (!root)
                return false;
            if (root->isArray())
                root->forEachElement(each);
            else if (root->isObject())
                each(*root); // a single object where a list may stand, as parsing::array() reads it
            return true;
        }
        // A run of elements at a time, about largeBytes of text, cut where readSpan() noted
        // the array's commas: each run parsed on its own, so the memory stays bounded and the
        // cost per parse is shared.
        QByteArray run;
        qsizetype runBegin = span.begin + 1;
        for (qsizetype i = 0; i <= span.splits.size(); ++i) {
            const qsizetype runEnd = i < span.splits.size() ? span.splits.at(i) : span.end - 1;
            run.clear();
            run.reserve(runEnd - runBegin + 2);
            run += '[';
            run.append(json.constData() + runBegin, runEnd - runBegin);
            run += ']';
            const auto elements = parser.parse(run.constData(), size_t(run.size()), runBegin, error);
            if (!elements)
                return false;
            elements->forEachElement(each);
            runBegin = runEnd + 1;
        }
        return true;
    }
    return true;
}

Expected<JsonObjectReader, QString> JsonObjectReader::object(QStringView key) const
{
    const auto span = m_spans.constFind(key.toString());
    if (span != m_spans.cend() && m_json->at(span->begin) == '{')
        return readSpan(*m_json, *span, m_largeBytes);
    JsonObjectReader reader; // absent, or not an object: an empty one
    reader.m_json = m_json;
    reader.m_largeBytes = m_largeBytes;
    return reader;
}

} // namespace ssbtek::parsing
