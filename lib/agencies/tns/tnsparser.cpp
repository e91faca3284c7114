#include "tnsparser.h"

#include "agencies/parsing.h"

namespace ssbtek {

using namespace parsing;

TnsData parseTns(QXmlStreamReader &xml)
{
    TnsData tns;
    while (xml.readNextStartElement()) {
        const QStringView n = xml.name();
        if (n == u"resultat") {
            tns.result = text(xml);
        } else if (n == u"fordonsinnehav") {
            while (xml.readNextStartElement()) {
                if (xml.name() != u"fordon") {
                    xml.skipCurrentElement();
                    continue;
                }
                VehicleHolding v;
                while (xml.readNextStartElement()) {
                    const QStringView f = xml.name();
                    if (f == u"regnr")
                        v.registrationNumber = text(xml);
                    else if (f == u"fabrikat")
                        v.make = text(xml);
                    else if (f == u"fordonsar")
                        v.vehicleYear = text(xml);
                    else if (f == u"fordonsslag")
                        v.kind = text(xml);
                    else if (f == u"handelsbeteckning")
                        v.model = text(xml);
                    else
                        xml.skipCurrentElement();
                }
                tns.vehicles.append(v);
            }
        } else if (n == u"felresultat") {
            TnsError e;
            while (xml.readNextStartElement()) {
                if (xml.name() == u"felkod")
                    e.code = integer(text(xml)).value_or(0);
                else if (xml.name() == u"feltext")
                    e.text = text(xml);
                else
                    xml.skipCurrentElement();
            }
            tns.errors.append(e);
        } else {
            xml.skipCurrentElement();
        }
    }
    return tns;
}

} // namespace ssbtek
