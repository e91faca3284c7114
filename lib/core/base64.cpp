#include "base64.h"

#include <array>

namespace ssbtek {

namespace {

constexpr qint8 Space = -1;
constexpr qint8 Pad = -2;
constexpr qint8 Bad = -3;

// Each byte's six bits, or what else it is.
constexpr std::array<qint8, 256> Values = [] {
    std::array<qint8, 256> t {};
    for (auto &v : t)
        v = Bad;
    for (int c = 'A'; c <= 'Z'; ++c)
        t[size_t(c)] = qint8(c - 'A');
    for (int c = 'a'; c <= 'z'; ++c)
        t[size_t(c)] = qint8(c - 'a' + 26);
    for (int c = '0'; c <= '9'; ++c)
        t[size_t(c)] = qint8(c - '0' + 52);
    t['+'] = 62;
    t['/'] = 63;
    t['='] = Pad;
    for (unsigned char c : { ' ', '\t', '\n', '\r' })
        t[c] = Space;
    return t;
}();

} // namespace

std::optional<QByteArray> decodeBase64(QByteArrayView text)
{
    QByteArray out(text.size() / 4 * 3 + 3, Qt::Uninitialized);
    char *to = out.data();
    quint32 bits = 0;
    int pending = 0; // bits in `bits`
    qsizetype count = 0; // characters other than whitespace
    qsizetype pads = 0;
    for (const char c : text) {
        const qint8 v = Values[static_cast<unsigned char>(c)];
        if (v >= 0) {
            if (pads > 0) // data after padding
                return std::nullopt;
            bits = (bits << 6) | quint32(v);
            pending += 6;
            if (pending >= 8) {
                pending -= 8;
                *to++ = char(bits >> pending);
                bits &= (1u << pending) - 1;
            }
            ++count;
        } else if (v == Space) {
            continue;
        } else if (v == Pad) {
            ++pads;
            ++count;
        } else {
            return std::nullopt;
        }
    }
    if (pads > 2 || (pads > 0 && count % 4 != 0))
        return std::nullopt;
    out.truncate(to - out.constData());
    return out;
}

} // namespace ssbtek
