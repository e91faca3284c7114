#pragma once
// A JSON object read without turning a payload of many MB into one QJsonDocument: its small
// members are parsed as usual, and each array larger than a threshold is kept as a span of
// the bytes and read one element at a time. LEFI's five years of daily payments are such an
// array; the peak memory is then the model, not a JSON tree several times the payload.
// What forEach() reads is parsed by simdjson and seen through JsonView: the payments are
// most of a large answer, and building QJsonValues for them was most of its parse time.

#include "core/expected.h"
#include "jsonview.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

#include <functional>

namespace ssbtek::parsing {

class JsonObjectReader
{
public:
    // The object in json[begin, end) (the whole of `json` by default). `json` must outlive
    // the reader. Arrays of more than `largeBytes` bytes are read element by element.
    static Expected<JsonObjectReader, QString> read(const QByteArray &json, qsizetype largeBytes = 64 * 1024);

    // Every member but the large arrays and objects.
    const QJsonObject &members() const { return m_small; }
    // Every member but those named (the ones read with forEach), large ones parsed whole;
    // an error when one is not well-formed.
    Expected<QJsonObject, QString> allExcept(std::initializer_list<QStringView> keys) const;
    // Every member's key, large arrays included, in the order they came.
    const QStringList &keys() const { return m_keys; }
    // Calls `each` for every element of the array at the first of `keys` present — a large one
    // a run of elements at a time — or for the value itself when it is a single object (as
    // parsing::array() does). False, with *error, when an element is not well-formed JSON.
    // A view is valid only during its call.
    bool forEach(std::initializer_list<QStringView> keys, const std::function<void(const JsonView &)> &each,
        QString *error = nullptr) const;
    // The member object at `key`, read the same way (an empty reader when absent).
    Expected<JsonObjectReader, QString> object(QStringView key) const;

private:
    struct Span
    {
        qsizetype begin = 0;
        qsizetype end = 0; // one past the last byte
        QList<qsizetype> splits; // a large array's commas where its runs are cut
    };
    static Expected<JsonObjectReader, QString> readSpan(const QByteArray &json, Span span, qsizetype largeBytes);

    const QByteArray *m_json = nullptr;
    qsizetype m_largeBytes = 0;
    QJsonObject m_small;
    QStringList m_keys;
    bool isLarge(qsizetype begin, qsizetype end) const;
    qsizetype runBytes() const { return std::max<qsizetype>(m_largeBytes, 4096); }

    QHash<QString, Span> m_spans; // key → every member's value as bytes, brackets included
};

} // namespace ssbtek::parsing
