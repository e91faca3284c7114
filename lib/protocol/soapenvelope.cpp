#include "soapenvelope.h"

#include <QXmlStreamReader>

#include "xmltext.h"

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
                    fault.errorMessages.append(
                        readText(xml).trimmed());
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
    EnvelopeSummary summary;
    QXmlStreamReader xml(bytes);
    enum { BeforeEnvelope, InEnvelope, InBody } where = BeforeEnvelope;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (where == BeforeEnvelope) {
            if (xml.namespaceUri() != SoapEnvelopeNs || xml.name() != u"Envelope") {
                summary.problem = u"the document is <%1>, not a SOAP 1.1 Envelope"_s.arg(xml.name());
                return summary;
            }
            where = InEnvelope;
        } else if (where == InEnvelope) {
            if (xml.namespaceUri() == SoapEnvelopeNs && xml.name() == u"Body")
                where = InBody;
            else
                xml.skipCurrentElement(); // Header
        } else {
            if (xml.namespaceUri() == SoapEnvelopeNs && xml.name() == u"Fault") {
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
