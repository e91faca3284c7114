#include "mivparser.h"

#include "agencies/parsing.h"

namespace ssbtek {

using namespace parsing;

namespace {

PermitDecision readPermit(QXmlStreamReader &xml)
{
    PermitDecision p;
    while (xml.readNextStartElement()) {
        const QStringView n = xml.name();
        if (n == u"arendeTyp")
            p.caseType = text(xml);
        else if (n == u"arendeTypNamn")
            p.caseTypeName = text(xml);
        else if (n == u"beslutsKod")
            p.decisionCode = text(xml);
        else if (n == u"beslutsKodNamn")
            p.decisionName = text(xml);
        else if (n == u"beslutsTyp")
            p.permitType = text(xml);
        else if (n == u"beslutsTypNamn")
            p.permitTypeName = text(xml);
        else if (n == u"anledning")
            p.reason = text(xml);
        else if (n == u"anledningNamn")
            p.reasonName = text(xml);
        else if (n == u"ansokningsdatum")
            p.applied = isoDate(text(xml));
        else if (n == u"beslutsdatum")
            p.decided = isoDate(text(xml));
        else if (n == u"giltighetstid")
            p.validity = text(xml);
        else if (n == u"fromDatum")
            p.validFrom = isoDate(text(xml));
        else if (n == u"tomDatum")
            p.validTo = isoDate(text(xml));
        else
            xml.skipCurrentElement();
    }
    return p;
}

} // namespace

MivData parseMiv(QXmlStreamReader &xml)
{
    MivData miv;
    while (xml.readNextStartElement()) {
        if (xml.name() != u"response") {
            xml.skipCurrentElement();
            continue;
        }
        while (xml.readNextStartElement()) {
            const QStringView n = xml.name();
            if (n == u"fornamn") {
                miv.firstName = text(xml);
            } else if (n == u"efternamn") {
                miv.lastName = text(xml);
            } else if (n == u"hemland") {
                miv.homeCountry = text(xml);
            } else if (n == u"inresedatum") {
                miv.entryDate = isoDate(text(xml));
            } else if (n == u"svarCollection") {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"svar")
                        miv.permits.append(readPermit(xml)); // a nil svar reads as an empty decision
                    else
                        xml.skipCurrentElement();
                }
            } else {
                xml.skipCurrentElement();
            }
        }
    }
    // A nillable `svar` with nothing in it is no decision.
    miv.permits.removeIf(
        [](const PermitDecision &p) { return p.caseType.isEmpty() && p.permitType.isEmpty() && !p.decided.isValid(); });
    return miv;
}

} // namespace ssbtek
