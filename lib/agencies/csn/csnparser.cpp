#include "csnparser.h"

#include "agencies/parsing.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace ssbtek {

using namespace parsing;

QString studySupportKindName(StudySupportKind kind)
{
    switch (kind) {
    case StudySupportKind::Studiemedel:
        return QCoreApplication::translate("Csn", "Studiemedel");
    case StudySupportKind::Studiehjalp:
        return QCoreApplication::translate("Csn", "Studiehjälp");
    case StudySupportKind::Studiestartsstod:
        return QCoreApplication::translate("Csn", "Studiestartsstöd");
    case StudySupportKind::Omstallningsstudiestod:
        return QCoreApplication::translate("Csn", "Omställningsstudiestöd");
    case StudySupportKind::Hemutrustningslan:
        return QCoreApplication::translate("Csn", "Hemutrustningslån");
    }
    return {};
}

namespace {

std::optional<StudySupportKind> kindOf(QStringView element)
{
    if (element == u"Studiemedel")
        return StudySupportKind::Studiemedel;
    if (element == u"Studiehjalp")
        return StudySupportKind::Studiehjalp;
    if (element == u"Studiestartsstod")
        return StudySupportKind::Studiestartsstod;
    if (element == u"Omstallningsstudiestod")
        return StudySupportKind::Omstallningsstudiestod;
    if (element.compare(u"HemutrustningsLan", Qt::CaseInsensitive) == 0)
        return StudySupportKind::Hemutrustningslan;
    return std::nullopt;
}

QList<CsnAmount> readAmounts(QXmlStreamReader &xml) // Beloppen
{
    QList<CsnAmount> amounts;
    while (xml.readNextStartElement()) {
        if (xml.name() != u"Belopp") {
            xml.skipCurrentElement();
            continue;
        }
        CsnAmount a;
        while (xml.readNextStartElement()) {
            const QStringView n = xml.name();
            if (n == u"beloppstyp")
                a.type = text(xml);
            else if (n == u"klartext")
                a.text = text(xml);
            else if (n == u"belopp")
                a.amount = decimal(xml);
            else if (n == u"totbelopp")
                a.total = decimal(xml);
            else
                xml.skipCurrentElement();
        }
        amounts.append(a);
    }
    return amounts;
}

CsnPayment readPayment(QXmlStreamReader &xml)
{
    CsnPayment p;
    while (xml.readNextStartElement()) {
        const QStringView n = xml.name();
        if (n == u"utbetdatum")
            p.date = csnDate(text(xml));
        else if (n == u"utbetstatus")
            p.status = text(xml);
        else if (n == u"totbelopp")
            p.total = decimal(xml);
        else
            xml.skipCurrentElement();
    }
    return p;
}

CsnCase readCase(QXmlStreamReader &xml, StudySupportKind kind)
{
    CsnCase c;
    c.kind = kind;
    c.number = xml.attributes().value(QLatin1String("lopnummer")).toString();
    while (xml.readNextStartElement()) {
        const QStringView n = xml.name();
        if (n == u"stodform") {
            c.form = text(xml);
        } else if (n == u"klartext") {
            c.text = text(xml);
        } else if (n == u"status") {
            c.status = text(xml);
        } else if (n == u"soktaTider") {
            while (xml.readNextStartElement()) {
                CsnAppliedPeriod a;
                while (xml.readNextStartElement()) {
                    const QStringView m = xml.name();
                    if (m == u"soktfrom")
                        a.from = csnDate(text(xml));
                    else if (m == u"sokttom")
                        a.to = csnDate(text(xml));
                    else if (m == u"soktomfattning")
                        a.pace = text(xml);
                    else if (m == u"soktlan")
                        a.loanApplied = text(xml) == u"J";
                    else
                        xml.skipCurrentElement();
                }
                c.applied.append(a);
            }
        } else if (n == u"BeviljadeTider") {
            while (xml.readNextStartElement()) {
                CsnGrantedPeriod g;
                while (xml.readNextStartElement()) {
                    const QStringView m = xml.name();
                    if (m == u"starttid")
                        g.startWeek = text(xml);
                    else if (m == u"sluttid")
                        g.endWeek = text(xml);
                    else if (m == u"takt")
                        g.pace = text(xml);
                    else if (m == u"Beloppen")
                        g.amounts = readAmounts(xml);
                    else if (m == u"totbelopp")
                        g.total = decimal(xml);
                    else
                        xml.skipCurrentElement();
                }
                c.granted.append(g);
            }
        } else if (n == u"UtbetalningsPlan") {
            while (xml.readNextStartElement()) {
                if (xml.name() == u"Utbetalning")
                    c.payments.append(readPayment(xml));
                else
                    xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return c;
}

CsnPerson readPerson(QXmlStreamReader &xml)
{
    CsnPerson p;
    const QXmlStreamAttributes a = xml.attributes();
    p.personnummer = a.value(QLatin1String("personnummer")).toString();
    p.century = a.value(QLatin1String("sekel")).toString();
    p.protection = a.value(QLatin1String("sekretess")).trimmed().toString();
    p.hit = a.value(QLatin1String("Status")).trimmed().compare(u"Ej träff", Qt::CaseInsensitive) != 0;
    while (xml.readNextStartElement()) {
        const auto kind = kindOf(xml.name());
        if (!kind) {
            xml.skipCurrentElement(); // Studiestodstypforteckning and anything newer
            continue;
        }
        while (xml.readNextStartElement()) { // Arenden
            while (xml.readNextStartElement()) { // Arende
                if (xml.name() == u"Arende")
                    p.cases.append(readCase(xml, *kind));
                else
                    xml.skipCurrentElement();
            }
        }
    }
    return p;
}

} // namespace

Expected<CsnData, QString> parseCsn(const QByteArray &bytes)
{
    QXmlStreamReader xml(bytes);
    CsnData csn;
    if (!xml.readNextStartElement() || xml.name() != u"CSNSvar")
        return unexpected(xml.hasError() ? xml.errorString() : u"the CSN document is not a CSNSvar"_s);
    if (!xml.namespaceUri().startsWith(u"http://schema.csn.se/"))
        return unexpected(u"unknown CSN namespace %1"_s.arg(xml.namespaceUri()));
    csn.schemaVersion = xml.attributes().value(QLatin1String("schemaVersion")).toString();
    while (xml.readNextStartElement()) {
        const QStringView n = xml.name();
        if (n == u"GemensamtSvarEkbistand") {
            while (xml.readNextStartElement()) {
                if (xml.name() != u"Resultat") {
                    xml.skipCurrentElement();
                    continue;
                }
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"ResultatKod")
                        csn.resultCode = text(xml);
                    else if (xml.name() == u"ResultatText")
                        csn.resultText = text(xml);
                    else
                        xml.skipCurrentElement();
                }
            }
        } else if (n == u"Personer") {
            while (xml.readNextStartElement()) {
                if (xml.name() == u"Person")
                    csn.persons.append(readPerson(xml));
                else
                    xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        return unexpected(u"the CSN document is not well-formed: %1"_s.arg(xml.errorString()));
    return csn;
}

} // namespace ssbtek
