#include "afparser.h"

#include "agencies/parsing.h"

namespace ssbtek {

using namespace parsing;

namespace {

void readRegistration(QXmlStreamReader &xml, AfData &af)
{
    while (xml.readNextStartElement()) {
        const QStringView n = xml.name();
        if (n == u"Arbetssokande") {
            af.registered = boolean(text(xml));
        } else if (n == u"ArbetssokandeSKAT") {
            af.category = text(xml);
        } else if (n == u"ArbetssokandeRegistrerad") {
            af.registeredFrom = isoDate(text(xml));
        } else if (n == u"ArbetssokandeOmfattning") {
            af.extentPercent = integer(text(xml));
        } else if (n == u"ArbetssokandeAvaktualiserad") {
            af.deregistered = isoDate(text(xml));
        } else if (n == u"AktivetetsRapportDatum" || n == u"AktivitetsRapportDatum") {
            ActivityReportStatus status;
            while (xml.readNextStartElement()) {
                if (xml.name() == u"AktivitetsRapportMeddelande")
                    status.code = text(xml);
                else if (xml.name() == u"SenasteAktivitetsRapportDatum")
                    status.latestDate = isoDate(text(xml));
                else
                    xml.skipCurrentElement();
            }
            af.activityReport = status;
        } else {
            xml.skipCurrentElement();
        }
    }
}

void readDecisions(QXmlStreamReader &xml, AfData &af)
{
    // BeslutInfo / EkonomiskaBeslut / Beslut*
    while (xml.readNextStartElement()) {
        if (xml.name() == u"EkonomiskaBeslut") {
            while (xml.readNextStartElement()) {
                if (xml.name() != u"Beslut") {
                    xml.skipCurrentElement();
                    continue;
                }
                EconomicDecision d;
                while (xml.readNextStartElement()) {
                    const QStringView n = xml.name();
                    if (n == u"ErsattningTyp")
                        d.compensationType = text(xml);
                    else if (n == u"Omfattning")
                        d.extentPercent = integer(text(xml));
                    else if (n == u"BeslutFrom")
                        d.from = isoDate(text(xml));
                    else if (n == u"BeslutTom")
                        d.to = isoDate(text(xml));
                    else
                        xml.skipCurrentElement();
                }
                af.decisions.append(d);
            }
        } else {
            xml.skipCurrentElement();
        }
    }
}

} // namespace

AfData parseAf(QXmlStreamReader &xml)
{
    AfData af;
    while (xml.readNextStartElement()) {
        if (xml.name() != u"Svar") {
            xml.skipCurrentElement(); // Fraga: the question as AF received it
            continue;
        }
        while (xml.readNextStartElement()) {
            const QStringView n = xml.name();
            if (n == u"Fornamn")
                af.firstName = text(xml);
            else if (n == u"Efternamn")
                af.lastName = text(xml);
            else if (n == u"Sekretessmarkering")
                af.protectedIdentity = boolean(text(xml));
            else if (n == u"ArbetssokandeInfo")
                readRegistration(xml, af);
            else if (n == u"BeslutInfo")
                readDecisions(xml, af);
            else if (n == u"Akassetillhorighet")
                af.unemploymentFund = text(xml);
            else if (n == u"StatusSokandeinformationKod")
                af.statusCode = integer(text(xml));
            else if (n == u"StatusSokandeinformationKodText")
                af.statusText = text(xml);
            else
                xml.skipCurrentElement();
        }
    }
    return af;
}

} // namespace ssbtek
