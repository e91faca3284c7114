#include "answerwriter.h"

#include "lefiwriter.h"
#include "simdates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace ssbtek::sim::answerwriter {

namespace {

const QString SoapNs = u"http://schemas.xmlsoap.org/soap/envelope/"_s;
const QString AfNs = u"http://api.arbetsformedlingen.se/arbetssokande/ersattningsstod/v2"_s;
const QString SoNs = u"http://INT014.UBPService.Schemas"_s;
const QString TnsNs = u"http://schema.transportstyrelsen.se/ssbtek/hamtauppgifterresponder/1"_s;
const QString FordonNs = u"http://schema.transportstyrelsen.se/ssbtek/fordon/1"_s;
const QString CsnNs = u"http://schema.csn.se/v4.0/kommunfraga"_s;

class Writer
{
public:
    explicit Writer(QByteArray *out)
        : xml(out)
    {
    }

    void begin(const ProtocolVersion &version)
    {
        ns = version.namespaceUri;
        xml.writeStartDocument();
        xml.writeNamespace(SoapNs, u"soap"_s);
        xml.writeNamespace(ns, u"ssbt"_s);
        xml.writeStartElement(SoapNs, u"Envelope"_s);
        xml.writeStartElement(SoapNs, u"Body"_s);
    }
    void end()
    {
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
    }
    void text(const QString &elementNs, const QString &name, const QString &value)
    {
        if (elementNs.isEmpty())
            xml.writeTextElement(name, value);
        else
            xml.writeTextElement(elementNs, name, value);
    }
    void ssbt(const QString &name, const QString &value) { text(ns, name, value); }
    void open(const QString &elementNs, const QString &name)
    {
        if (elementNs.isEmpty())
            xml.writeStartElement(name);
        else
            xml.writeStartElement(elementNs, name);
    }
    void close() { xml.writeEndElement(); }
    void error(const QJsonObject &e)
    {
        open(ns, u"error"_s);
        ssbt(u"kalla"_s, e.value(u"source").toString(u"BT"_s));
        ssbt(u"felkod"_s, e.value(u"code").toString(u"1"_s));
        const QJsonArray messages = e.value(u"messages").toArray();
        if (messages.isEmpty())
            ssbt(u"felmeddelande"_s, u"Tekniskt fel"_s);
        for (const QJsonValue &m : messages)
            ssbt(u"felmeddelande"_s, m.toString());
        close();
    }

    QXmlStreamWriter xml;
    QString ns;
};

QString boolText(bool b)
{
    return b ? u"true"_s : u"false"_s;
}

void writeAf(Writer &w, const SimRequest &rq, const TestPerson &p, const QJsonObject &af, QDate today)
{
    w.xml.writeNamespace(AfNs, u"af"_s);
    w.open(AfNs, u"Fraga"_s);
    w.text(AfNs, u"OrganisationsnummerForIngivare"_s, rq.organisationNumber);
    w.text(AfNs, u"NamnPaIngivare"_s, rq.organisationName);
    w.text(AfNs, u"KontonamnForHandlaggare"_s, rq.caseworker);
    w.text(AfNs, u"Referensnummer"_s, rq.caseId);
    w.text(AfNs, u"From"_s, rq.fromDate);
    w.text(AfNs, u"Tom"_s, rq.toDate);
    w.text(AfNs, u"SyfteMedFraga"_s, rq.purpose);
    w.text(AfNs, u"LagParagraf"_s, rq.legalBasis);
    w.text(AfNs, u"IdentitetsbeteckningFysiskPerson"_s, p.personnummer);
    w.close();
    w.open(AfNs, u"Svar"_s);
    w.text(AfNs, u"Schemaversion"_s, u"4.0"_s);
    w.text(AfNs, u"Referensnummer"_s, rq.caseId);
    w.text(AfNs, u"LagParagraf"_s, rq.legalBasis);
    w.text(AfNs, u"IdentitetsbeteckningFysiskPerson"_s, p.personnummer);
    if (!p.firstName.isEmpty())
        w.text(AfNs, u"Fornamn"_s, p.firstName);
    if (!p.lastName.isEmpty())
        w.text(AfNs, u"Efternamn"_s, p.lastName);
    w.text(AfNs, u"Sekretessmarkering"_s, boolText(af.value(u"protectedIdentity").toBool()));
    w.open(AfNs, u"ArbetssokandeInfo"_s);
    w.text(AfNs, u"Arbetssokande"_s, boolText(af.value(u"registered").toBool()));
    if (af.contains(u"category"))
        w.text(AfNs, u"ArbetssokandeSKAT"_s, af.value(u"category").toString());
    if (af.contains(u"registeredFrom"))
        w.text(AfNs, u"ArbetssokandeRegistrerad"_s, isoDate(af.value(u"registeredFrom").toString(), today));
    if (af.contains(u"extent"))
        w.text(AfNs, u"ArbetssokandeOmfattning"_s, QString::number(af.value(u"extent").toInt()));
    w.open(AfNs, u"AktivetetsRapportDatum"_s);
    w.text(AfNs, u"AktivitetsRapportMeddelande"_s, af.value(u"activityReport").toString(u"500"_s));
    if (af.contains(u"latestReport"))
        w.text(AfNs, u"SenasteAktivitetsRapportDatum"_s, isoDate(af.value(u"latestReport").toString(), today));
    w.close();
    w.close();
    const QJsonArray decisions = af.value(u"decisions").toArray();
    if (!decisions.isEmpty()) {
        w.open(AfNs, u"BeslutInfo"_s);
        w.open(AfNs, u"EkonomiskaBeslut"_s);
        for (const QJsonValue &v : decisions) {
            const QJsonObject d = v.toObject();
            w.open(AfNs, u"Beslut"_s);
            w.text(AfNs, u"ErsattningTyp"_s, d.value(u"type").toString());
            w.text(AfNs, u"Omfattning"_s, QString::number(d.value(u"extent").toInt()));
            w.text(AfNs, u"BeslutFrom"_s, isoDate(d.value(u"from").toString(), today));
            w.text(AfNs, u"BeslutTom"_s, isoDate(d.value(u"to").toString(), today));
            w.close();
        }
        w.close();
        w.close();
    }
    w.text(AfNs, u"StatusSokandeinformationKod"_s, u"0"_s);
    w.text(AfNs, u"StatusSokandeinformationKodText"_s,
        u"Frågan har behandlats normalt och ett giltigt svar har returnerats."_s);
    w.close();
}

void writeTns(Writer &w, const QJsonObject &tns)
{
    w.xml.writeNamespace(TnsNs, u"tns"_s);
    w.xml.writeNamespace(FordonNs, u"fordon"_s);
    const QString result = tns.value(u"result").toString(u"OK"_s);
    w.text(TnsNs, u"resultat"_s, result);
    if (result == u"OK") {
        w.open(TnsNs, u"fordonsinnehav"_s);
        for (const QJsonValue &v : tns.value(u"vehicles").toArray()) {
            const QJsonObject o = v.toObject();
            w.open(FordonNs, u"fordon"_s);
            w.text(FordonNs, u"regnr"_s, o.value(u"regnr").toString());
            w.text(FordonNs, u"fabrikat"_s, o.value(u"make").toString());
            w.text(FordonNs, u"fordonsar"_s, o.value(u"year").toString());
            w.text(FordonNs, u"fordonsslag"_s, o.value(u"kind").toString());
            w.text(FordonNs, u"handelsbeteckning"_s, o.value(u"model").toString());
            w.close();
        }
        w.close();
    }
    for (const QJsonValue &v : tns.value(u"errors").toArray()) {
        w.open(TnsNs, u"felresultat"_s);
        w.text(TnsNs, u"felkod"_s, QString::number(v.toObject().value(u"code").toInt()));
        w.text(TnsNs, u"feltext"_s, v.toObject().value(u"text").toString());
        w.close();
    }
}

void writeMiv(Writer &w, const SimRequest &rq, const TestPerson &p, const QJsonObject &miv, QDate today)
{
    // Migrationsverket's schema leaves every local element unqualified.
    w.open(QString(), u"response"_s);
    w.text(QString(), u"correlationid"_s, rq.correlationId.isEmpty() ? u"-"_s : rq.correlationId);
    if (!p.lastName.isEmpty())
        w.text(QString(), u"efternamn"_s, p.lastName);
    if (!p.firstName.isEmpty())
        w.text(QString(), u"fornamn"_s, p.firstName);
    w.text(QString(), u"personnummer"_s, p.personnummer);
    w.open(QString(), u"svarCollection"_s);
    for (const QJsonValue &v : miv.value(u"permits").toArray()) {
        const QJsonObject o = v.toObject();
        w.open(QString(), u"svar"_s);
        const std::pair<const char16_t *, const char16_t *> fields[] = {
            { u"ansokningsdatum", u"applied" },
            { u"arendeTyp", u"caseType" },
            { u"arendeTypNamn", u"caseTypeName" },
            { u"beslutsKod", u"decision" },
            { u"beslutsKodNamn", u"decisionName" },
            { u"beslutsTyp", u"permitType" },
            { u"beslutsTypNamn", u"permitTypeName" },
            { u"beslutsdatum", u"decisionDate" },
            { u"fromDatum", u"from" },
            { u"giltighetstid", u"validity" },
            { u"tomDatum", u"to" },
        };
        for (const auto &[element, key] : fields) {
            if (!o.contains(QStringView(key)))
                continue;
            const QString value = o.value(QStringView(key)).toString();
            const bool isDate = QStringView(element).endsWith(u"datum") || QStringView(element) == u"fromDatum"
                || QStringView(element) == u"tomDatum";
            w.text(QString(), QString::fromUtf16(element), isDate ? isoDate(value, today) : value);
        }
        w.close();
    }
    w.close();
    w.close();
}

void writeCsn(Writer &w, const TestPerson &p, const QJsonObject &config, QDate today)
{
    const QString v4 = u"http://schema.csn.se/v4.0/"_s;
    const QString root = v4 + u"kommunfraga"_s, person = v4 + u"person"_s, types = v4 + u"csntyper"_s,
                  sm = v4 + u"studiemedel"_s;
    QByteArray inner;
    QXmlStreamWriter csn(&inner);
    csn.writeStartDocument();
    csn.writeDefaultNamespace(root);
    csn.writeNamespace(person, u"p"_s);
    csn.writeNamespace(types, u"t"_s);
    csn.writeNamespace(sm, u"sm"_s);
    csn.writeStartElement(root, u"CSNSvar"_s);
    csn.writeAttribute(u"schemaVersion"_s, u"4.0"_s);
    csn.writeStartElement(root, u"GemensamtSvarEkbistand"_s);
    csn.writeStartElement(root, u"Resultat"_s);
    csn.writeTextElement(root, u"ResultatKod"_s, u"0"_s);
    csn.writeTextElement(root, u"ResultatText"_s, u"Allt OK, inget att rapportera"_s);
    csn.writeEndElement();
    csn.writeEndElement();
    csn.writeEmptyElement(root, u"GemensamtFragaEkbistand"_s);
    csn.writeStartElement(root, u"Personer"_s);
    csn.writeStartElement(root, u"Person"_s);
    const QJsonArray cases = config.value(u"cases").toArray();
    const bool found = config.value(u"found").toBool(!cases.isEmpty());
    csn.writeAttribute(u"personnummer"_s, p.personnummer.mid(2));
    csn.writeAttribute(u"Status"_s, found ? u"          "_s : u"Ej träff"_s);
    csn.writeAttribute(u"sekretess"_s, config.value(u"protection").toString(u"  "_s));
    csn.writeAttribute(u"sekel"_s, p.personnummer.left(2));
    csn.writeStartElement(person, u"Studiestodstypforteckning"_s);
    for (const char *kind :
        { "studiemedel", "studiehjalp", "hemutrustningslan", "studiestartsstod", "omstallningsstudiestod" }) {
        bool has = false;
        for (const QJsonValue &c : cases)
            has = has || c.toObject().value(u"kind").toString().compare(QLatin1String(kind), Qt::CaseInsensitive) == 0;
        csn.writeTextElement(types, QLatin1String(kind), has ? u"1"_s : u"0"_s);
    }
    csn.writeEndElement();
    for (const char *kind :
        { "Studiemedel", "Studiehjalp", "HemutrustningsLan", "Studiestartsstod", "Omstallningsstudiestod" }) {
        csn.writeStartElement(person, QLatin1String(kind));
        QJsonArray mine;
        for (const QJsonValue &c : cases) {
            if (c.toObject().value(u"kind").toString().compare(QLatin1String(kind), Qt::CaseInsensitive) == 0)
                mine.append(c);
        }
        if (!mine.isEmpty()) {
            csn.writeStartElement(person, u"Arenden"_s);
            for (const QJsonValue &v : mine) {
                const QJsonObject c = v.toObject();
                csn.writeStartElement(person, u"Arende"_s);
                csn.writeAttribute(u"lopnummer"_s, c.value(u"number").toString(u"1"_s));
                csn.writeTextElement(sm, u"stodform"_s, c.value(u"form").toString());
                csn.writeTextElement(sm, u"klartext"_s, c.value(u"text").toString());
                csn.writeTextElement(sm, u"status"_s, c.value(u"status").toString());
                csn.writeStartElement(sm, u"soktaTider"_s);
                const QJsonObject applied = c.value(u"applied").toObject();
                if (!applied.isEmpty()) {
                    csn.writeStartElement(types, u"soktTid"_s);
                    csn.writeTextElement(types, u"soktfrom"_s,
                        resolveDate(applied.value(u"from").toString(), today).toString(u"yyyyMMdd"_s));
                    csn.writeTextElement(types, u"sokttom"_s,
                        resolveDate(applied.value(u"to").toString(), today).toString(u"yyyyMMdd"_s));
                    csn.writeTextElement(types, u"soktomfattning"_s, applied.value(u"pace").toString(u"100"_s));
                    csn.writeTextElement(types, u"soktlan"_s, applied.value(u"loan").toBool() ? u"J"_s : u" "_s);
                    csn.writeEndElement();
                }
                csn.writeEndElement();
                csn.writeEmptyElement(sm, u"BeviljadeTider"_s);
                csn.writeStartElement(sm, u"UtbetalningsPlan"_s);
                for (const QJsonValue &pv : c.value(u"payments").toArray()) {
                    const QJsonObject pay = pv.toObject();
                    const QDate date = resolveDate(pay.value(u"date").toString(), today);
                    csn.writeStartElement(sm, u"Utbetalning"_s);
                    csn.writeTextElement(
                        types, u"utbetdatum"_s, date.isValid() ? date.toString(u"yyyyMMdd"_s) : u"0"_s);
                    csn.writeTextElement(types, u"utbetstatus"_s, pay.value(u"status").toString());
                    csn.writeTextElement(types, u"totbelopp"_s, pay.value(u"amount").toString());
                    csn.writeEndElement();
                }
                csn.writeEndElement();
                csn.writeEndElement();
            }
            csn.writeEndElement();
        }
        csn.writeEndElement();
    }
    csn.writeEndElement();
    csn.writeEndElement();
    csn.writeEndElement();
    csn.writeEndDocument();
    w.ssbt(u"svar"_s, QString::fromLatin1(inner.toBase64()));
}

void writeSo(Writer &w, const SimRequest &rq, const TestPerson &p, const QJsonObject &so, QDate today)
{
    w.xml.writeNamespace(SoNs, u"so"_s);
    w.text(SoNs, u"OrganisationsnummerIngivare"_s, rq.organisationNumber);
    w.text(SoNs, u"NamnIngivare"_s, rq.organisationName);
    w.text(SoNs, u"KontonamnHandlaggare"_s, rq.caseworker);
    w.text(SoNs, u"Referensnummer"_s, rq.caseId);
    w.text(SoNs, u"From"_s, rq.fromDate);
    w.text(SoNs, u"Tom"_s, rq.toDate);
    w.text(SoNs, u"Syfte"_s, rq.purpose);
    w.text(SoNs, u"Paragraf"_s, rq.legalBasis);
    w.text(SoNs, u"IdentificationNumber"_s, p.personnummer);
    const QDate from = QDate::fromString(rq.fromDate, Qt::ISODate);
    const QDate to = QDate::fromString(rq.toDate, Qt::ISODate);
    w.open(SoNs, u"ArbetsloshetsersattningLista"_s);
    for (const QJsonValue &fv : so.value(u"funds").toArray()) {
        const QJsonObject f = fv.toObject();
        w.open(SoNs, u"Arbetsloshetsersattning"_s);
        w.text(SoNs, u"SvarandeOrganisation"_s, f.value(u"fund").toString());
        w.text(SoNs, u"StatusSvarandeOrganisation"_s, u"all clear"_s);
        auto pay = [&](QDate paid, const QJsonObject &amounts, QDate coveredFrom, QDate coveredTo) {
            if ((from.isValid() && paid < from) || (to.isValid() && paid > to))
                return;
            w.open(SoNs, u"Utbetalningar"_s);
            w.text(SoNs, u"Utbetalningsdatum"_s, paid.toString(Qt::ISODate));
            w.text(SoNs, u"NettoEfterSkatt"_s, amounts.value(u"netAfterTax").toString());
            w.text(SoNs, u"NettoEfterAvdrag"_s, amounts.value(u"netAfterDeductions").toString());
            w.text(SoNs, u"Ersattningsdagar"_s, amounts.value(u"days").toString());
            w.text(SoNs, u"AvserFrom"_s, coveredFrom.toString(Qt::ISODate));
            w.text(SoNs, u"AvserTom"_s, coveredTo.toString(Qt::ISODate));
            w.close();
        };
        const QJsonObject monthly = f.value(u"monthly").toObject();
        for (const QDate paid :
            monthlyPaydays(monthly.value(u"months").toInt(0), monthly.value(u"day").toInt(5), today)) {
            const QDate covered = QDate(paid.year(), paid.month(), 1).addMonths(-1);
            pay(paid, monthly, covered, covered.addMonths(1).addDays(-1));
        }
        // Payments one by one, as a fund pays each reported period: {date, from, to, netAfterTax, …}.
        for (const QJsonValue &pv : f.value(u"payments").toArray()) {
            const QJsonObject o = pv.toObject();
            pay(resolveDate(o.value(u"date").toString(), today), o, resolveDate(o.value(u"from").toString(), today),
                resolveDate(o.value(u"to").toString(), today));
        }
        for (const QJsonValue &sv : f.value(u"suspensions").toArray()) {
            w.open(SoNs, u"Avstangningar"_s);
            w.text(SoNs, u"AvstangdFrom"_s, isoDate(sv.toObject().value(u"from").toString(), today));
            w.text(SoNs, u"AvstangdTom"_s, isoDate(sv.toObject().value(u"to").toString(), today));
            w.close();
        }
        if (f.contains(u"application")) {
            const QJsonObject a = f.value(u"application").toObject();
            w.open(SoNs, u"AnsoktOmErsattning"_s);
            w.text(SoNs, u"BeslutOmRattTillErsattning"_s, isoDate(a.value(u"decided").toString(), today));
            w.text(SoNs, u"AnsokanOmUtbetalningInlamnad"_s, boolText(a.value(u"submitted").toBool()));
            w.close();
        }
        w.close();
    }
    w.close();
}

void writeSkv(Writer &w, const ProtocolVersion &version, const TestPerson &p, const QJsonObject &skv, QDate today)
{
    if (!version.skvAnswerPerPart) {
        // The person first, as Skatteverket's document names whom it is about.
        QString doc
            = u"<?xml version=\"1.0\" encoding=\"UTF-8\"?><SvarBeskattningsuppgifterEnligtSFS2008-975 "
              "xmlns=\"http://xmls.skatteverket.se/se/skatteverket/zg/instans/standardiseradInformation/1.0\" "
              "xmlns:besko=\"http://xmls.skatteverket.se/se/skatteverket/zg/komponent/infoForBeskattning/1.0\" "
              "xmlns:folko=\"http://xmls.skatteverket.se/se/skatteverket/zg/komponent/infoForFolkbokforing/1.0\">"
              "<PersonuppgiftLista><Personuppgift>"_s
            + u"<folko:IdentitetsbeteckningFysiskPerson>%1</folko:IdentitetsbeteckningFysiskPerson>"_s.arg(
                p.personnummer);
        if (!p.firstName.isEmpty())
            doc += u"<folko:Fornamn>%1</folko:Fornamn><folko:Efternamn>%2</folko:Efternamn>"_s.arg(
                p.firstName.toHtmlEscaped(), p.lastName.toHtmlEscaped());
        doc += u"<StatusPersonuppgiftKod>999</StatusPersonuppgiftKod>"_s;
        for (const QJsonValue &v : skv.value(u"capital").toArray()) {
            const QJsonObject c = v.toObject();
            doc += u"<Kapitaluppgift><besko:Taxeringsar>%1</besko:Taxeringsar><besko:SummaIntakterPaKapital>%2"
                   "</besko:SummaIntakterPaKapital><besko:OverskottPaKapital>%3</besko:OverskottPaKapital></Kapitaluppgift>"_s
                       .arg(resolveDate(c.value(u"year").toString(), today).year())
                       .arg(c.value(u"income").toString(), c.value(u"surplus").toString());
        }
        doc += u"</Personuppgift></PersonuppgiftLista></SvarBeskattningsuppgifterEnligtSFS2008-975>"_s;
        w.open(w.ns, u"data"_s);
        w.text(QString(), u"svar"_s, doc); // escaped as text: one of the two forms the service uses
        w.close();
        return;
    }
    // No parts listed: every part answers, with nothing in it. An empty list: Skatteverket
    // knows nothing of the person, and every part says so.
    const bool listed = skv.contains(u"parts");
    const QJsonObject parts = skv.value(u"parts").toObject();
    const QJsonObject notFound { { u"error"_s,
        QJsonObject {
            { u"source"_s, u"BT"_s }, { u"code"_s, u"404"_s }, { u"messages"_s, QJsonArray { u"Not found"_s } } } } };
    for (const char *name :
        { "foretagsinformation", "individuppgifter", "skattekonto", "skatteuppgifter", "beskattningsbilagor" }) {
        const QString part = QLatin1String(name);
        if (listed && !parts.isEmpty() && !parts.contains(part))
            continue;
        QJsonObject content = !listed ? QJsonObject() : parts.isEmpty() ? notFound : parts.value(part).toObject();
        w.open(w.ns, part);
        if (content.contains(u"error")) {
            w.error(content.value(u"error").toObject());
        } else {
            // Each part names whom it is about, under its own key.
            if (part == u"skatteuppgifter" && !content.contains(u"identitet"))
                content.insert(u"identitet"_s, p.personnummer);
            else if (part == u"skattekonto" && !content.contains(u"kontohavare"))
                content.insert(u"kontohavare"_s, p.personnummer);
            w.ssbt(u"data"_s, QString::fromLatin1(QJsonDocument(content).toJson(QJsonDocument::Compact).toBase64()));
        }
        w.close();
    }
}

} // namespace

QByteArray fetchAnswer(const SimRequest &rq, const TestPerson *person, const ProtocolVersion &version, QDate today)
{
    QByteArray out;
    Writer w(&out);
    w.begin(version);
    w.open(w.ns, u"hamtaBastjanstInformationResponse"_s);
    w.ssbt(u"korrelationsid"_s, rq.correlationId);
    w.open(w.ns, u"svarsdata"_s);
    TestPerson unknown;
    unknown.personnummer = rq.personnummer;
    const TestPerson &p = person ? *person : unknown;
    for (Agency agency : AllAgencies) {
        if (!rq.included.contains(agency))
            continue;
        const QString code = agencyCode(agency);
        const QJsonObject config = p.agencies.value(code).toObject();
        if (config.value(u"absent").toBool())
            continue; // asked, but missing from the answer: SSBTEK's "no answer"
        w.open(w.ns, code);
        if (config.contains(u"error")) {
            w.error(config.value(u"error").toObject());
        } else if (agency == Agency::CSN && rq.caseId.size() >= 32) {
            // As observed in Försäkringskassan's test environment: CSN refuses a case id of
            // 32 characters or more, while the other agencies answer.
            w.error(QJsonObject { { u"source"_s, u"BT"_s }, { u"code"_s, u"-1005"_s },
                { u"messages"_s, QJsonArray { u"Inparametrar bryter mot specifikation/kontrakt"_s } } });
        } else if (agency == Agency::SKV) {
            writeSkv(w, version, p, config, today);
        } else {
            w.open(w.ns, u"data"_s);
            switch (agency) {
            case Agency::AF:
                writeAf(w, rq, p, config, today);
                break;
            case Agency::CSN:
                writeCsn(w, p, config, today);
                break;
            case Agency::FK: {
                const LefiRequestWindow window { QDate::fromString(rq.fromDate, Qt::ISODate),
                    QDate::fromString(rq.toDate, Qt::ISODate), today };
                w.ssbt(u"lefiJsonSvar"_s, QString::fromLatin1(lefiAnswer(config, p.personnummer, window).toBase64()));
                break;
            }
            case Agency::SO:
                writeSo(w, rq, p, config, today);
                break;
            case Agency::TNS:
                writeTns(w, config);
                break;
            case Agency::MIV:
                writeMiv(w, rq, p, config, today);
                break;
            case Agency::SKV:
                break;
            }
            w.close();
        }
        w.close();
    }
    w.close();
    w.close();
    w.end();
    return out;
}

QByteArray testAnswer(const ProtocolVersion &version, const QJsonObject &agencyErrors)
{
    QByteArray out;
    Writer w(&out);
    w.begin(version);
    w.open(w.ns, u"testaBastjanstInformationResponse"_s);
    for (Agency agency : AllAgencies) {
        const QString code = agencyCode(agency);
        w.open(w.ns, code);
        w.ssbt(u"anropad"_s, u"true"_s);
        if (agencyErrors.contains(code))
            w.error(agencyErrors.value(code).toObject());
        w.close();
    }
    w.close();
    w.end();
    return out;
}

QByteArray fault(
    const QString &operation, const ProtocolVersion &version, const QString &errorCode, const QStringList &messages)
{
    QByteArray out;
    Writer w(&out);
    w.begin(version);
    w.open(SoapNs, u"Fault"_s);
    w.text(QString(), u"faultcode"_s, u"soap:Server"_s);
    w.text(QString(), u"faultstring"_s, messages.value(0, u"Internal error"_s));
    w.open(QString(), u"detail"_s);
    w.open(w.ns, operation + u"Fault"_s);
    w.ssbt(u"felkod"_s, errorCode);
    for (const QString &m : messages)
        w.ssbt(u"felmeddelande"_s, m);
    w.close();
    w.close();
    w.close();
    w.end();
    return out;
}

} // namespace ssbtek::sim::answerwriter
