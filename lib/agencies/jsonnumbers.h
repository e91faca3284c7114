#pragma once
// JSON numbers as they were written. QJsonDocument and simdjson both turn a number into a
// double, which cannot tell whether "1.005" was whole öre or whether "12345678901234567890"
// was exact. So before either parses a text, each number in it is written as a string that
// starts with NumberMark ("\u0001"); the readers in parsing.h know such a string as a number
// and read its exact text.

#include <QByteArray>
#include <QStringView>

#include <optional>
#include <string_view>

namespace ssbtek::parsing {

inline constexpr char NumberMark = '\x01';

// `json` with every number outside strings written as "\u0001<number>", into `out` (its
// buffer reused). A number-like token that is not of JSON's form ("01", "1.", "1.2.3") is
// kept the same way: the readers then say it could not be read, and show it.
void markNumbers(const char *data, qsizetype size, QByteArray &out);
inline QByteArray markNumbers(const QByteArray &json)
{
    QByteArray out;
    markNumbers(json.constData(), json.size(), out);
    return out;
}

// The number's text, when `text` is a marked number.
inline std::optional<QStringView> markedNumber(QStringView text)
{
    if (text.isEmpty() || text.front() != QChar(char16_t(NumberMark)))
        return std::nullopt;
    return text.mid(1);
}
inline std::optional<std::string_view> markedNumber(std::string_view utf8)
{
    if (utf8.empty() || utf8.front() != NumberMark)
        return std::nullopt;
    return utf8.substr(1);
}

} // namespace ssbtek::parsing
