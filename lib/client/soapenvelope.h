#pragma once
// Reads what a SOAP 1.1 answer is, without building a tree: the Body's first element, or
// the Fault with SSBTEK's felkod/felmeddelande detail. Stops as soon as that is known.

#include "clientfailure.h"

#include <QByteArray>
#include <QString>

namespace ssbtek {

struct EnvelopeSummary
{
    enum class Kind { Body, Fault, NotSoap };
    Kind kind = Kind::NotSoap;
    QString bodyNamespace; // of the Body's first element
    QString bodyName;
    SoapFault fault;
    QString problem; // why it is not SOAP
};

EnvelopeSummary summarizeEnvelope(const QByteArray &xml);

inline constexpr QStringView SoapEnvelopeNs = u"http://schemas.xmlsoap.org/soap/envelope/";

} // namespace ssbtek
