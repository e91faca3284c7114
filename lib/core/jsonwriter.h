#pragma once
// JSON written as it is produced, to a device or a byte array, with no document tree in
// between: the same bytes QJsonDocument::toJson(Indented) gives for the same document (members
// by four spaces, "key": value, the top level ending in a newline). QJsonObject keeps its keys
// sorted, so the members of an object must come in that order (UTF-16 order); a debug build
// checks it. The CLI's documented JSON is written with it, answers of 20 MB and more included.

#include <QByteArray>
#include <QDate>
#include <QIODevice>
#include <QJsonValue>
#include <QString>

#include <vector>

namespace ssbtek {

class Money;

class JsonWriter
{
public:
    explicit JsonWriter(QIODevice *device); // written in pieces of 64 KB; flush() for the rest
    explicit JsonWriter(QByteArray *target); // appended to
    ~JsonWriter(); // flushes
    JsonWriter(const JsonWriter &) = delete;
    JsonWriter &operator=(const JsonWriter &) = delete;

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    // The next member's name; its value follows.
    JsonWriter &key(QLatin1StringView name);
    JsonWriter &key(QStringView name);

    void string(QStringView text);
    void string(QLatin1StringView text);
    void stringOrNull(QStringView text); // null when empty
    void boolean(bool b);
    void null();
    void integer(qint64 n);
    void number(double d); // as Qt writes a double: shortest form; null when not finite
    void money(const Money &m); // "1234.50", "-0.05"
    void date(QDate d); // "2026-01-31"; null when invalid
    void value(const QJsonValue &v); // any Qt JSON value, as Qt writes it

    // A member and its value in one call.
    template <typename T> void member(QLatin1StringView name, const T &v)
    {
        key(name);
        write(v);
    }

    // Writes what is buffered; false when the device took less (a full disk), and from then on.
    bool flush();
    bool failed() const { return m_failed; }

private:
    void write(QStringView v) { string(v); }
    void write(const QString &v) { string(v); }
    void write(QLatin1StringView v) { string(v); }
    void write(bool v) { boolean(v); }
    void write(int v) { integer(v); }
    void write(qint64 v) { integer(v); }
    void write(double v) { number(v); }
    void write(QDate v) { date(v); }
    void write(const QJsonValue &v) { value(v); }

    void beforeValue();
    void begin(char bracket, bool object);
    void end(char bracket);
    void indent(qsizetype depth);
    void escaped(QStringView text);
    void escaped(QLatin1StringView text);
    template <typename Char> void escapedText(const Char *p, const Char *end);
    template <typename Name> JsonWriter &writeKey(Name name);
    void append(char c) { m_buffer->append(c); }
    void append(const char *data, qsizetype size) { m_buffer->append(data, size); }
    void maybeFlush();

    struct Level
    {
        bool object = false;
        qsizetype count = 0;
#ifndef QT_NO_DEBUG
        QString lastKey;
#endif
    };
    QIODevice *m_device = nullptr;
    QByteArray m_own;
    QByteArray *m_buffer = nullptr;
    std::vector<Level> m_levels;
    bool m_afterKey = false;
    bool m_failed = false;
};

} // namespace ssbtek
