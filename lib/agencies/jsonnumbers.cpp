#include "jsonnumbers.h"

#include <array>
#include <cstring>

namespace ssbtek::parsing {

namespace {

// Where the copy stops to look: a string's quote, and the first byte of a number-like token.
constexpr std::array<bool, 256> Stops = [] {
    std::array<bool, 256> t {};
    for (unsigned char c : { '"', '-', '+', '.' })
        t[c] = true;
    for (int c = '0'; c <= '9'; ++c)
        t[size_t(c)] = true;
    return t;
}();

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// The length of the number-like token at p[0..n): digits, signs, points and exponents.
// Whether it is a number of JSON's form is for the reader to say (Amount::fromJsonNumber):
// one that is not is then an amount that could not be read, with its text, rather than a
// whole answer refused by one parser and read as something else by the other.
qsizetype numberLength(const char *p, qsizetype n)
{
    qsizetype i = 0;
    while (i < n && (isDigit(p[i]) || p[i] == '-' || p[i] == '+' || p[i] == '.' || p[i] == 'e' || p[i] == 'E'))
        ++i;
    return i;
}

} // namespace

void markNumbers(const char *p, qsizetype n, QByteArray &out)
{
    out.clear();
    out.reserve(n + n / 8 + 16);
    qsizetype copied = 0; // p[copied..i) is still to be copied
    qsizetype i = 0;
    while (i < n) {
        if (!Stops[static_cast<unsigned char>(p[i])]) {
            ++i;
            continue;
        }
        if (p[i] == '"') { // a string, passed over whole: its end is the next quote not escaped
            qsizetype j = i + 1;
            for (;;) {
                const void *quote = j < n ? std::memchr(p + j, '"', size_t(n - j)) : nullptr;
                if (!quote) {
                    j = n;
                    break;
                }
                j = static_cast<const char *>(quote) - p;
                qsizetype backslashes = 0;
                while (j - backslashes - 1 > i && p[j - backslashes - 1] == '\\')
                    ++backslashes;
                ++j;
                if (backslashes % 2 == 0)
                    break;
            }
            i = j;
            continue;
        }
        const qsizetype length = numberLength(p + i, n - i);
        out.append(p + copied, i - copied);
        out.append("\"\\u0001", 7);
        out.append(p + i, length);
        out.append('"');
        i += length;
        copied = i;
    }
    out.append(p + copied, n - copied);
}

} // namespace ssbtek::parsing
