#include "answerwriter.h"

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

    void writeAf(Writer &w, const SimRequest &rq, const TestPerson &p, const QJsonObject &af)
    {
        w.xml.writeNamespace(AfNs, u"af"_s);
        w.open(AfNs, u"Fraga"_s);
        w.text(AfNs, u"OrganisationsnummerForIngivare"_s, u"165550000003"_s);
        w.text(AfNs, u"NamnPaIngivare"_s, u"Testkommunen"_s);
        w.text(AfNs, u"KontonamnForHandlaggare"_s, u"sim"_s);
        w.text(AfNs, u"Referensnummer"_s, rq.caseId);
        w.text(AfNs, u"From"_s, rq.fromDate);
        w.text(AfNs, u"Tom"_s, rq.toDate);
        w.text(AfNs, u"SyfteMedFraga"_s, u"Ekonomiskt bistånd"_s);
        w.text(AfNs, u"LagParagraf"_s, u"SoL"_s);
        w.text(AfNs, u"IdentitetsbeteckningFysiskPerson"_s, p.personnummer);
        w.close();
        w.open(AfNs, u"Svar"_s);
        w.text(AfNs, u"Schemaversion"_s, u"4.0"_s);
        w.text(AfNs, u"Referensnummer"_s, rq.caseId);
        w.text(AfNs, u"LagParagraf"_s, u"SoL"_s);
        w.text(AfNs, u"IdentitetsbeteckningFysiskPerson"_s, p.personnummer);
        w.text(AfNs, u"Fornamn"_s, p.firstName);
        w.text(AfNs, u"Efternamn"_s, p.lastName);
        w.text(
            AfNs, u"Sekretessmarkering"_s, af.value(u"protectedIdentity").toBool() ? u"true"_s : u"false"_s);
        w.open(AfNs, u"ArbetssokandeInfo"_s);
        w.text(AfNs, u"Arbetssokande"_s, af.value(u"registered").toBool() ? u"true"_s : u"false"_s);
        if (af.contains(u"category"))
            w.text(AfNs, u"ArbetssokandeSKAT"_s, af.value(u"category").toString());
        if (af.contains(u"registeredFrom"))
            w.text(AfNs, u"ArbetssokandeRegistrerad"_s, af.value(u"registeredFrom").toString());
        if (af.contains(u"extent"))
            w.text(AfNs, u"ArbetssokandeOmfattning"_s, QString::number(af.value(u"extent").toInt()));
        w.open(AfNs, u"AktivetetsRapportDatum"_s);
        w.text(AfNs, u"AktivitetsRapportMeddelande"_s, af.value(u"activityReport").toString(u"501"_s));
        if (af.contains(u"latestReport"))
            w.text(AfNs, u"SenasteAktivitetsRapportDatum"_s, af.value(u"latestReport").toString());
        w.close();
        w.close();
        w.text(AfNs, u"StatusSokandeinformationKod"_s, u"0"_s);
        w.text(AfNs, u"StatusSokandeinformationKodText"_s,
            u"Frågan har behandlats normalt och ett giltigt svar har returnerats."_s);
        w.close();
    }

    void writeTns(Writer &w, const QJsonObject &tns)
    {
        w.xml.writeNamespace(TnsNs, u"tns"_s);
        w.xml.writeNamespace(FordonNs, u"fordon"_s);
        w.text(TnsNs, u"resultat"_s, u"OK"_s);
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

    void writeMiv(Writer &w, const SimRequest &rq, const TestPerson &p, const QJsonObject &miv)
    {
        // Migrationsverket's schema leaves every local element unqualified.
        w.open(QString(), u"response"_s);
        w.text(QString(), u"correlationid"_s, rq.correlationId);
        w.text(QString(), u"efternamn"_s, p.lastName);
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
                if (o.contains(QStringView(key)))
                    w.text(QString(), QString::fromUtf16(element), o.value(QStringView(key)).toString());
            }
            w.close();
        }
        w.close();
        w.close();
    }

    void writeFk(Writer &w, const QJsonObject &fk)
    {
        QJsonArray providers;
        const QJsonArray configured = fk.value(u"providers").toArray();
        const QJsonArray defaults { QJsonObject { { u"code"_s, u"FK"_s }, { u"state"_s, u"OK"_s } },
            QJsonObject { { u"code"_s, u"PM"_s }, { u"state"_s, u"OK"_s } } };
        for (const QJsonValue &v : configured.isEmpty() ? defaults : configured) {
            const QJsonObject o = v.toObject();
            const QString code = o.value(u"code").toString();
            const QString state = o.value(u"state").toString(u"OK"_s);
            providers.append(QJsonObject {
                { u"utlamnare"_s,
                    QJsonObject { { u"kod"_s, code },
                        { u"namn"_s, code == u"PM" ? u"Pensionsmyndigheten"_s : u"Försäkringskassan"_s } } },
                { u"tillstand"_s,
                    QJsonObject { { u"kod"_s, state },
                        { u"beskrivning"_s, state == u"OK" ? u"Tillgänglig"_s : u"Ej tillgänglig"_s } } } });
        }
        QJsonObject answer { { u"utlamnare"_s, providers } };
        for (const QString &key :
            { u"formansinformation"_s, u"utbetalningar"_s, u"preliminaraUtbetalningar"_s }) {
            if (fk.contains(key))
                answer.insert(key, fk.value(key));
        }
        w.open(w.ns, u"lefiJsonSvar"_s);
        w.xml.writeCharacters(
            QString::fromLatin1(QJsonDocument(answer).toJson(QJsonDocument::Compact).toBase64()));
        w.close();
    }

    void writeCsn(Writer &w, const TestPerson &p)
    {
        QByteArray inner;
        QXmlStreamWriter csn(&inner);
        csn.writeStartDocument();
        csn.writeDefaultNamespace(CsnNs);
        csn.writeStartElement(CsnNs, u"CSNSvar"_s);
        csn.writeAttribute(u"schemaVersion"_s, u"4.0"_s);
        csn.writeStartElement(CsnNs, u"GemensamtSvarEkbistand"_s);
        csn.writeStartElement(CsnNs, u"Resultat"_s);
        csn.writeTextElement(CsnNs, u"ResultatKod"_s, u"0"_s);
        csn.writeTextElement(CsnNs, u"ResultatText"_s, u"Allt OK, inget att rapportera"_s);
        csn.writeEndElement();
        csn.writeEndElement();
        csn.writeStartElement(CsnNs, u"Personer"_s);
        csn.writeStartElement(CsnNs, u"Person"_s);
        csn.writeAttribute(u"personnummer"_s, p.personnummer.mid(2));
        csn.writeAttribute(u"Status"_s, u"Ej träff"_s);
        csn.writeAttribute(u"sekel"_s, p.personnummer.left(2));
        csn.writeEndElement();
        csn.writeEndElement();
        csn.writeEndElement();
        csn.writeEndDocument();
        w.ssbt(u"svar"_s, QString::fromLatin1(inner.toBase64()));
    }

    void writeSo(Writer &w, const SimRequest &rq, const TestPerson &p)
    {
        w.xml.writeNamespace(SoNs, u"so"_s);
        w.text(SoNs, u"OrganisationsnummerIngivare"_s, u"165550000003"_s);
        w.text(SoNs, u"NamnIngivare"_s, u"Testkommunen"_s);
        w.text(SoNs, u"KontonamnHandlaggare"_s, u"sim"_s);
        w.text(SoNs, u"Referensnummer"_s, rq.caseId);
        w.text(SoNs, u"From"_s, rq.fromDate);
        w.text(SoNs, u"Tom"_s, rq.toDate);
        w.text(SoNs, u"Syfte"_s, u"Ekonomiskt bistånd"_s);
        w.text(SoNs, u"Paragraf"_s, u"SoL"_s);
        w.text(SoNs, u"IdentificationNumber"_s, p.personnummer);
        w.open(SoNs, u"ArbetsloshetsersattningLista"_s);
        w.close();
    }

    void writeSkv(Writer &w, const ProtocolVersion &version, const TestPerson &p)
    {
        if (!version.skvAnswerPerPart) {
            w.open(w.ns, u"data"_s);
            w.text(QString(), u"svar"_s,
                u"<?xml version=\"1.0\" encoding=\"UTF-8\"?><SvarBeskattningsuppgifterEnligtSFS2008-975 "
                "xmlns=\"http://xmls.skatteverket.se/se/skatteverket/zg/instans/standardiseradInformation/"
                "1.0\">"
                "<PersonuppgiftLista/></SvarBeskattningsuppgifterEnligtSFS2008-975>"_s);
            w.close();
            return;
        }
        const QJsonObject account { { u"kontohavare"_s, p.personnummer }, { u"saldo"_s, 0 } };
        w.open(w.ns, u"skattekonto"_s);
        w.ssbt(
            u"data"_s, QString::fromLatin1(QJsonDocument(account).toJson(QJsonDocument::Compact).toBase64()));
        w.close();
    }

} // namespace

QByteArray fetchAnswer(const SimRequest &rq, const TestPerson *person, const ProtocolVersion &version)
{
    QByteArray out;
    Writer w(&out);
    w.begin(version);
    w.open(w.ns, u"hamtaBastjanstInformationResponse"_s);
    w.ssbt(u"korrelationsid"_s, rq.correlationId);
    w.open(w.ns, u"svarsdata"_s);
    const TestPerson unknown { rq.personnummer, QString(), QString(), QString(), QJsonObject() };
    const TestPerson &p = person ? *person : unknown;
    for (Agency agency : AllAgencies) {
        if (!rq.included.contains(agency))
            continue;
        const QString code = agencyCode(agency);
        const QJsonObject config = p.agencies.value(code).toObject();
        w.open(w.ns, code);
        if (config.contains(u"error")) {
            w.error(config.value(u"error").toObject());
        } else if (agency == Agency::SKV) {
            writeSkv(w, version, p);
        } else {
            w.open(w.ns, u"data"_s);
            switch (agency) {
            case Agency::AF:
                writeAf(w, rq, p, config);
                break;
            case Agency::CSN:
                writeCsn(w, p);
                break;
            case Agency::FK:
                writeFk(w, config);
                break;
            case Agency::SO:
                writeSo(w, rq, p);
                break;
            case Agency::TNS:
                writeTns(w, config);
                break;
            case Agency::MIV:
                writeMiv(w, rq, p, config);
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

QByteArray fault(const QString &operation, const ProtocolVersion &version, const QString &errorCode,
    const QStringList &messages)
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
