#include "soapenvelope.h"

#include <QXmlStreamReader>

#include "domain/xmltext.h"

using namespace Qt::StringLiterals;

namespace ssbtek {

namespace {

// Inside <Fault>: faultcode, faultstring, and detail/*Fault/{felkod, felmeddelande*}.
SoapFault readFault(QXmlStreamReader &xml)
{
    SoapFault fault;
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement: {
            ++depth;
            const QStringView name = xml.name();
            if (name == u"faultcode") {
                fault.faultCode = readText(xml).trimmed();
                --depth;
            } else if (name == u"faultstring") {
                fault.faultString = readText(xml).trimmed();
                --depth;
            } else if (name == u"felkod") {
                fault.errorCode = readText(xml).trimmed();
                --depth;
            } else if (name == u"felmeddelande") {
                fault.errorMessages.append(readText(xml).trimmed());
                --depth;
            }
            break;
        }
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        default:
            break;
        }
    }
    return fault;
}

} // namespace

EnvelopeSummary summarizeEnvelope(const QByteArray &bytes)
{
    // What the envelope holds is decided by its first few elements, so the reader is given the
    // document a piece at a time: QXmlStreamReader decodes all the data it has to UTF-16 at
    // once, which for a 23 MB answer cost 46 MB and most of the CLI's parse time.
    constexpr qsizetype Piece = 16 * 1024;
    EnvelopeSummary summary;
    QXmlStreamReader xml;
    qsizetype fed = 0;
    auto feed = [&](qsizetype size) {
        const qsizetype n = std::min(size, bytes.size() - fed);
        xml.addData(QByteArray::fromRawData(bytes.constData() + fed, n));
        fed += n;
    };
    auto next = [&] {
        for (;;) {
            const QXmlStreamReader::TokenType token = xml.readNext();
            if (xml.error() != QXmlStreamReader::PrematureEndOfDocumentError || fed == bytes.size())
                return token;
            feed(Piece);
        }
    };
    feed(Piece);
    enum { BeforeEnvelope, InEnvelope, InBody } where = BeforeEnvelope;
    while (!xml.atEnd()) {
        if (next() != QXmlStreamReader::StartElement)
            continue;
        if (where == BeforeEnvelope) {
            if (xml.namespaceUri() != SoapEnvelopeNs || xml.name() != u"Envelope") {
                summary.problem = u"the document is <%1>, not a SOAP 1.1 Envelope"_s.arg(xml.name());
                return summary;
            }
            where = InEnvelope;
        } else if (where == InEnvelope) {
            if (xml.namespaceUri() == SoapEnvelopeNs && xml.name() == u"Body") {
                where = InBody;
            } else {
                feed(bytes.size()); // a header of any size: skipped in one piece
                xml.skipCurrentElement();
            }
        } else {
            if (xml.namespaceUri() == SoapEnvelopeNs && xml.name() == u"Fault") {
                feed(bytes.size()); // faults are small; read as one
                summary.kind = EnvelopeSummary::Kind::Fault;
                summary.fault = readFault(xml);
            } else {
                summary.kind = EnvelopeSummary::Kind::Body;
                summary.bodyNamespace = xml.namespaceUri().toString();
                summary.bodyName = xml.name().toString();
            }
            return summary;
        }
    }
    if (xml.hasError())
        summary.problem = u"XML error: %1"_s.arg(xml.errorString());
    else
        summary.problem = where == BeforeEnvelope ? u"no XML content"_s : u"the SOAP Body is empty"_s;
    return summary;
}

} // namespace ssbtek
