#include "jsonwriter.h"

#include "money.h"

#include <QCborValue>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace ssbtek {

namespace {

constexpr qsizetype FlushAt = 64 * 1024;

char hexDigit(uint v)
{
    return char(v < 10 ? '0' + v : 'a' + v - 10);
}

// Digits of a non-negative number, written backwards from `end`; returns the first.
char *digitsBefore(char *end, quint64 v)
{
    do {
        *--end = char('0' + v % 10);
        v /= 10;
    } while (v != 0);
    return end;
}

} // namespace

JsonWriter::JsonWriter(QIODevice *device)
    : m_device(device)
    , m_buffer(&m_own)
{
    m_own.reserve(FlushAt + 4096);
}

JsonWriter::JsonWriter(QByteArray *target)
    : m_buffer(target)
{
}

JsonWriter::~JsonWriter()
{
    flush();
}

bool JsonWriter::flush()
{
    if (!m_device || m_own.isEmpty())
        return !m_failed;
    if (!m_failed && m_device->write(m_own) != m_own.size())
        m_failed = true;
    m_own.clear(); // what cannot be written is not kept: the output is incomplete either way
    return !m_failed;
}

void JsonWriter::maybeFlush()
{
    if (m_device && m_own.size() >= FlushAt)
        flush();
}

void JsonWriter::indent(qsizetype depth)
{
    static const QByteArray spaces(4 * 64, ' ');
    qsizetype n = 4 * depth;
    while (n > 0) {
        const qsizetype chunk = std::min(n, spaces.size());
        append(spaces.constData(), chunk);
        n -= chunk;
    }
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.empty())
        return; // the document itself
    Level &level = m_levels.back();
    Q_ASSERT(!level.object); // an object's values come after their keys
    if (level.count++ > 0)
        append(",\n", 2);
    indent(qsizetype(m_levels.size()));
}

void JsonWriter::begin(char bracket, bool object)
{
    beforeValue();
    append(bracket);
    append('\n');
    Level level;
    level.object = object;
    m_levels.push_back(level);
}

void JsonWriter::end(char bracket)
{
    Q_ASSERT(!m_levels.empty() && !m_afterKey);
    if (m_levels.back().count > 0)
        append('\n');
    m_levels.pop_back();
    indent(qsizetype(m_levels.size()));
    append(bracket);
    if (m_levels.empty())
        append('\n');
    maybeFlush();
}

void JsonWriter::beginObject()
{
    begin('{', true);
}

void JsonWriter::endObject()
{
    Q_ASSERT(m_levels.back().object);
    end('}');
}

void JsonWriter::beginArray()
{
    begin('[', false);
}

void JsonWriter::endArray()
{
    Q_ASSERT(!m_levels.back().object);
    end(']');
}

JsonWriter &JsonWriter::key(QLatin1StringView name)
{
    return writeKey(name);
}

JsonWriter &JsonWriter::key(QStringView name)
{
    return writeKey(name);
}

template <typename Name> JsonWriter &JsonWriter::writeKey(Name name)
{
    Q_ASSERT(!m_levels.empty() && m_levels.back().object && !m_afterKey);
    Level &level = m_levels.back();
#ifndef QT_NO_DEBUG
    // QJsonObject's order, which the documented output has always had.
    const QString current = name.toString();
    Q_ASSERT_X(level.count == 0 || QStringView(level.lastKey).compare(current) < 0, "JsonWriter::key",
        qPrintable(QStringLiteral("%1 after %2").arg(current, level.lastKey)));
    level.lastKey = current;
#endif
    if (level.count++ > 0)
        append(",\n", 2);
    indent(qsizetype(m_levels.size()));
    append('"');
    escaped(name);
    append("\": ", 3);
    m_afterKey = true;
    return *this;
}

// As Qt does: the two characters JSON requires and the controls escaped (\b \f \n \r \t by
// name, others as \u00xx), everything else as UTF-8; a lone surrogate as \uxxxx.
template <typename Char> void JsonWriter::escapedText(const Char *p, const Char *end)
{
    while (p != end) {
        // A run that needs nothing: copied as it is.
        const Char *run = p;
        while (p != end && uint(*p) < 0x80 && uint(*p) >= 0x20 && *p != '"' && *p != '\\')
            ++p;
        if (p != run) {
            const qsizetype n = p - run;
            const qsizetype at = m_buffer->size();
            m_buffer->resize(at + n);
            char *out = m_buffer->data() + at;
            for (qsizetype i = 0; i < n; ++i)
                out[i] = char(run[i]);
        }
        if (p == end)
            break;
        const char16_t u = char16_t(*p++); // a Latin-1 byte is its own code point
        if (u < 0x80) {
            append('\\');
            switch (u) {
            case u'"':
                append('"');
                break;
            case u'\\':
                append('\\');
                break;
            case 0x08:
                append('b');
                break;
            case 0x0c:
                append('f');
                break;
            case 0x0a:
                append('n');
                break;
            case 0x0d:
                append('r');
                break;
            case 0x09:
                append('t');
                break;
            default: {
                const char hex[] = { 'u', '0', '0', hexDigit(u >> 4), hexDigit(u & 0xf) };
                append(hex, sizeof hex);
            }
            }
        } else if (u < 0x800) {
            const char bytes[] = { char(0xc0 | (u >> 6)), char(0x80 | (u & 0x3f)) };
            append(bytes, 2);
        } else if (QChar::isHighSurrogate(u) && p != end && QChar::isLowSurrogate(char16_t(*p))) {
            const char32_t c = QChar::surrogateToUcs4(u, char16_t(*p++));
            const char bytes[] = { char(0xf0 | (c >> 18)), char(0x80 | ((c >> 12) & 0x3f)),
                char(0x80 | ((c >> 6) & 0x3f)), char(0x80 | (c & 0x3f)) };
            append(bytes, 4);
        } else if (QChar::isSurrogate(u)) {
            const char hex[] = { '\\', 'u', hexDigit(u >> 12), hexDigit((u >> 8) & 0xf), hexDigit((u >> 4) & 0xf),
                hexDigit(u & 0xf) };
            append(hex, sizeof hex);
        } else {
            const char bytes[] = { char(0xe0 | (u >> 12)), char(0x80 | ((u >> 6) & 0x3f)), char(0x80 | (u & 0x3f)) };
            append(bytes, 3);
        }
    }
}

void JsonWriter::escaped(QStringView text)
{
    escapedText(text.utf16(), text.utf16() + text.size());
}

void JsonWriter::escaped(QLatin1StringView text)
{
    const auto *p = reinterpret_cast<const uchar *>(text.data());
    escapedText(p, p + text.size());
}

void JsonWriter::string(QStringView text)
{
    beforeValue();
    append('"');
    escaped(text);
    append('"');
    maybeFlush();
}

void JsonWriter::string(QLatin1StringView text)
{
    beforeValue();
    append('"');
    escaped(text);
    append('"');
    maybeFlush();
}

void JsonWriter::stringOrNull(QStringView text)
{
    if (text.isEmpty())
        null();
    else
        string(text);
}

void JsonWriter::boolean(bool b)
{
    beforeValue();
    if (b)
        append("true", 4);
    else
        append("false", 5);
}

void JsonWriter::null()
{
    beforeValue();
    append("null", 4);
}

void JsonWriter::integer(qint64 n)
{
    beforeValue();
    char digits[24];
    char *const end = digits + sizeof digits;
    const quint64 magnitude = n < 0 ? quint64(0) - quint64(n) : quint64(n);
    char *first = digitsBefore(end, magnitude);
    if (n < 0)
        *--first = '-';
    append(first, end - first);
}

void JsonWriter::number(double d)
{
    if (!std::isfinite(d)) {
        null(); // as Qt writes +INF, -INF and NaN (RFC 8259 has no such numbers)
        return;
    }
    beforeValue();
    m_buffer->append(QByteArray::number(d, 'g', QLocale::FloatingPointShortest));
}

void JsonWriter::money(const Money &m)
{
    beforeValue();
    char text[Money::DecimalMax + 2];
    char *const end = text + sizeof text;
    end[-1] = '"';
    char *start = m.decimalBefore(end - 1);
    *--start = '"';
    append(start, end - start);
}

void JsonWriter::date(QDate d)
{
    if (!d.isValid() || d.year() < 0 || d.year() > 9999) {
        if (d.isValid())
            string(d.toString(Qt::ISODate)); // outside four digits: Qt's own form
        else
            null();
        return;
    }
    beforeValue();
    const int y = d.year(), m = d.month(), day = d.day();
    const char text[]
        = { '"', char('0' + y / 1000), char('0' + y / 100 % 10), char('0' + y / 10 % 10), char('0' + y % 10), '-',
              char('0' + m / 10), char('0' + m % 10), '-', char('0' + day / 10), char('0' + day % 10), '"' };
    append(text, sizeof text);
}

void JsonWriter::value(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        null();
        break;
    case QJsonValue::Bool:
        boolean(v.toBool());
        break;
    case QJsonValue::Double: {
        // A number made from an integer is kept as one, and Qt writes it so; a double in its
        // shortest form.
        const QCborValue stored = QCborValue::fromJsonValue(v);
        if (stored.isInteger())
            integer(stored.toInteger());
        else
            number(v.toDouble());
        break;
    }
    case QJsonValue::String:
        string(v.toString());
        break;
    case QJsonValue::Array: {
        beginArray();
        const QJsonArray array = v.toArray();
        for (const QJsonValue &item : array)
            value(item);
        endArray();
        break;
    }
    case QJsonValue::Object: {
        beginObject();
        const QJsonObject object = v.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            key(it.key());
            value(it.value());
        }
        endObject();
        break;
    }
    }
}

} // namespace ssbtek
