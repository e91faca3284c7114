#include "soparser.h"

#include "agencies/parsing.h"

namespace ssbtek {

using namespace parsing;

namespace {

UnemploymentFundAnswer readFund(QXmlStreamReader &xml)
{
    UnemploymentFundAnswer f;
    while (xml.readNextStartElement()) {
        const QStringView n = xml.name();
        if (n == u"SvarandeOrganisation") {
            f.fund = text(xml);
        } else if (n == u"StatusSvarandeOrganisation") {
            f.status = text(xml);
        } else if (n == u"Utbetalningar") {
            UnemploymentPayment p;
            while (xml.readNextStartElement()) {
                const QStringView m = xml.name();
                if (m == u"Utbetalningsdatum")
                    p.paid = isoDate(text(xml));
                else if (m == u"NettoEfterSkatt")
                    p.netAfterTax = decimal(xml);
                else if (m == u"NettoEfterAvdrag")
                    p.netAfterDeductions = decimal(xml);
                else if (m == u"Ersattningsdagar")
                    p.days = text(xml);
                else if (m == u"AvserFrom")
                    p.from = isoDate(text(xml));
                else if (m == u"AvserTom")
                    p.to = isoDate(text(xml));
                else
                    xml.skipCurrentElement();
            }
            f.payments.append(p);
        } else if (n == u"Avstangningar") {
            Suspension s;
            while (xml.readNextStartElement()) {
                if (xml.name() == u"AvstangdFrom")
                    s.from = isoDate(text(xml));
                else if (xml.name() == u"AvstangdTom")
                    s.to = isoDate(text(xml));
                else
                    xml.skipCurrentElement();
            }
            f.suspensions.append(s);
        } else if (n == u"AnsoktOmErsattning") {
            f.hasApplication = true;
            while (xml.readNextStartElement()) {
                if (xml.name() == u"BeslutOmRattTillErsattning") {
                    const QDate d = isoDate(text(xml));
                    if (d.isValid())
                        f.entitlementDecided = d;
                } else if (xml.name() == u"AnsokanOmUtbetalningInlamnad") {
                    f.paymentApplicationSubmitted = boolean(text(xml));
                } else {
                    xml.skipCurrentElement();
                }
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return f;
}

} // namespace

SoData parseSo(QXmlStreamReader &xml)
{
    SoData so;
    while (xml.readNextStartElement()) {
        if (xml.name() != u"ArbetsloshetsersattningLista") {
            xml.skipCurrentElement();
            continue;
        }
        while (xml.readNextStartElement()) {
            if (xml.name() == u"Arbetsloshetsersattning")
                so.funds.append(readFund(xml));
            else
                xml.skipCurrentElement();
        }
    }
    return so;
}

} // namespace ssbtek
