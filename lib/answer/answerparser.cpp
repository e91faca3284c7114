#include "answerparser.h"

#include "agencies/af/afparser.h"
#include "agencies/csn/csnparser.h"
#include "agencies/fk/lefiparser.h"
#include "agencies/miv/mivparser.h"
#include "agencies/skv/skvparser.h"
#include "agencies/so/soparser.h"
#include "agencies/tns/tnsparser.h"

#include <QLocale>
#include <QXmlStreamReader>
#include <algorithm>
#include <array>
#include <cstring>
#include <string_view>

#include "core/base64.h"
#include "domain/xmltext.h"

using namespace Qt::StringLiterals;

namespace ssbtek {

namespace {

// QXmlStreamReader reports positions in UTF-16 units; this walks the UTF-8 bytes forward
// to the matching byte position. Positions only grow, so the whole walk is one pass.
class ByteOffsets
{
public:
    explicit ByteOffsets(const QByteArray &utf8)
        : m_data(utf8)
    {
        if (utf8.startsWith("\xEF\xBB\xBF"))
            m_byte = 3; // the reader does not count a byte-order mark
    }
    qsizetype at(qint64 utf16Offset)
    {
        const auto *p = reinterpret_cast<const uchar *>(m_data.constData());
        const qsizetype size = m_data.size();
        while (m_units < utf16Offset && m_byte < size) {
            const uchar c = p[m_byte];
            const int length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
            m_byte += length;
            m_units += length == 4 ? 2 : 1;
        }
        return std::min(m_byte, size);
    }

private:
    const QByteArray &m_data;
    qsizetype m_byte = 0;
    qint64 m_units = 0;
};

// The base64 payloads (LEFI's JSON, CSN's XML) are most of a large answer. Read through
// QXmlStreamReader they would be copied three times as UTF-16 text; instead they are cut out
// of the document the reader sees, and decoded straight from the received bytes.
// Sets of bytes for the payload search: ASCII letters and digits, and `chars`.
constexpr std::array<bool, 256> byteSet(std::string_view chars, bool alphanumeric)
{
    std::array<bool, 256> t {};
    for (int c = 0; c < 256; ++c)
        t[size_t(c)] = alphanumeric && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
    for (char c : chars)
        t[static_cast<unsigned char>(c)] = true;
    return t;
}

constexpr std::array<bool, 256> NameChars = byteSet("_-.", true);
constexpr std::array<bool, 256> Base64Chars = byteSet("+/= \n\r\t", true);

bool in(const std::array<bool, 256> &set, char c)
{
    return set[static_cast<unsigned char>(c)];
}

class PayloadCuts
{
public:
    PayloadCuts(const QByteArray &soap, qsizetype atLeast)
    {
        find(soap, std::max<qsizetype>(atLeast, 1));
        if (m_cuts.isEmpty())
            return;
        std::sort(m_cuts.begin(), m_cuts.end(), [](const Cut &a, const Cut &b) { return a.begin < b.begin; });
        qsizetype from = 0;
        for (Cut &c : m_cuts) {
            m_reduced += QByteArray::fromRawData(soap.constData() + from, c.begin - from);
            c.reducedAt = m_reduced.size();
            from = c.end;
        }
        m_reduced += QByteArray::fromRawData(soap.constData() + from, soap.size() - from);
        m_original = &soap;
    }
    bool any() const { return !m_cuts.isEmpty(); }
    const QByteArray &reduced() const { return m_reduced; }
    // The payload cut out at `reducedAt` in the reduced document, as a view of the received
    // bytes; nullopt where nothing was cut.
    std::optional<QByteArray> at(qsizetype reducedAt) const
    {
        for (const Cut &c : m_cuts) {
            if (c.reducedAt == reducedAt)
                return QByteArray::fromRawData(m_original->constData() + c.begin, c.end - c.begin);
        }
        return std::nullopt;
    }

private:
    struct Cut
    {
        qsizetype begin, end, reducedAt = 0;
    };
    // Every <name …>TEXT</name> or <prefix:name …>TEXT</prefix:name>, the name lefiJsonSvar or
    // svar, whose TEXT is long and only base64 and whitespace. Anything else (CDATA, entities,
    // comments) is left to the reader. One pass from '<' to '<' (memchr): the payloads are
    // passed over, but for the check that they are base64.
    void find(const QByteArray &soap, qsizetype atLeast)
    {
        const char *p = soap.constData();
        const qsizetype n = soap.size();
        auto next = [p, n](char c, qsizetype from) -> qsizetype {
            if (from >= n)
                return -1;
            const void *at = std::memchr(p + from, c, size_t(n - from));
            return at ? static_cast<const char *>(at) - p : -1;
        };
        for (qsizetype open = next('<', 0); open >= 0; open = next('<', open + 1)) {
            qsizetype nameEnd = open + 1;
            qsizetype colon = -1;
            while (nameEnd < n && (in(NameChars, p[nameEnd]) || (p[nameEnd] == ':' && colon < 0))) {
                if (p[nameEnd] == ':')
                    colon = nameEnd;
                ++nameEnd;
            }
            const std::string_view local(
                p + (colon < 0 ? open + 1 : colon + 1), size_t(nameEnd - (colon < 0 ? open + 1 : colon + 1)));
            if ((local != "lefiJsonSvar" && local != "svar") || nameEnd == open + 1 || colon == open + 1
                || (nameEnd < n && p[nameEnd] == ':'))
                continue;
            const qsizetype tagEnd = next('>', nameEnd);
            if (tagEnd < 0 || p[tagEnd - 1] == '/')
                continue;
            const qsizetype textEnd = next('<', tagEnd + 1);
            if (textEnd < 0 || textEnd - tagEnd - 1 < atLeast || textEnd + 1 >= n || p[textEnd + 1] != '/')
                continue;
            const std::string_view name(p + open + 1, size_t(nameEnd - open - 1));
            if (std::string_view(p + textEnd + 2, size_t(std::min<qsizetype>(n - textEnd - 2, qsizetype(name.size()))))
                != name)
                continue;
            if (std::all_of(p + tagEnd + 1, p + textEnd, [](char c) { return in(Base64Chars, c); }))
                m_cuts.append({ tagEnd + 1, textEnd });
            open = textEnd - 1; // the payload is passed
        }
    }

    QList<Cut> m_cuts;
    QByteArray m_reduced;
    const QByteArray *m_original = nullptr;
};

class Parser
{
public:
    Parser(const QByteArray &soap, const ProtocolVersion &version, qsizetype largeBytes)
        : m_cuts(soap, largeBytes)
        , m_soap(m_cuts.any() ? m_cuts.reduced() : soap)
        , m_xml(m_soap)
        , m_offsets(m_soap)
        , m_version(version)
        , m_largeBytes(largeBytes)
    {
    }

    Expected<Answer, ParseFailure> run(const AgencySet &asked);

private:
    // The bytes between the current element's start and end tags; leaves the reader on its end.
    QByteArray innerBytes()
    {
        const qsizetype start = m_offsets.at(m_xml.characterOffset());
        m_xml.skipCurrentElement();
        if (auto payload = m_cuts.at(start))
            return *payload;
        return innerUntilHere(start);
    }
    QByteArray innerUntilHere(qsizetype start)
    {
        const qsizetype after = m_offsets.at(m_xml.characterOffset());
        const qsizetype endTag = m_soap.lastIndexOf('<', after - 1);
        return endTag > start ? m_soap.mid(start, endTag - start) : QByteArray();
    }
    bool isOurs() const { return m_xml.namespaceUri() == m_version.namespaceUri; }

    void readAgency(Agency agency, AgencyOutcome &outcome);
    void readData(Agency agency, AgencyOutcome &outcome);
    void readSkvPart(const QString &name, SkvData &skv);
    // Base64 text → bytes; whitespace allowed (xsd:base64Binary), anything else is an error.
    static std::optional<QByteArray> decodeBase64(QByteArray text);
    static void unreadable(AgencyOutcome &outcome, const QString &why);

    PayloadCuts m_cuts;
    const QByteArray &m_soap; // what the reader reads: the received bytes, or them without the payloads
    QXmlStreamReader m_xml;
    ByteOffsets m_offsets;
    const ProtocolVersion &m_version;
    qsizetype m_largeBytes;
};

std::optional<QByteArray> Parser::decodeBase64(QByteArray text)
{
    text = text.trimmed();
    if (text.startsWith("<![CDATA[") && text.endsWith("]]>"))
        text = text.mid(9, text.size() - 12);
    return ssbtek::decodeBase64(text); // whitespace skipped as it goes: no copy without it
}

void Parser::unreadable(AgencyOutcome &outcome, const QString &why)
{
    outcome.state = AgencyOutcome::State::Error;
    outcome.data = std::monostate();
    outcome.error = AgencyError { AgencyError::Source::Client, u"klient"_s, u"UNREADABLE"_s, { why } };
}

void Parser::readSkvPart(const QString &name, SkvData &skv)
{
    SkvPart part;
    part.name = name;
    while (m_xml.readNextStartElement()) {
        if (isOurs() && m_xml.name() == u"error") {
            part.error = AgencyError::read(m_xml);
        } else if (isOurs() && m_xml.name() == u"data") {
            const auto json = decodeBase64(innerBytes());
            if (!json) {
                part.error = AgencyError { AgencyError::Source::Client, u"klient"_s, u"UNREADABLE"_s,
                    { u"the part is not valid base64"_s } };
                continue;
            }
            auto parsed = parseSkvPart(name, *json);
            if (parsed)
                part = std::move(parsed.value());
            else
                part.error
                    = AgencyError { AgencyError::Source::Client, u"klient"_s, u"UNREADABLE"_s, { parsed.error() } };
            part.json = *json;
        } else {
            m_xml.skipCurrentElement();
        }
    }
    skv.parts.append(part);
}

void Parser::readData(Agency agency, AgencyOutcome &outcome)
{
    outcome.state = AgencyOutcome::State::Data;
    switch (agency) {
    case Agency::AF:
    case Agency::SO:
    case Agency::TNS:
    case Agency::MIV: {
        const qsizetype start = m_offsets.at(m_xml.characterOffset());
        if (agency == Agency::AF)
            outcome.data = parseAf(m_xml);
        else if (agency == Agency::SO)
            outcome.data = parseSo(m_xml);
        else if (agency == Agency::TNS)
            outcome.data = parseTns(m_xml);
        else
            outcome.data = parseMiv(m_xml);
        outcome.raw = innerUntilHere(start);
        outcome.rawFormat = AgencyOutcome::RawFormat::Xml;
        return;
    }
    case Agency::CSN:
    case Agency::FK: {
        const QStringView wanted = agency == Agency::CSN ? u"svar" : u"lefiJsonSvar";
        std::optional<QByteArray> payload;
        bool found = false;
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == wanted && !found) {
                found = true;
                payload = decodeBase64(innerBytes());
            } else {
                m_xml.skipCurrentElement();
            }
        }
        if (!found)
            return unreadable(outcome, u"the %1 element is missing"_s.arg(wanted));
        if (!payload)
            return unreadable(outcome, u"the %1 element is not valid base64"_s.arg(wanted));
        outcome.raw = *payload;
        if (agency == Agency::CSN) {
            outcome.rawFormat = AgencyOutcome::RawFormat::Xml;
            auto csn = parseCsn(*payload);
            if (!csn)
                return unreadable(outcome, csn.error());
            outcome.data = std::move(csn.value());
        } else {
            outcome.rawFormat = AgencyOutcome::RawFormat::Json;
            auto lefi = parseLefi(*payload, m_largeBytes);
            if (!lefi)
                return unreadable(outcome, lefi.error());
            outcome.data = std::move(lefi.value());
        }
        return;
    }
    case Agency::SKV: {
        // v10 (and the first v11 revision): data/svar holds an XML document as a string.
        QString document;
        bool found = false;
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == u"svar" && !found) {
                found = true;
                document = readText(m_xml);
            } else {
                m_xml.skipCurrentElement();
            }
        }
        if (!found)
            return unreadable(outcome, u"the svar element is missing"_s);
        outcome.raw = document.toUtf8();
        outcome.rawFormat = AgencyOutcome::RawFormat::Xml;
        auto skv = parseSkvDocument(document);
        if (!skv)
            return unreadable(outcome, skv.error());
        outcome.data = std::move(skv.value());
        return;
    }
    }
}

void Parser::readAgency(Agency agency, AgencyOutcome &outcome)
{
    static const QStringList skvParts { u"foretagsinformation"_s, u"individuppgifter"_s, u"skattekonto"_s,
        u"skatteuppgifter"_s, u"beskattningsbilagor"_s };
    bool any = false;
    SkvData parts;
    parts.perPart = true;
    while (m_xml.readNextStartElement()) {
        any = true;
        const QString name = m_xml.name().toString();
        if (isOurs() && name == u"error") {
            outcome.state = AgencyOutcome::State::Error;
            outcome.error = AgencyError::read(m_xml);
        } else if (isOurs() && name == u"data") {
            readData(agency, outcome);
        } else if (agency == Agency::SKV && isOurs() && skvParts.contains(name)) {
            readSkvPart(name, parts);
        } else {
            m_xml.skipCurrentElement(); // unknown: ignored, as the contract allows
        }
    }
    if (!parts.parts.isEmpty() && outcome.state != AgencyOutcome::State::Error) {
        outcome.state = AgencyOutcome::State::Data;
        QByteArray raw = "[";
        for (const SkvPart &p : std::as_const(parts.parts))
            raw += (raw.size() > 1 ? ",\n" : "\n") + QByteArray("{\"") + p.name.toUtf8()
                + "\": " + (p.json.isEmpty() ? QByteArray("null") : p.json) + '}';
        outcome.raw = raw + "\n]";
        outcome.rawFormat = AgencyOutcome::RawFormat::Json;
        outcome.data = std::move(parts);
    }
    if (!any)
        outcome.state = AgencyOutcome::State::Absent; // an empty block answers nothing
}

Expected<Answer, ParseFailure> Parser::run(const AgencySet &asked)
{
    Answer answer;
    answer.version = m_version;
    for (Agency a : AllAgencies)
        answer.agencies[a].state = asked.contains(a) ? AgencyOutcome::State::Absent : AgencyOutcome::State::NotAsked;

    bool inResponse = false;
    bool sawResponse = false;
    while (!m_xml.atEnd()) {
        const auto token = m_xml.readNext();
        if (token == QXmlStreamReader::EndElement && inResponse
            && m_xml.name() == u"hamtaBastjanstInformationResponse") {
            inResponse = false;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (!inResponse) {
            if (m_xml.name() == u"hamtaBastjanstInformationResponse") {
                if (!isOurs())
                    return unexpected(ParseFailure { u"the answer is in namespace %1"_s.arg(m_xml.namespaceUri()) });
                inResponse = sawResponse = true;
            }
            continue;
        }
        const QStringView name = m_xml.name();
        if (name == u"korrelationsid") {
            answer.correlationId = m_xml.readElementText().trimmed();
        } else if (name == u"frageTidpunkt") {
            answer.askedAt = m_xml.readElementText().trimmed();
        } else if (name == u"svarsdata") {
            while (m_xml.readNextStartElement()) {
                const auto agency = agencyFromCode(m_xml.name());
                if (!agency || m_xml.name() != agencyCode(*agency) || !isOurs()) {
                    m_xml.skipCurrentElement();
                    continue;
                }
                AgencyOutcome &outcome = answer.agencies[*agency];
                outcome = AgencyOutcome(); // an agency answering unasked is still shown
                readAgency(*agency, outcome);
            }
        } else {
            m_xml.skipCurrentElement(); // the echoed question and anything newer
        }
    }
    if (m_xml.hasError())
        return unexpected(ParseFailure {
            u"the answer is not well-formed XML (%1) at line %2"_s.arg(m_xml.errorString()).arg(m_xml.lineNumber()) });
    if (!sawResponse)
        return unexpected(ParseFailure { u"the answer holds no hamtaBastjanstInformationResponse"_s });
    return answer;
}

} // namespace

Expected<Answer, ParseFailure> AnswerParser::parse(
    const QByteArray &soap, const ProtocolVersion &version, const AgencySet &asked, const ParseOptions &options)
{
    if (soap.size() > options.maxBytes)
        return unexpected(ParseFailure { u"the answer (%1) is larger than the limit (%2)"_s.arg(
            QLocale::c().formattedDataSize(soap.size()), QLocale::c().formattedDataSize(options.maxBytes)) });
    return Parser(soap, version, options.largeBytes).run(asked);
}

} // namespace ssbtek
