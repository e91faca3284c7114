#include "agencyerror.h"

#include <QXmlStreamReader>

#include "xmltext.h"

namespace ssbtek {

AgencyError::Source AgencyError::sourceFromCode(QStringView kalla)
{
    if (kalla == u"SSBT")
        return Source::Ssbtek;
    if (kalla == u"BT")
        return Source::Agency;
    return Source::Unknown;
}

AgencyError AgencyError::read(QXmlStreamReader &xml)
{
    AgencyError error;
    while (xml.readNextStartElement()) {
        const QString text = readText(xml).trimmed();
        if (xml.name() == u"kalla") {
            error.sourceCode = text;
            error.source = sourceFromCode(text);
        } else if (xml.name() == u"felkod") {
            error.code = text;
        } else if (xml.name() == u"felmeddelande") {
            error.messages.append(text);
        }
    }
    return error;
}

} // namespace ssbtek
